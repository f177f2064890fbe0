// The safety rule shims --apply and prune --apply share with run --apply: never overwrite or delete
// a file whose current content git could not restore (uncommitted changes, untracked, or no git
// repository at all), unless the user passes --allow-dirty.
import path from 'node:path';
import { safetyError } from '../../errors';
import { dirtyFiles } from '../../pipeline/git';

/** Throws a safety error (exit 2) naming the files when any of `files` (repo-relative) is dirty. */
export function refuseDirtyTargets(root: string, files: readonly string[], verb: string): void {
  if (files.length === 0) return;
  const dirty = dirtyFiles(root);
  if (dirty === undefined) {
    throw safetyError(`${root} is not in a git work tree, so ${verb} could not be undone; run it inside a git repository or pass --allow-dirty.`);
  }
  const touched = files.filter((f) => dirty.has(path.join(root, f)));
  if (touched.length > 0) {
    throw safetyError(`${verb} would touch files with uncommitted changes (${touched.slice(0, 5).join(', ')}${touched.length > 5 ? ', …' : ''}); commit or stash them first, or pass --allow-dirty.`);
  }
}
