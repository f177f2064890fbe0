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
 * One open, fstat and read into the caller's reusable buffer (no per-file allocation, so memory
 * does not grow with the number of files read). O_NONBLOCK keeps a FIFO from blocking the open;
 * fstat then rejects it. Returns the bytes (a view of the scratch buffer), the size when too large,
 * or 'not-a-file'.
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
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'not-a-file';
    if (stat.size > maxFileSize) return stat.size;
    let buffer = scratch.buffer;
    let length = 0;
    for (;;) {
      // One byte more than expected, so a file that grew since fstat is read whole.
      if (buffer.length < Math.max(stat.size + 1, length + 1)) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(stat.size + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = scratch.buffer = bigger;
      }
      const wanted = buffer.length - length;
      const n = fs.readSync(fd, buffer, length, wanted, null);
      if (n === 0) break;
      length += n;
      if (length > maxFileSize) return length;
      // A regular file reads short only at its end: having read the size fstat gave and less than
      // asked for, the file is whole without a last read that returns 0 (a syscall per file).
      if (n < wanted && length === stat.size) break;
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}
