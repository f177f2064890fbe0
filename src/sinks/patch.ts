// --patch FILE: every change of the run as one git-style patch (`git apply` applies it, `git apply -R`
// undoes it, from the work tree's top level). Streams into a temporary sibling and renames it over FILE at the end, so FILE is whole or absent.
// Used by the run command alongside (or instead of) the diff printer.
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { RunError } from '../errors';
import type { FileResult, Sink } from '../types';
import { temporarySibling } from './atomic-file';
import { formatGitDiff } from './git-diff';

/**
 * `pathPrefix()` (e.g. `examples/`) is prepended to every path in the patch: when the root is a folder
 * inside a git work tree, paths relative to the top level are what `git apply` expects.
 */
export function createPatchSink(file: string, pathPrefix: () => string = () => ''): Sink {
  const target = path.resolve(file);
  const temp = temporarySibling(target);
  let handle: FileHandle | undefined;
  /** A failed write ends the run: clean up the partial temporary file and say what went wrong. */
  const guarded = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      await handle?.close().catch(() => undefined);
      handle = undefined;
      await fs.rm(temp, { force: true });
      throw new RunError('io', `cannot write the patch ${target} (${(error as Error).message}); check the path and free space.`);
    }
  };
  const open = async () => (handle ??= await fs.open(temp, 'w', 0o666));
  return {
    async onResult(result: FileResult) {
      if (result.status !== 'changed') return;
      await guarded(async () => void (await (await open()).write(patchBytes(formatGitDiff(pathPrefix() + result.path, result.original, result.code), result.encoding))));
    },
    async onEnd() {
      await guarded(async () => {
        const h = await open();
        await h.sync();
        await h.close();
        handle = undefined;
        await fs.rename(temp, target);
      });
    },
  };
}

/**
 * A file's section of the patch in the bytes `git apply` matches: its header (paths) in UTF-8, as git
 * writes them, its lines in the file's own encoding (Latin-1 for a file declaring it).
 */
function patchBytes(section: string, encoding: 'latin1' | undefined): Buffer {
  if (encoding === undefined) return Buffer.from(section, 'utf8');
  const body = section.indexOf('\n@@');
  return Buffer.concat([Buffer.from(section.slice(0, body + 1), 'utf8'), Buffer.from(section.slice(body + 1), encoding)]);
}
