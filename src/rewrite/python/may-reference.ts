// What a Python file must spell to name a legacy module, as one regular expression per package
// (the file's location decides which relative spellings are possible). The prefilter runs it on
// every file's bytes (pipeline/prefilter.ts); the Python rewriter runs it before tokenizing, so the
// jscodeshift transform skips the same files. Pure; proven sound by __tests__/python-may-reference.test.ts.
import type { Move } from '../../types';
import type { FileModule } from './module-path';

/**
 * How a file names legacy module `a.b.c` to the rewriter, and what each spelling must contain:
 * - `import a.b.c[.sub] [as x]`, `from a.b.c[.sub] import …`, string targets and comment or docstring
 *   mentions (`patch("a.b.c.X")`, `importlib.import_module("a.b.c")`, `sys.modules["a.b.c"]`):
 *   the full dotted path (in code, spaces and backslash line continuations may surround the dots);
 * - `from a.b import c` (also `( …, c, … )` across lines, or `c as x` and then `x.X`): the parent's
 *   path, then `import`, then later the leaf as a word;
 * - relative imports, only in files whose package shares leading components with the module:
 *   `from ..b.c import …` from package `a.z` spells the rest after the shared part (`b.c`, or `b`
 *   then `import` then `c`); a file of the parent package itself (`from . import c`, `from .c
 *   import …`) spells at least the leaf as a word; a file inside the module's own package may name
 *   it with dots alone (`from . import X` in package `a.b.c`), so it always passes.
 * Nothing else reaches a module: chains like `x.b.c` after `import a as x` are not rewritten.
 * Patterns are supersets: word boundaries are ASCII-only and any whitespace counts as a space.
 */
export type PatternEncoding = 'text' | 'latin1';

/** Between two components of a dotted name: optional spaces (and backslash continuations), a dot. */
const DOT = '[\\s\\\\]*\\.[\\s\\\\]*';
const BEFORE = '(?<![A-Za-z0-9_])';
const AFTER = '(?![A-Za-z0-9_])';

/**
 * The regular expression's source that every file of package `pkg` (undefined: outside every root,
 * so relative imports resolve nowhere) matches when it names one of `modules`; `true` when such a
 * file may name one without spelling any of it; undefined when there are no modules.
 * `latin1` spells the needles as the latin1 view of their UTF-8 bytes, for searching raw bytes.
 */
export function referencePattern(modules: readonly string[], pkg: readonly string[] | undefined, encoding: PatternEncoding): string | true | undefined {
  const alternatives = new Set<string>();
  for (const module of modules) {
    const pattern = modulePattern(module.split('.'), sharedLength(module.split('.'), pkg ?? []), encoding);
    if (pattern === true) return true;
    alternatives.add(pattern);
  }
  return alternatives.size === 0 ? undefined : [...alternatives].join('|');
}

/** How many leading components of `parts` the package shares (what a relative import may leave unspelled). */
function sharedLength(parts: readonly string[], pkg: readonly string[]): number {
  let c = 0;
  while (c < parts.length && c < pkg.length && parts[c] === pkg[c]) c++;
  return c;
}

function modulePattern(parts: readonly string[], shared: number, encoding: PatternEncoding): string | true {
  const n = parts.length;
  if (shared >= n) return true;
  const spelled = parts.map((p) => escapeRegExp(encoding === 'latin1' ? Buffer.from(p, 'utf8').toString('latin1') : p));
  const leaf = BEFORE + spelled[n - 1] + AFTER;
  // Only the leaf is left to spell (a file of the parent package, or a one-component module).
  if (shared === n - 1) return leaf;
  const parent = BEFORE + spelled.slice(shared, n - 1).join(DOT);
  return `${parent}(?:${DOT}${spelled[n - 1]}${AFTER}|[\\s\\\\]+import[\\s\\S]*?${leaf})`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The legacy modules of a plan's Python moves (symbol moves name their module). */
export function legacyModulesOf(moves: readonly Move[]): string[] {
  return [...new Set(moves.map((m) => m.from.module))];
}

/** Whether `text`, a file of `file`'s package, may name a legacy module of `moves` (false: it certainly does not). */
export function mayReference(text: string, file: FileModule | undefined, moves: readonly Move[]): boolean {
  const pattern = referencePattern(legacyModulesOf(moves), file?.package, 'text');
  if (pattern === undefined) return false;
  return pattern === true || new RegExp(pattern).test(text);
}
