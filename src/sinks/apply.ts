// --apply: writes each changed file atomically, keeping its mode, and only if the file on disk is
// still exactly what was read (its bytes compared with the original's just before the rename; the
// original is the lossless decoding of the bytes read); otherwise `failed: conflict`.
// Temporaries a killed run left beside the file are removed first (stale-temporaries.ts).
// Used by the run command as the write stage between processing and the other sinks.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../types';
import { writeFileAtomic } from './atomic-file';
import { removeStaleTemporaries } from './stale-temporaries';

class ConflictError extends Error {}

/** Fits run-files' `write` stage (declared structurally: sinks depend on types only, not on the pipeline). */
export function createApplyWriter(root: string): (result: FileResult) => Promise<FileResult> {
  return async (result: FileResult) => {
    if (result.status !== 'changed') return result;
    const target = path.join(root, result.path);
    const encoding = result.encoding ?? 'utf8';
    const read = Buffer.from(result.original, encoding);
    const unchangedOnDisk = async () => {
      // A file deleted since it was read is a conflict too: writing would resurrect it.
      const current = await fs.readFile(target).catch(() => undefined);
      if (current === undefined || !current.equals(read)) throw new ConflictError();
    };
    try {
      await removeStaleTemporaries(target);
      await unchangedOnDisk();
      const { mode } = await fs.stat(target);
      await writeFileAtomic(target, Buffer.from(result.code, encoding), { mode: mode & 0o7777, beforeRename: unchangedOnDisk });
      return result;
    } catch (error) {
      const conflict = error instanceof ConflictError;
      return {
        path: result.path,
        findings: result.findings,
        status: 'failed',
        language: result.language,
        error: conflict
          ? { code: 'conflict', message: 'the file changed on disk while the run was in progress; it was not written, re-run to pick up the new content' }
          : { code: 'write', message: `cannot write the file (${(error as Error).message}); check permissions and disk space` },
      };
    }
  };
}
