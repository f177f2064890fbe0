// The safety rule run --apply, shims --apply and prune --apply share: never overwrite or delete
// a file whose current content git could not restore (uncommitted changes, untracked, or no git
// repository at all), unless the user passes --allow-dirty.
import path from 'node:path';
import { safetyError } from '../../errors';
import type { Candidate } from '../../pipeline/discover';
import { dirtyFiles } from '../../pipeline/git';
import type { FileProcessor } from '../../pipeline/process-file';

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

/**
 * --apply must not overwrite work git cannot restore: every file that would change must be clean.
 * Only dirty candidates are processed here (a dry pass), so a clean tree costs one `git status`.
 */
export async function refuseDirtyChanges(root: string, candidates: readonly Candidate[], processor: FileProcessor): Promise<void> {
  const dirty = dirtyFiles(root);
  if (dirty === undefined) {
    throw safetyError(`${root} is not in a git work tree, so --apply could not be undone; run it inside a git repository or pass --allow-dirty.`);
  }
  const wouldChange: string[] = [];
  for (const candidate of candidates) {
    if (candidate.skip || !dirty.has(path.join(root, candidate.path))) continue;
    if ((await processor(candidate.path)).status === 'changed') wouldChange.push(candidate.path);
  }
  if (wouldChange.length > 0) {
    const shown = wouldChange.slice(0, 5).join(', ') + (wouldChange.length > 5 ? `, … (${wouldChange.length} in all)` : '');
    throw safetyError(`--apply would change files with uncommitted changes (${shown}); commit or stash them first, or pass --allow-dirty.`);
  }
}
