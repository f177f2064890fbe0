// A rename in place named on a barrel (`@excalidraw/common:throttleRAF` → `…:throttleAnimationFrame`,
// Python `pkg:old` → `pkg:new`) where the barrel only re-exports the name: the rename was made in
// the file that defines it (`packages/common/src/utils.ts`, `pkg/utils.py`), and files importing the
// old name from that file directly break as surely as the barrel's importers. For each such move,
// the file along the barrel's re-export/import chain that defines the new name and no longer
// provides the old one gets the same rename as a move of its own (same manifest entry). It only
// ever touches imports of a name the file does not provide: imports that are broken already. A
// barrel the manifest names by a package or an alias gets the rename under its own path too.
// Read once, when the manifest is loaded (load.ts).
import { moduleOfPath } from '../rewrite/python/module-path';
import { stripModuleSuffix } from '../rewrite/js/module-key';
import type { Language, Move } from '../types';
import { derivedMove } from './plan';
import type { ModuleApi, ModuleApiReader } from '../verify/module-api';

/** A symbol renamed where it is (`m:Old` → `m:New`). */
export const isRenameInPlace = (m: Move): boolean => m.from.symbol !== undefined && m.to.symbol !== undefined && m.from.symbol !== m.to.symbol && m.fromKey === m.toKey;

export interface RenamesAtDefinition {
  /** The derived moves, for files other than the barrel. */
  moves: Move[];
  /** Each barrel's file (repo-relative) → the renames its own exports follow (old → new): its named
   * re-export of the old name from the defining file is renamed as a whole (JavascriptPlan.barrelRenames). */
  barrels: Record<string, Record<string, string>>;
}

/** The derived moves of one language's renames in place, and the barrels they were derived for. */
export function renamesAtDefinition(language: Language, moves: readonly Move[], reader: ModuleApiReader, roots: readonly string[] = ['.']): RenamesAtDefinition {
  const out: Move[] = [];
  const barrels: Record<string, Record<string, string>> = {};
  const named = new Set(moves.map((m) => `${m.fromKey}:${m.from.symbol ?? ''}`));
  for (const move of moves) {
    const { symbol: oldName } = move.from;
    const { symbol: newName } = move.to;
    if (!isRenameInPlace(move) || !oldName || !newName) continue;
    const barrel = reader.api(language, move.toKey);
    if (!barrel || barrel.problem) continue;
    // Named by a package or an alias, the barrel is also imported by its path (`from '..'` in its
    // package's tests): those importers follow the same rename.
    const own = `file:${stripModuleSuffix(barrel.file)}`;
    if (language === 'javascript' && move.toKey !== own && !named.has(`${own}:${oldName}`)) {
      const module = `./${barrel.file}`;
      out.push(derivedMove(move, { module, symbol: oldName }, { module, symbol: newName }, own, own));
      named.add(`${own}:${oldName}`);
    }
    if (barrel.defined.has(newName)) continue; // defined where the manifest says
    const found = definingFile(reader, language, barrel, newName);
    if (!found || found.definer.provided.has(oldName) || found.definer.open) continue;
    // The definer, and every module the name passes through on its way to the barrel (tRPC's
    // `unstable-core-do-not-import.ts`, which the adapters import it from): each carries the new name
    // once the run has renamed their re-exports, so their importers follow too.
    for (const file of [found.definer.file, ...found.between]) {
      const key = language === 'python' ? moduleOfPath(file, roots)?.module : `file:${stripModuleSuffix(file)}`;
      if (key === undefined || named.has(`${key}:${oldName}`)) continue;
      const module = language === 'python' ? key : `./${file}`;
      out.push(derivedMove(move, { module, symbol: oldName }, { module, symbol: newName }, key, key));
      named.add(`${key}:${oldName}`);
    }
    for (const file of [barrel.file, ...found.between]) (barrels[file] ??= {})[oldName] = newName;
  }
  return { moves: out, barrels };
}

const MAX_FILES = 200;

/**
 * The first file along the barrel's re-exports (JS) or imports (Python) that defines `name` itself,
 * and the files between the barrel and it on that path (nearest the barrel first).
 */
function definingFile(reader: ModuleApiReader, language: Language, barrel: ModuleApi, name: string): { definer: ModuleApi; between: string[] } | undefined {
  const seen = new Set<string>([barrel.file]);
  const via = new Map<string, string>(barrel.loadsFrom.map((f) => [f, barrel.file]));
  const queue = [...barrel.loadsFrom];
  // A barrel's chain is short; a Python package's imports may reach far: the search stops at a bound.
  for (let file = queue.shift(); file !== undefined && seen.size <= MAX_FILES; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const api = reader.apiOfFile(language, file);
    if (api.problem) continue;
    if (api.defined.has(name)) {
      const between: string[] = [];
      for (let step = via.get(file); step !== undefined && step !== barrel.file; step = via.get(step)) between.unshift(step);
      return { definer: api, between };
    }
    for (const next of api.loadsFrom) if (!via.has(next)) via.set(next, file);
    queue.push(...api.loadsFrom);
  }
  return undefined;
}
