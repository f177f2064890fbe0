// What a Python file must spell to name a legacy module, compiled once per kind of location (the
// file's package decides which relative spellings are possible): the prefilter runs it on every
// file's bytes (pipeline/prefilter.ts). mayReference, a looser and cheaper test, is the Python
// rewriter's shortcut before tokenizing. Pure; both proven sound by __tests__/python-may-reference.test.ts.
import type { Move } from '../../types';
import { escapeRegExp } from '../escape-regexp';
import { filePathCore, pathComponents } from './file-path-spelling';
import { COMPUTED_CALL_WORD, computedCallAncestors, computedCallSource } from './computed-call-spelling';
import type { FileModule } from './module-path';
import { submoduleMovesOf, SUBMODULE_NAMING_WORDS } from './submodule-moves';

/**
 * How a file names legacy module `a.b.c` to the rewriter, and what each spelling must contain:
 * - `import a.b.c[.sub] [as x]`, `from a.b.c[.sub] import …`, string targets and comment or docstring
 *   mentions (`patch("a.b.c.X")`, `importlib.import_module("a.b.c")`, `sys.modules["a.b.c"]`):
 *   the full dotted path (in code, spaces and backslash line continuations may surround the dots);
 * - `from a.b import c` (also `(…, c, …)` across lines with comments, `c as x` and then `x.X`): the
 *   parent's path, `import`, and the leaf as a word within that statement;
 * - relative imports, only in files whose package shares leading components with the module:
 *   `from ..b.c import …` from package `a.z` spells the rest after the shared part (`b.c`, or `b`,
 *   `import`, `c`); a file of the parent package itself spells `from .c`, `import … c` or `b.c`;
 *   a file inside the module's own package may name it with dots alone (`from . import X`);
 * - a chain through a package bound above it (`from a import b` or `import a as x`, then `b.c.X` or
 *   `x.b.c.X`): `b.c`; through the parent bound under another name (`import a.b as x`, then `x.c.X`):
 *   `b as`, and the leaf somewhere (requiredWords).
 * - its file's path, when it moves whole (`"a/b/c.py"`, `a\\b\\c\\`: file-path-spelling.ts);
 * When only symbols of the module move (no whole-module move), the file must also spell one of
 * them as a word, or `import *`: nothing else yields a rewrite or a finding for such a module.
 * - a module path built at run time under a package above a moved module (computed-imports.ts):
 *   `import_module("a.b." + name)`, `__import__(f"a.{x}")`: the call, then as its first argument a
 *   one-quote string opening with that package's full path and a dot, where the static text ends;
 *   a name relative to the call's package (`import_module(".c", pkg)`): the call, a string opening with a dot.
 * Patterns are supersets: word boundaries are ASCII-only and any whitespace counts as a space.
 */
export type PatternEncoding = 'text' | 'latin1';

/** A legacy module of the plan and, when only some of its symbols move, which. */
export interface LegacyModule {
  module: string;
  /** The moved symbols; undefined when the whole module moves (any name imported from it moves). */
  symbols?: string[];
}

/**
 * false: the text certainly does not name any of the legacy modules. `mayCall`, when the caller
 * knows it: whether the text holds COMPUTED_CALL_WORD (or a stretch of it), which a path built at
 * run time needs (the prefilter answers it on the bytes, once); by default the text is searched.
 */
export type ReferenceTest = (text: string, mayCall?: boolean) => boolean;

/** Between two components of a dotted name: optional spaces (and backslash continuations), a dot. */
const DOT = '[\\s\\\\]*\\.[\\s\\\\]*';
const BEFORE = '(?<![A-Za-z0-9_])';
const AFTER = '(?![A-Za-z0-9_])';
/**
 * From `import` to a name of that statement: the rest of the logical line, or into its parentheses,
 * where a comment runs to its line's end. Every alternative starts differently and a comment must
 * end at a line break, so each text splits one way only (no backtracking blow-up on long comments).
 */
const IN_STATEMENT = 'import(?:[^\\n\\r\\\\(]|\\\\(?:\\r\\n|[\\s\\S]))*?(?:\\((?:[^)#]|#[^\\n\\r]*[\\n\\r])*?)?';

/** The plan's legacy modules, each with its moved symbols unless the whole module moves. */
export function legacyModulesOf(moves: readonly Move[]): LegacyModule[] {
  const symbols = new Map<string, Set<string> | undefined>();
  for (const move of moves) {
    const known = symbols.has(move.from.module) ? symbols.get(move.from.module) : new Set<string>();
    if (known && move.from.symbol) known.add(move.from.symbol);
    symbols.set(move.from.module, known && move.from.symbol ? known : undefined);
  }
  return [...symbols].map(([module, set]) => (set ? { module, symbols: [...set].sort() } : { module }));
}

