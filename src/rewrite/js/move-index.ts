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
  /** A subpath the whole move's target directory lacks (`@/new` has no `sub`): its references are manual findings. */
  absent?: { module: string; name: string };
}

export interface MoveIndex {
  /**
   * The moves of a module: its own, or for a module below one that moves whole (a bare package's
   * subpath `pkg:legacy/sub`, a file below a directory module `file:src/old/sub`), that move carried
   * down the path (`pkg:new/sub`, `file:src/new/sub`), as a Python package's move reaches its
   * submodules. The nearest module with a move of its own wins.
   */
  get(key: JsModuleKey): ModuleMoves | undefined;
  has(key: JsModuleKey): boolean;
  /** The modules the manifest names itself (no subpaths). */
  values(): IterableIterator<ModuleMoves>;
}

const built = new WeakMap<JavascriptPlan, MoveIndex>();

/** The plan's moves by legacy module, built once per plan (every file of a run asks the same; nobody mutates it). */
export function indexMoves(plan: JavascriptPlan): MoveIndex {
  let index = built.get(plan);
  if (!index) built.set(plan, (index = buildMoveIndex(plan)));
  return index;
}

/** A fresh index, kept by nobody: for the manifest's loader, which asks before the plan is complete. */
export function buildMoveIndex(plan: Pick<JavascriptPlan, 'moves' | 'subtrees'>): MoveIndex {
  const own = new Map<JsModuleKey, ModuleMoves>();
  for (const move of plan.moves) {
    let entry = own.get(move.fromKey);
    if (!entry) own.set(move.fromKey, (entry = { symbols: new Map() }));
    if (move.from.symbol) entry.symbols.set(move.from.symbol, move);
    else entry.whole = move;
  }
  // Subpaths are derived on demand and remembered: a pure function of the key, the same for every file.
  const derived = new Map<JsModuleKey, ModuleMoves | undefined>();
  const get = (key: JsModuleKey): ModuleMoves | undefined => {
    const entry = own.get(key);
    if (entry) return entry;
    if (!derived.has(key)) derived.set(key, subpathMoves(own, plan.subtrees, key));
    return derived.get(key);
  };
  return { get, has: (key) => get(key) !== undefined, values: () => own.values() };
}

/**
 * `pkg:legacy/a/b` under a whole-module move `pkg:legacy` → `pkg:new` (or `file:src/old/a/b` under
 * `file:src/old` → `file:src/new`): the move of `new/a/b`, under the moved module's id. A package moved
 * onto a file, or a file onto a package, keeps its subpaths: there is no layout to map them onto.
 */
function subpathMoves(own: ReadonlyMap<JsModuleKey, ModuleMoves>, subtrees: JavascriptPlan['subtrees'], key: JsModuleKey): ModuleMoves | undefined {
  const scheme = key.startsWith('pkg:') ? 'pkg:' : key.startsWith('file:') ? 'file:' : key.startsWith('alias:') ? 'alias:' : undefined;
  if (scheme === undefined) return undefined;
  for (let cut = key.lastIndexOf('/'); cut > scheme.length; cut = key.lastIndexOf('/', cut - 1)) {
    const whole = own.get(key.slice(0, cut))?.whole;
    if (!whole) continue;
    // A retired alias's spellings map onto whatever its move names (the alias led there already).
    if (scheme !== 'alias:' && !whole.toKey.startsWith(scheme)) return undefined;
    // A module inside the move's own target (`@/old/v2/x` under `@/old` → `@/old/v2`) is canonical already.
    if (key === whole.toKey || key.startsWith(`${whole.toKey}/`)) return undefined;
    const rest = key.slice(cut + 1);
    const toKey = whole.toKey === 'file:.' ? `file:${rest}` : `${whole.toKey}/${rest}`;
    const move: Move = { ...whole, from: { ...whole.from, module: below(whole.from.module, rest) }, to: { ...whole.to, module: below(whole.to.module, rest) }, fromKey: key, toKey };
    const listed = subtrees?.[whole.toKey];
    const absent = listed !== undefined && !listed.includes(rest) ? { module: whole.to.module, name: rest } : undefined;
    return { whole: move, symbols: new Map(), ...(absent ? { absent } : {}) };
  }
  return undefined;
}

/** A module's specifier as the manifest wrote it, extended to a path below it (`./src/new/index.ts`, `sub` → `./src/new/sub`). */
function below(written: string, rest: string): string {
  const base = written.replace(/(?:^|\/)index(?:\.[cm]?[jt]sx?)?$|\.[cm]?[jt]sx?$/, '').replace(/\/$/, '');
  return base === '' ? `./${rest}` : `${base}/${rest}`;
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
