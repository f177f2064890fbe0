// The modules below a moved package or directory module, with the move the rewriter applies to
// each: `oldpkg` → `lib.newpkg` also re-points `oldpkg.kept` at `lib.newpkg.kept` (Python,
// moveIndexOf().moduleTarget), and `@/old` → `@/new` re-points `@/old/sub` at `@/new/sub` (JS,
// indexMoves().get). `shims` gives each such legacy file its own shim over its counterpart, and
// `prune` deletes it once nothing references the moved module or anything below it. Reads the
// legacy directories.
import path from 'node:path';
import { isDirectoryAt, pythonPackageDirectory, submodulesBelow } from './files-below';
import { modulesBelow } from './javascript-subtrees';
import { indexMoves } from '../rewrite/js/move-index';
import { moveIndexOf } from '../rewrite/python/move-index';
import type { MigrationPlan, Move, PythonPlan } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

/** The moves carried onto the legacy files below each moved package or directory module, not named by the manifest itself. */
export function carriedMoves(plan: MigrationPlan, root: string, reader: ModuleApiReader): Move[] {
  return [...pythonCarried(plan.python, root, reader), ...javascriptCarried(plan, root, reader)];
}

function pythonCarried(plan: PythonPlan | undefined, root: string, reader: ModuleApiReader): Move[] {
  const moves = plan?.moves ?? [];
  const index = moveIndexOf(moves);
  const out: Move[] = [];
  for (const whole of moves) {
    if (whole.from.symbol) continue;
    const file = reader.fileOf('python', whole.from.module);
    // A regular package's directory holds its __init__.py; a namespace package is a directory alone.
    const dir = file === undefined ? pythonPackageDirectory(whole.from.module, plan!.roots, root) : file.endsWith('/__init__.py') ? path.posix.dirname(file) : undefined;
    if (dir === undefined) continue;
    for (const rest of submodulesBelow(path.join(root, dir))) {
      const module = `${whole.from.module}.${rest}`;
      const target = index.moduleTarget(module);
      // The submodule's own move, or a nearer moved package's, decides for it.
      if (target?.move !== whole) continue;
      out.push({ ...whole, from: { ...whole.from, module }, to: { ...whole.to, module: target.module }, fromKey: module, toKey: target.module, dropped: undefined });
    }
  }
  return out;
}

function javascriptCarried(plan: MigrationPlan, root: string, reader: ModuleApiReader): Move[] {
  if (!plan.javascript) return [];
  const index = indexMoves(plan.javascript);
  const out: Move[] = [];
  for (const whole of plan.javascript.moves) {
    if (whole.from.symbol || !whole.fromKey.startsWith('file:')) continue;
    const file = reader.fileOf('javascript', whole.fromKey);
    // A directory module's directory holds its index; a directory of modules without one is a directory alone.
    const legacyDir = whole.fromKey.slice('file:'.length);
    const dir = file === undefined ? (isDirectoryAt(path.join(root, legacyDir)) ? legacyDir : undefined) : /^index\./.test(path.posix.basename(file)) ? path.posix.dirname(file) : undefined;
    if (dir === undefined) continue;
    for (const rest of modulesBelow(path.join(root, dir))) {
      const key = `${whole.fromKey}/${rest}`;
      const carried = index.get(key)?.whole;
      // A module with moves of its own keeps them (the rewriter's nearest-move rule); declaration files get no shim.
      if (carried?.id !== whole.id || carried.fromKey !== key || /\.d\.[cm]?ts$/.test(reader.fileOf('javascript', key) ?? '')) continue;
      out.push(carried);
    }
  }
  return out;
}
