// Fills JavascriptPlan.provided: for each canonical module of a whole-module JS move that is a file
// of the repository, the names an importer can take from it (its exports, `export *` followed).
// The JS twin of python-provided.ts: read once, when the manifest is loaded (load.ts), so the pure
// rewriter can leave an import of a name the canonical module lacks, as a manual finding, as the
// Python rewriter does, instead of re-pointing it at a module that would not provide it.
import type { JsModuleKey, MigrationPlan } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

/**
 * The sorted names each whole-module move's target exports, keyed by module key; modules whose names
 * cannot all be read are left out (unknown). A target that is a directory of modules without an index
 * (`directories`, javascript-subtrees.ts) exports nothing: an import of a name from it breaks.
 */
export function readJavascriptProvided(plan: MigrationPlan, apiReader: () => ModuleApiReader, directories: readonly JsModuleKey[] = []): Record<JsModuleKey, string[]> {
  const moves = plan.javascript?.moves ?? [];
  const targets = [...new Set(moves.filter((m) => !m.from.symbol && !m.to.symbol).map((m) => m.toKey))].sort();
  if (targets.length === 0) return {};
  const reader = apiReader();
  const entries: [JsModuleKey, string[]][] = [];
  for (const key of targets) {
    const api = reader.api('javascript', key);
    if (!api && directories.includes(key)) entries.push([key, []]);
    if (!api || api.problem !== undefined || api.open || api.external !== undefined) continue;
    entries.push([key, [...api.provided].sort()]);
  }
  return Object.fromEntries(entries);
}
