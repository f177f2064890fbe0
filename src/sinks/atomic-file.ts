// Atomic file replacement: write a temporary file in the same directory, fsync it, rename it
// over the target. Used by the apply writer and the patch sink, so a crash never leaves half a file.
import fs from 'node:fs/promises';
import path from 'node:path';

/** A temporary sibling path; the leading dot keeps it out of most globs and listings. */
export function temporarySibling(target: string): string {
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return path.join(path.dirname(target), `.${path.basename(target)}.ssot-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export interface AtomicWriteOptions {
  /** File mode for the new file (the old file's mode, to keep it executable etc.). */
  mode?: number;
  /** Runs after the temporary file is durable and before the rename; throwing aborts the write. */
  beforeRename?: () => Promise<void>;
}

export async function writeFileAtomic(target: string, data: Buffer | string, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = temporarySibling(target);
  const handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      if (options.mode !== undefined) await handle.chmod(options.mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await fs.rename(temp, target);
    renamed = true;
    await syncDirectory(path.dirname(target));
  } finally {
    if (!renamed) await fs.rm(temp, { force: true });
  }
}

/** Makes the rename durable; some file systems refuse to fsync a directory, which is harmless. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
