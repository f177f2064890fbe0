// The modules below a moved package or directory module, with the move the rewriter applies to
// each: `oldpkg` → `lib.newpkg` also re-points `oldpkg.kept` at `lib.newpkg.kept` (Python,
// moveIndexOf().moduleTarget), and `@/old` → `@/new` re-points `@/old/sub` at `@/new/sub` (JS,
// indexMoves().get). `shims` gives each such legacy file its own shim over its counterpart, and
// `prune` deletes it once nothing references the moved module or anything below it. Reads the
// legacy directories.
import path from 'node:path';
import { submodulesBelow } from './files-below';
import { modulesBelow } from './javascript-subtrees';
import { indexMoves } from '../rewrite/js/move-index';
import { moveIndexOf } from '../rewrite/python/move-index';
import type { MigrationPlan, Move } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

/** The moves carried onto the legacy files below each moved package or directory module, not named by the manifest itself. */
export function carriedMoves(plan: MigrationPlan, root: string, reader: ModuleApiReader): Move[] {
  return [...pythonCarried(plan.python?.moves ?? [], root, reader), ...javascriptCarried(plan, root, reader)];
}

function pythonCarried(moves: readonly Move[], root: string, reader: ModuleApiReader): Move[] {
  const index = moveIndexOf(moves);
  const out: Move[] = [];
  for (const whole of moves) {
    if (whole.from.symbol) continue;
    const file = reader.fileOf('python', whole.from.module);
    if (file === undefined || !file.endsWith('/__init__.py')) continue;
    for (const rest of submodulesBelow(path.join(root, path.posix.dirname(file)))) {
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
    if (file === undefined || !/^index\./.test(path.posix.basename(file))) continue;
    for (const rest of modulesBelow(path.join(root, path.posix.dirname(file)))) {
      const key = `${whole.fromKey}/${rest}`;
      const carried = index.get(key)?.whole;
      // A module with moves of its own keeps them (the rewriter's nearest-move rule); declaration files get no shim.
      if (carried?.id !== whole.id || carried.fromKey !== key || /\.d\.[cm]?ts$/.test(reader.fileOf('javascript', key) ?? '')) continue;
      out.push(carried);
    }
  }
  return out;
}
