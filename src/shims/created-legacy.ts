// `shims --create`: a legacy module whose file is already gone (moved with `git mv` before the run)
// gets a shim written at its old place, so code outside the repository that still imports the old
// path keeps working until `prune`. Its API is the canonical module's (a whole-module move keeps
// every name), so the shim is planned from a stand-in legacy ModuleApi at the file it would be.
// Opt-in: a legacy path that never existed here (imports that are broken today) must not appear.
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSION, keyPath } from '../rewrite/js/module-key';
import type { MigrationPlan, Move } from '../types';
import type { ModuleApi } from '../verify/module-api';

/** Where the missing legacy module's shim goes, or why it cannot be written there. */
export type CreatedPlace = { file: string } | { reason: string };

/**
 * Python `a.b.c` → `<root>/a/b/c.py` under the python root whose `a/b` package directory exists; JS
 * `file:src/util` → `src/util` plus the canonical file's extension (the key's own when it has one),
 * in a folder that exists. A directory module is not recreated (its modules below get their own).
 */
export function createdLegacyPlace(plan: MigrationPlan, root: string, move: Move, canonicalFile: string): CreatedPlace {
  if (move.language === 'python') {
    const parts = move.from.module.split('.');
    const folders = (plan.python?.roots ?? ['.']).map((r) => path.posix.join(r === '.' ? '' : r, ...parts.slice(0, -1)));
    const folder = folders.find((f) => isDirectory(root, f));
    if (folder === undefined) return { reason: `its package ${parts.slice(0, -1).join('.') || '(top level)'} has no directory under the python roots; create the package first` };
    return { file: path.posix.join(folder, `${parts[parts.length - 1]}.py`) };
  }
  const base = move.fromKey.startsWith('file:') ? keyPath(move.fromKey as never) : undefined;
  if (base === undefined) return { reason: 'it is not a repository file (a package or alias), so there is no file to write' };
  const file = JS_EXTENSION.test(base) ? base : `${base}${path.posix.extname(canonicalFile)}`;
  if (!isDirectory(root, path.posix.dirname(file))) return { reason: `its folder ${path.posix.dirname(file)} does not exist; create it first, or shim the modules below it` };
  return { file };
}

/** The legacy module as it was: at `file`, with the canonical module's names (what the move promises it had). */
export function standInLegacy(file: string, canonical: ModuleApi): ModuleApi {
  return {
    language: canonical.language,
    file,
    provided: new Set(canonical.provided),
    publicNames: [...canonical.publicNames],
    defined: new Set(),
    definitions: new Set(),
    importable: canonical.language === 'python' ? [...canonical.importable] : [...canonical.provided],
    ...(canonical.all ? { all: [...canonical.all] } : {}),
    loadsFrom: [],
  };
}

function isDirectory(root: string, rel: string): boolean {
  return fs.statSync(path.join(root, rel), { throwIfNoEntry: false })?.isDirectory() ?? false;
}
