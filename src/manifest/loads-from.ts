// Fills PythonPlan.loadsFrom and JavascriptPlan.loadsFrom: for every move's target module that is a
// repository file, the files it runs when it loads (module-api.ts reads them): Python
// one step deep (a module's from-imports reach far: netra's agent registry, 178 files), JS along
// the whole `export … from` chain (barrels re-export barrels, and the chain is short). Read
// once, when the manifest is loaded (load.ts), so the pure rewriters can refuse to re-point such a
// file at the target, which would close an import cycle: on netra, websocket_manager.py imports
// protocols.py, which imported WebSocketConnection from the legacy unified_manager.
import type { Language, MigrationPlan } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

/** Target module → sorted repo-relative files, per language; targets outside the repository or taking nothing are left out. */
export function readLoadsFrom(plan: MigrationPlan, apiReader: () => ModuleApiReader): Partial<Record<Language, Record<string, string[]>>> {
  const targets = {
    python: [...new Set((plan.python?.moves ?? []).map((m) => m.to.module))],
    javascript: [...new Set((plan.javascript?.moves ?? []).map((m) => m.toKey))],
  };
  if (targets.python.length === 0 && targets.javascript.length === 0) return {};
  const reader = apiReader();
  const out: Partial<Record<Language, Record<string, string[]>>> = {};
  for (const language of ['python', 'javascript'] as const) {
    const entries: [string, string[]][] = [];
    for (const target of targets[language].sort()) {
      const api = reader.api(language, target);
      const files = api === undefined ? [] : language === 'python' ? api.loadsFrom : reexportChain(reader, api.file, api.loadsFrom);
      if (files.length > 0) entries.push([target, files]);
    }
    if (entries.length > 0) out[language] = Object.fromEntries(entries);
  }
  return out;
}

/** Every file reached from `first` through `export … from`, sorted (the target's own file left out). */
function reexportChain(reader: ModuleApiReader, target: string, first: readonly string[]): string[] {
  const seen = new Set<string>(first);
  const queue = [...first];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of reader.apiOfFile('javascript', file).loadsFrom) {
      if (!seen.has(next) && next !== target) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}
