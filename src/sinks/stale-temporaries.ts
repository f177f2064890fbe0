// Finds and removes temporary files a killed --apply run left beside a file (`.<name>.ssot-tmp-<pid>-<hex>`,
// see atomic-file.ts). Only files of processes that are no longer alive are removed. Used by the apply
// writer before it writes a file; discovery never lists them (their names end in the random suffix).
import fs from 'node:fs/promises';
import path from 'node:path';

const TEMP_MARK = '.ssot-tmp-';

/** Parses a temporary file's name: the file it stood for and the pid that wrote it, or undefined. */
export function parseTemporaryName(name: string): { target: string; pid: number } | undefined {
  const match = /^\.(.+)\.ssot-tmp-(\d+)-[0-9a-f]+$/.exec(name);
  return match ? { target: match[1], pid: Number(match[2]) } : undefined;
}

/** Removes stale temporaries of `target` (absolute path); returns the names removed. Never throws. */
export async function removeStaleTemporaries(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.includes(TEMP_MARK)) continue;
    const parsed = parseTemporaryName(name);
    if (!parsed || parsed.target !== base || isAlive(parsed.pid)) continue;
    try {
      await fs.rm(path.join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // best effort: a leftover we cannot remove is harmless and ignored by discovery
    }
  }
  return removed;
}

/** Whether a process with this pid exists (EPERM means it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