/**
 * The test a file of package `pkg` (undefined: outside every root, so relative imports resolve
 * nowhere) passes whenever it names one of `modules`. `latin1` searches the latin1 view of a file's
 * UTF-8 bytes (one character per byte) instead of decoded text.
 */
export function compileReferenceTest(modules: readonly LegacyModule[], pkg: readonly string[] | undefined, encoding: PatternEncoding): ReferenceTest {
  const spell = (name: string) => escapeRegExp(encoding === 'latin1' ? Buffer.from(name, 'utf8').toString('latin1') : name);
  const anywhere: Spelling[] = [];
  const conditional: (Conditional | { spelling?: Spelling; spelled?: RegExp; needs: RegExp })[] = [];
  let everyFile = false;
  const chains = new Map<string, ChainGroup>();
  for (const legacy of modules) {
    const parts = legacy.module.split('.').map(spell);
    const shared = sharedLength(legacy.module.split('.'), pkg ?? []);
    const spelling = moduleSpelling(parts, shared);
    const parent = parts.slice(0, -1);
    const leaf = parts[parts.length - 1];
    if (spelling !== true && parent.length > 0) {
      const key = `${parent.join('.')}\0${shared}\0${legacy.symbols ? 'symbols' : 'whole'}`;
      const group = chains.get(key) ?? { parent, shared, leaves: [], symbols: legacy.symbols ? [] : undefined };
      if (!group.leaves.includes(leaf)) group.leaves.push(leaf);
      for (const symbol of legacy.symbols?.map(spell) ?? []) if (!group.symbols!.includes(symbol)) group.symbols!.push(symbol);
      chains.set(key, group);
    }
    if (!legacy.symbols) {
      if (spelling === true) everyFile = true;
      else anywhere.push(spelling);
      if (parent.length > 0) anywhere.push({ group: `file:${parent.join('.')}`, leaf, pattern: (leaves) => filePathCore(pathComponents([...parent, `(?:${leaves})`])) });
      continue;
    }
    const needs = new RegExp(`${BEFORE}(?:${legacy.symbols.map(spell).join('|')})${AFTER}|import[\\s\\\\]*\\*`);
    if (spelling === true) conditional.push({ needs });
    else conditional.push({ spelling, spelled: new RegExp(groupedSource([spelling])), needs });
  }
  if (everyFile) return () => true;
  conditional.push(...packageChains(chains.values()));
  const unconditional = anywhere.length > 0 ? new RegExp(groupedSource(anywhere)) : undefined;
  const ancestors = computedCallAncestors(modules);
  // Few files call import_module or __import__: a native search before the expression.
  const computed = ancestors.length > 0 ? new RegExp(computedCallSource(ancestors.map((a) => a.split('.').map(spell).join('\\.')))) : undefined;
  const builds = computed ? (text: string, mayCall?: boolean) => (mayCall ?? text.includes(COMPUTED_CALL_WORD)) && computed.test(text) : () => false;
  if (conditional.length === 0) return unconditional ? (text, mayCall) => unconditional.test(text) || builds(text, mayCall) : builds;
  // One pass over every file first; the per-module checks only run on the few that pass it.
  const gate = conditional.every((c) => c.spelling) ? new RegExp(groupedSource([...anywhere, ...conditional.map((c) => c.spelling!)])) : undefined;
  return (text, mayCall) => {
    if (builds(text, mayCall)) return true;
    if (gate && !gate.test(text)) return false;
    if (unconditional?.test(text)) return true;
    return conditional.some((c) => (!c.spelled || c.spelled.test(text)) && c.needs.test(text));
  };
}

/**
 * Words one of which every text passing compileReferenceTest(modules, pkg) other than by a path
 * built at run time (whose word is COMPUTED_CALL_WORD, searched apart: computed-call-spelling.ts) contains, or undefined
 * when there is no such short list (a file inside a legacy package may name it with dots alone).
 * Each spelling of a module contains its leaf (moduleSpelling): the prefilter searches the raw bytes
 * for these before it makes the latin1 view and runs the expression, which most files then skip.
 */
export function requiredWords(modules: readonly LegacyModule[], pkg: readonly string[] | undefined): string[] | undefined {
  const words: string[] = [];
  for (const legacy of modules) {
    const parts = legacy.module.split('.');
    if (sharedLength(parts, pkg ?? []) >= parts.length) return undefined;
    words.push(parts[parts.length - 1]);
  }
  // A word containing another adds nothing: a text holding it holds the shorter one.
  const unique = [...new Set(words)];
  return unique.filter((w) => !unique.some((v) => v !== w && w.includes(v))).sort();
}

