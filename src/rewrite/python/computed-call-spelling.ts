// How a module path built at run time spells itself where it may name a legacy module
// (computed-imports.ts reports it): `import_module("a.b." + name)`, `__import__(f"a.{x}")`. The
// prefilter's test (may-reference.ts) takes these pieces: the word, the packages, the expression.
import type { LegacyModule } from './may-reference';

/** What both `import_module` and `__import__` contain: the word a computed import needs (requiredWords). */
export const COMPUTED_CALL_WORD = 'import_';

/** The word a text passing compileReferenceTest(modules, …) by a path built at run time holds, if any can. */
export function requiredCallWord(modules: readonly LegacyModule[]): string | undefined {
  return computedCallAncestors(modules).length > 0 ? COMPUTED_CALL_WORD : undefined;
}

/** The packages above a module that moves whole, each once: what a computed import path may start with. */
export function computedCallAncestors(modules: readonly LegacyModule[]): string[] {
  const out = new Set<string>();
  for (const legacy of modules) {
    if (legacy.symbols) continue;
    const parts = legacy.module.split('.');
    for (let k = 1; k < parts.length; k++) out.add(parts.slice(0, k).join('.'));
  }
  // Longest first, so an alternation tries `a.b` before `a` (either matches; this only saves backtracking).
  return [...out].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
}

/**
 * `import_module(` or `__import__(` (comments and continuations allowed around the parenthesis),
 * then, perhaps as `name=`, a one-quote string (its prefix letters first) whose text is one of `ancestors` (escaped), a
 * dot, and its end (a quote) or the start of what is computed (`{` of an f-string field, `%`); or
 * `import_module(` and a string opening with a dot, a name relative to the call's package
 * (relative-import-names.ts): few files have one, and where the package comes from is read later.
 */
export function computedCallSource(ancestors: readonly string[]): string {
  // A comment runs to the end of its line (the lookahead): `#[^\n\r]*` alone under `*` can split a
  // banner of `#` in exponentially many ways when no `(` follows (sympy's `#####` after `import_module`).
  const gap = '(?:[\\s\\\\]|#[^\\n\\r]*(?![^\\n\\r]))*';
  const string = `${gap}\\(${gap}(?:name${gap}=${gap})?[rRuUfF]{0,2}["']`;
  return `(?:import_module|__import__)${string}(?:${ancestors.join('|')})\\.["'{%]|import_module${string}\\.`;
}
