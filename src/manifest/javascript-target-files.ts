// Fills JavascriptPlan.targetFiles: the repository file each JS move's target module is, so the
// pure rewriter knows whether a target the manifest spells as a folder (`./src/i18n/locales`) is a
// directory module (`locales/index.ts`) or a plain file (`locales.ts`): a specifier that names the
// file (`../locales/index.js` under nodenext) must name the right one. Read once, by load.ts.
import type { JavascriptPlan, JsModuleKey } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

/** Target module key → its repository file (repo-relative), for every file target the reader finds. */
export function readJavascriptTargetFiles(plan: Pick<JavascriptPlan, 'moves'>, apiReader: () => ModuleApiReader): Record<JsModuleKey, string> {
  const targets = [...new Set(plan.moves.map((m) => m.toKey).filter((key) => key.startsWith('file:')))].sort();
  const entries: [JsModuleKey, string][] = [];
  for (const key of targets) {
    const file = apiReader().fileOf('javascript', key);
    if (file !== undefined) entries.push([key, file]);
  }
  return Object.fromEntries(entries);
}