/** Packages with the same key get the same test (it depends only on how much of each module they share). */
export function referenceKey(modules: readonly LegacyModule[], pkg: readonly string[] | undefined): string {
  return modules.map((m) => sharedLength(m.module.split('.'), pkg ?? [])).join(',');
}

/** How many leading components of `parts` the package shares (what a relative import may leave unspelled). */
function sharedLength(parts: readonly string[], pkg: readonly string[]): number {
  let c = 0;
  while (c < parts.length && c < pkg.length && parts[c] === pkg[c]) c++;
  return c;
}

/**
 * How a file spells one legacy module, as a pattern over its leaf. Modules sharing the rest (the
 * same parent, or the same kind of spelling) are tested by one pattern over all their leaves
 * (groupedSource): a manifest moving 40 modules of one package then scans each `from <package>
 * import …` statement once, not 40 times (119 moves took the prefilter from 0.1 s to 9 s on netra).
 */
interface Spelling {
  /** Spellings with the same group differ only in their leaf. */
  group: string;
  leaf: string;
  /** The pattern for `leaves`, an escaped leaf or an alternation of them. */
  pattern: (leaves: string) => string;
}

/** `parts` are already escaped; `shared` leading ones may be left to a relative import's dots. true: every file may name it. */
function moduleSpelling(parts: readonly string[], shared: number): Spelling | true {
  const n = parts.length;
  if (shared >= n) return true;
  const leaf = parts[n - 1];
  const word = (leaves: string) => `${BEFORE}${leaves}${AFTER}`;
  // A one-component module: `import c`, `from c import`, and `c` alone in a comment all name it.
  if (n === 1) return { group: 'word', leaf, pattern: word };
  const named = (leaves: string) => `${IN_STATEMENT}${word(leaves)}`;
  // A file of the parent package: `from .c import`, `from . import c`, or a spelling with `b.c`.
  if (shared === n - 1) {
    const grandparent = parts[n - 2];
    return { group: `sibling:${grandparent}`, leaf, pattern: (leaves) => `(?:from[.\\s\\\\]*|${BEFORE}${grandparent}${DOT})${leaves}${AFTER}|${named(leaves)}` };
  }
  const parent = BEFORE + parts.slice(shared, n - 1).join(DOT);
  return { group: `parent:${parent}`, leaf, pattern: (leaves) => `${parent}(?:${DOT}${leaves}${AFTER}|[\\s\\\\]+${named(leaves)})` };
}

type Conditional = { spelling: Spelling; spelled: RegExp; needs: RegExp };

/** Legacy modules whose package chains read alike: the same parent, the same shared components. */
interface ChainGroup {
  /** The parent's components (escaped): the packages a chain may start from are its prefixes. */
  parent: string[];
  /** How many leading components the file's package shares with them (what relative imports may leave out). */
  shared: number;
  leaves: string[];
  /** Moved symbols a chain must end in (`b.c.S`); undefined when the group's modules move whole. */
  symbols?: string[];
}

/**
 * Chains through a package bound as one name (module `a.b.c`): `from a import b` then `b.c.X`,
 * `import a as A` then `A.b.c.X`, `import a.b as B` then `B.c.X`, `from .. import b` then `b.c.X`.
 * A chain from a package the file's own package shares, bound under its own name, spells what
 * moduleSpelling asks for already; any other needs the binding, which imports a package above the
 * module: a path of its leading components followed by `import` and the next component (`a import
 * … b`) or by `as` (`a.b as`), or a relative from-import of such a component. The chain
 * then spells `.c`, and the file every component after the shared ones. Every file is scanned for
 * the binding only (few files import a package above a legacy module); the words follow then. In
 * the parent package itself, the binding is the parent under an alias (`import a.b as B`, `from
 * .. import b as B`): B.c spells nothing else.
 */
