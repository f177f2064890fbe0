// --patch FILE: every change of the run as one git-style patch (`git apply` applies it, `git apply -R`
// undoes it). Streams into a temporary sibling and renames it over FILE at the end, so FILE is whole or absent.
// Used by the run command alongside (or instead of) the diff printer.
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult, Sink } from '../types';
import { temporarySibling } from './atomic-file';
import { formatGitDiff } from './git-diff';

export function createPatchSink(file: string): Sink {
  const target = path.resolve(file);
  const temp = temporarySibling(target);
  let handle: FileHandle | undefined;
  const open = async () => (handle ??= await fs.open(temp, 'w', 0o666));
  return {
    async onResult(result: FileResult) {
      if (result.status !== 'changed') return;
      await (await open()).write(formatGitDiff(result.path, result.original, result.code));
    },
    async onEnd() {
      const h = await open();
      try {
        await h.sync();
      } finally {
        await h.close();
      }
      await fs.rename(temp, target);
    },
  };
}
