// The whole-module moves of a package's direct submodules, seen from the package's `__init__`, which
// may name them by leaf (`__all__`) or by computed names (`import_module`): the prefilter
// (may-reference.ts, pipeline/prefilter.ts) lets such a file through, and package-all-listing.ts and
// computed-imports.ts report what it does with them.
import type { Move } from '../../types';
import type { FileModule } from './module-path';

/** What a package `__init__` must hold to name its submodules by leaf or by computed name (submoduleMovesOf). */
export const SUBMODULE_NAMING_WORDS = ['__all__', 'import_module', '__import__'];

/**
 * The whole-module moves of this package's direct submodules, by leaf, when `file` is the package's
 * `__init__`: its `__all__` may list them by leaf alone (package-all-listing.ts), or it may import
 * them by computed names (computed-imports.ts), which no module spelling (may-reference.ts) covers, so the
 * prefilter lets such a file through when it holds one of SUBMODULE_NAMING_WORDS.
 */
export function submoduleMovesOf(file: FileModule | undefined, moves: readonly Move[]): Map<string, Move> | undefined {
  if (!file || file.module !== file.package.join('.')) return undefined;
  let out: Map<string, Move> | undefined;
  const prefix = `${file.module}.`;
  for (const move of moves) {
    const from = move.from.module;
    if (move.from.symbol !== undefined || !from.startsWith(prefix) || from.indexOf('.', prefix.length) !== -1) continue;
    (out ??= new Map()).set(from.slice(prefix.length), move);
  }
  return out;
}