function packageChains(groups: Iterable<ChainGroup>): Conditional[] {
  const out: Conditional[] = [];
  for (const g of groups) {
    const { parent, shared } = g;
    const word = (w: string) => `(?=[\\s\\S]*?${BEFORE}${w}${AFTER})`;
    const leaves = g.leaves.length === 1 ? g.leaves[0] : `(?:${g.leaves.join('|')})`;
    const symbols = g.symbols ? word(`(?:${g.symbols.join('|')})`) : '';
    const group = `chain:${parent.join('.')}:${shared}`;
    if (shared >= parent.length) {
      // A file of the parent package: moduleSpelling covers the parent bound under its own name; under
      // another (`import pkg as p`, `from .. import ws_core as W`) the chain spells only `.c` (networkx's `nx.utils.X`).
      const aliased = `${BEFORE}${parent[parent.length - 1]}[\\s\\\\]+as${AFTER}`;
      out.push({ spelling: { group, leaf: leaves, pattern: () => aliased }, spelled: new RegExp(aliased), needs: new RegExp(`^${symbols}(?=[\\s\\S]*?${DOT}${leaves}${AFTER})`) });
      continue;
    }
    // After the path parts[0..k): `as` binds that package (needed from below the shared ones), and
    // `import … parts[k]` binds the next (needed from the shared ones on; an alias on it then too).
    const exits = (k: number) => [k > shared ? `as${AFTER}` : '', k < parent.length && k >= shared ? `${IN_STATEMENT}${BEFORE}${parent[k]}${AFTER}` : ''].filter((e) => e !== '');
    const level = (k: number): string => {
      const found = exits(k);
      const here = found.length > 0 ? `[\\s\\\\]+(?:${found.join('|')})` : '';
      if (k === parent.length) return here;
      const deeper = `${DOT}${parent[k]}${level(k + 1)}`;
      return here ? `(?:${here}|${deeper})` : deeper;
    };
    const deep = parent.slice(shared);
    const relative = shared > 0 ? `|${BEFORE}from[\\s\\\\]*\\.[\\w.\\s\\\\]*?${IN_STATEMENT}${BEFORE}(?:${deep.join('|')})${AFTER}` : '';
    const imported = `${BEFORE}${parent[0]}${level(1)}${relative}`;
    const needs = new RegExp(`^${parent.slice(shared).map(word).join('')}${symbols}(?=[\\s\\S]*?${DOT}${leaves}${AFTER})`);
    out.push({ spelling: { group, leaf: leaves, pattern: () => imported }, spelled: new RegExp(imported), needs });
  }
  return out;
}

/** One alternative per group of spellings, over the alternation of the group's leaves: the same language as one alternative per module. */
function groupedSource(spellings: readonly Spelling[]): string {
  const groups = new Map<string, { pattern: Spelling['pattern']; leaves: string[] }>();
  for (const s of spellings) {
    const group = groups.get(s.group);
    if (!group) groups.set(s.group, { pattern: s.pattern, leaves: [s.leaf] });
    else if (!group.leaves.includes(s.leaf)) group.leaves.push(s.leaf);
  }
  return [...groups.values()].map((g) => g.pattern(g.leaves.length === 1 ? g.leaves[0] : `(?:${g.leaves.join('|')})`)).join('|');
}

/**
 * The rewriter's own shortcut (also under the stock jscodeshift runner, which has no prefilter): a
 * cheap necessary condition, true for every file compileReferenceTest lets through. Every component
 * of some legacy module's path must occur as a substring, except the leading ones a relative import
 * may climb to from the file's package. Substring tests only: no regular expression is compiled per
 * file (that cost 0.35 ms a file), and the pipeline has already run the tight test on the bytes.
 */
export function mayReference(text: string, file: FileModule | undefined, moves: readonly Move[]): boolean {
  if (submoduleMovesOf(file, moves) && SUBMODULE_NAMING_WORDS.some((w) => text.includes(w))) return true;
  // A computed import under a package above a whole move spells the call and that package's first
  // component, or (relative to the call's package) import_module. Most files hold neither: one search.
  if (text.includes(COMPUTED_CALL_WORD)) {
    const relative = text.includes('import_module');
    if (moves.some((m) => !m.from.symbol && m.from.module.includes('.') && (relative || text.includes(m.from.module.slice(0, m.from.module.indexOf('.')))))) return true;
  }
  const spelled = new Map<string, boolean>();
  const has = (component: string) => {
    let found = spelled.get(component);
    if (found === undefined) spelled.set(component, (found = text.includes(component)));
    return found;
  };
  const pkg = file?.package ?? [];
  for (const move of moves) {
    const parts = move.from.module.split('.');
    // m = how many leading components a relative import may leave unspelled (0: an absolute spelling);
    // all of them, inside the module's own package (`from . import X` there names it).
    for (let m = 0; m <= Math.min(parts.length, pkg.length); m++) {
      if (m > 0 && pkg[m - 1] !== parts[m - 1]) break; // parts[0..m) is no longer an ancestor of the file's package
      let all = true;
      for (let i = m; i < parts.length && all; i++) all = has(parts[i]);
      if (all) return true;
    }
  }
  return false;
}
