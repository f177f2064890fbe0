// Indexes the plan's JS moves by legacy module key, and answers "where does name N of module K
// come from now?": a symbol move wins over a whole-module move; unmoved names stay put.
// Built once per rewrite from the (already chain-resolved) plan; all moves apply at once.
import type { JavascriptPlan, JsModuleKey, Move } from '../../types';

/** Where one imported name now lives. `name` is the export name in the target (`default` for a default export). */
export interface NameTarget {
  move: Move;
  key: JsModuleKey;
  name: string;
}

export interface ModuleMoves {
  /** The whole-module move of this key, if any. */
  whole?: Move;
  /** Symbol moves by legacy export name (`default` included). */
  symbols: Map<string, Move>;
}

export type MoveIndex = Map<JsModuleKey, ModuleMoves>;

const built = new WeakMap<JavascriptPlan, MoveIndex>();

/** The plan's moves by legacy module, built once per plan (every file of a run asks the same; nobody mutates it). */
export function indexMoves(plan: JavascriptPlan): MoveIndex {
  let index = built.get(plan);
  if (!index) built.set(plan, (index = buildIndex(plan)));
  return index;
}

function buildIndex(plan: JavascriptPlan): MoveIndex {
  const index: MoveIndex = new Map();
  for (const move of plan.moves) {
    let entry = index.get(move.fromKey);
    if (!entry) index.set(move.fromKey, (entry = { symbols: new Map() }));
    if (move.from.symbol) entry.symbols.set(move.from.symbol, move);
    else entry.whole = move;
  }
  return index;
}

/** The new home of `name` imported from a module with these moves, or undefined when it stays. */
export function targetOf(moves: ModuleMoves, name: string): NameTarget | undefined {
  const symbol = moves.symbols.get(name);
  if (symbol) return { move: symbol, key: symbol.toKey, name: symbol.to.symbol ?? name };
  if (moves.whole) return { move: moves.whole, key: moves.whole.toKey, name };
  return undefined;
}

/** True when only some names of the module move (so references to the module as a whole stay). */
export function hasSymbolMoves(moves: ModuleMoves): boolean {
  return moves.symbols.size > 0;
}
