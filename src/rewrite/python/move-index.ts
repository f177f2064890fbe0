// Lookups over a plan's Python moves: the target of a module (whole-module moves, also reaching
// submodules by prefix), of a symbol (symbol moves win over their module's move), and of a dotted path.
// Built once per plan (moveIndexOf remembers it by the moves array): every file of a run asks the
// same questions, and the mention pattern is a regular expression V8 would compile again per file.
import type { Move } from '../../types';
import { escapeRegExp } from '../escape-regexp';
import { filePathSource, pathComponents } from './file-path-spelling';

export interface Target {
  module: string;
  /** The symbol's name at the target (renamed symbols differ from the legacy name). */
  symbol?: string;
  move: Move;
}

export interface MoveIndex {
  /** Whole-module move of `module` or of its nearest moved ancestor package. */
  moduleTarget(module: string): Target | undefined;
  symbolTarget(module: string, symbol: string): Target | undefined;
  /** Symbol moves whose legacy module is `module`. */
  symbolMovesOf(module: string): Move[];
  /** Maps a dotted path (`L`, `L.A`, `L.A.method`) onto its canonical spelling, if any move covers it. */
  mapPath(path: string): { path: string; move: Move } | undefined;
  /** Legacy module names (for cheap text scans). */
  legacyModules: string[];
  /**
   * Dotted paths starting with a legacy module, word-bounded (global; undefined without legacy
   * modules). Shared by every file: use it with matchAll only, which matches on a copy.
   */
  legacyPathPattern: RegExp | undefined;
  /** File paths of modules that move whole (file-path-spelling.ts; global, for matchAll only). */
  legacyFilePattern: RegExp | undefined;
  isEmpty: boolean;
}

const built = new WeakMap<readonly Move[], MoveIndex>();

/** The index of `moves`, built on first use (an index holds no state of any file). */
export function moveIndexOf(moves: readonly Move[]): MoveIndex {
  let index = built.get(moves);
  if (!index) built.set(moves, (index = createMoveIndex(moves)));
  return index;
}

export function createMoveIndex(moves: readonly Move[]): MoveIndex {
  const modules = new Map<string, Move>();
  const symbols = new Map<string, Move>();
  const byModule = new Map<string, Move[]>();
  for (const m of moves) {
    if (m.from.symbol) {
      symbols.set(`${m.from.module}:${m.from.symbol}`, m);
      byModule.set(m.from.module, [...(byModule.get(m.from.module) ?? []), m]);
    } else modules.set(m.from.module, m);
  }
  const moduleTarget = (module: string): Target | undefined => {
    let cut = module.length;
    for (;;) {
      const head = module.slice(0, cut);
      const move = modules.get(head);
      // A module inside the move's own target (`pkg.sub.a` under `pkg` → `pkg.sub`) is canonical already.
      if (move) return insideTarget(module, move) ? undefined : { module: move.to.module + module.slice(cut), move };
      cut = head.lastIndexOf('.');
      if (cut <= 0) return undefined;
    }
  };
  const symbolTarget = (module: string, symbol: string): Target | undefined => {
    const move = symbols.get(`${module}:${symbol}`);
    if (move) return { module: move.to.module, symbol: move.to.symbol ?? symbol, move };
    const whole = moduleTarget(module);
    return whole ? { ...whole, symbol } : undefined;
  };
  const mapPath = (path: string): { path: string; move: Move } | undefined => {
    const parts = path.split('.');
    for (let cut = parts.length; cut > 0; cut--) {
      const mod = parts.slice(0, cut).join('.');
      if (cut < parts.length) {
        const sym = symbols.get(`${mod}:${parts[cut]}`);
        if (sym) return { path: [sym.to.module, sym.to.symbol ?? parts[cut], ...parts.slice(cut + 1)].join('.'), move: sym };
      }
      const whole = modules.get(mod);
      if (whole) return insideTarget(path, whole) ? undefined : { path: [whole.to.module, ...parts.slice(cut)].join('.'), move: whole };
    }
    return undefined;
  };
  const legacy = [...new Set(moves.map((m) => m.from.module))];
  const alternatives = [...legacy].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    moduleTarget,
    symbolTarget,
    symbolMovesOf: (module) => byModule.get(module) ?? [],
    mapPath,
    legacyModules: legacy,
    legacyPathPattern: legacy.length === 0 ? undefined : new RegExp(`(?<![\\w.])(?:${alternatives.join('|')})(?:\\.[A-Za-z_]\\w*)*(?!\\w)`, 'g'),
    legacyFilePattern: filePattern(moves),
    isEmpty: moves.length === 0,
  };
}

/** Whether a dotted path lies in a whole-module move's target, which may sit inside its legacy package (`pkg` → `pkg.core`). */
function insideTarget(path: string, move: Move): boolean {
  const to = move.to.module;
  return path === to || path.startsWith(`${to}.`) || path.startsWith(`${to}:`);
}

/**
 * One alternative per whole-module move of a dotted module, longest first (a one-component module's
 * path starts with its name as a word, which legacyPathPattern finds in strings and comments already).
 */
function filePattern(moves: readonly Move[]): RegExp | undefined {
  const whole = [...new Set(moves.filter((m) => !m.from.symbol && m.from.module.includes('.')).map((m) => m.from.module))].sort((a, b) => b.length - a.length);
  if (whole.length === 0) return undefined;
  return new RegExp(filePathSource(whole.map((module) => pathComponents(module.split('.').map(escapeRegExp))).join('|')), 'g');
}
