// Reading a file's bytes into one buffer reused from file to file: a run (process-file.ts) and
// verify's consumer census (verify/consumer-imports.ts) read every file of a tree this way, with
// run's size limit, and without allocating per file.
import fs from 'node:fs';

/** The reusable buffer (grown when a file needs more). */
export interface ReadScratch {
  buffer: Buffer;
}

export function createReadScratch(): ReadScratch {
  return { buffer: Buffer.allocUnsafeSlow(64 * 1024) };
}

/**
 * One open and (for most files) one read into the caller's reusable buffer: no per-file
 * allocation, so memory does not grow with the number of files read, and no fstat, whose Stats
 * object (four Dates) cost more than the read of a typical source file (~25 ms over netra's 9,661
 * files). A regular file reads short only at its end, so a read that does not fill the buffer
 * read it whole. The type is asked only when a read looks unlike a regular file's: nothing read,
 * an error (EISDIR for a directory, EAGAIN for a FIFO with a writer: O_NONBLOCK keeps the open
 * and the read from blocking), or more than the limit. Returns the bytes (a view of the scratch
 * buffer), the size when too large, or 'not-a-file'.
 */
export function readIntoScratch(absolute: string, maxFileSize: number, scratch: ReadScratch): Buffer | number | 'not-a-file' {
  let fd: number;
  try {
    fd = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    // Sockets and the like cannot be opened but are not files either.
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) return 'not-a-file';
    throw error;
  }
  try {
    let buffer = scratch.buffer;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = scratch.buffer = bigger;
      }
      const wanted = buffer.length - length;
      let n: number;
      try {
        n = fs.readSync(fd, buffer, length, wanted, null);
      } catch (error) {
        if (!fs.fstatSync(fd).isFile()) return 'not-a-file';
        throw error;
      }
      length += n;
      if (length > maxFileSize) {
        const stat = fs.fstatSync(fd);
        return stat.isFile() ? Math.max(stat.size, length) : 'not-a-file';
      }
      if (n < wanted) break;
    }
    // An empty read is an empty file, or a FIFO without a writer, or a device: ask.
    if (length === 0 && !fs.fstatSync(fd).isFile()) return 'not-a-file';
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}
