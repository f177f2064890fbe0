// Fills PythonPlan.loadsFrom and JavascriptPlan.loadsFrom: for every move's target module that is a
// repository file, the files it takes names from when it loads (module-api.ts reads them). Read
// once, when the manifest is loaded (load.ts), so the pure rewriters can refuse to re-point such a
// file at the target, which would close an import cycle: on netra, websocket_manager.py imports
// protocols.py, which imported WebSocketConnection from the legacy unified_manager.
import type { Language, MigrationPlan } from '../types';

/** Target module → sorted repo-relative files, per language; targets outside the repository or taking nothing are left out. */
export function readLoadsFrom(plan: MigrationPlan, root: string): Partial<Record<Language, Record<string, string[]>>> {
  const targets = {
    python: [...new Set((plan.python?.moves ?? []).map((m) => m.to.module))],
    javascript: [...new Set((plan.javascript?.moves ?? []).map((m) => m.toKey))],
  };
  if (targets.python.length === 0 && targets.javascript.length === 0) return {};
  // Loaded only here: the reader parses the targets (the tokenizer-level Python reader, Babel for JS).
  const { createModuleApiReader } = require('../verify/module-api') as typeof import('../verify/module-api');
  const reader = createModuleApiReader(plan, root);
  const out: Partial<Record<Language, Record<string, string[]>>> = {};
  for (const language of ['python', 'javascript'] as const) {
    const entries: [string, string[]][] = [];
    for (const target of targets[language].sort()) {
      const files = reader.api(language, target)?.loadsFrom ?? [];
      if (files.length > 0) entries.push([target, files]);
    }
    if (entries.length > 0) out[language] = Object.fromEntries(entries);
  }
  return out;
}
