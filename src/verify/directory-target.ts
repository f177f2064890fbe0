// A whole-module move's target that is a directory of modules with no module of its own: a Python
// namespace package (a directory without `__init__.py`) or a JS directory without an index module
// (`@/components/old` → `@/components/new`, as Next.js apps lay them out). It exists: the modules a
// move carries below it are checked one by one, by the rewriters (python-provided.ts,
// javascript-subtrees.ts) and by verify's consumer census. Verify reads such a target as a module
// that provides what an importer can take from the directory itself: its submodules in Python,
// nothing in JS. Used by check-manifest.ts (run's gate and verify) and verifyPlan.
import { pythonPackageDirectory } from '../manifest/files-below';
import type { Language, MigrationPlan } from '../types';
import type { ModuleApi, ModuleApiReader } from './module-api';

/** The reader, answering api() for the plan's directory targets too (file-backed modules come first). */
export function withDirectoryTargets(reader: ModuleApiReader, plan: MigrationPlan, root: string): ModuleApiReader {
  const targets = directoryTargets(plan, root);
  if (targets.size === 0) return reader;
  return { ...reader, api: (language, module) => reader.api(language, module) ?? targets.get(`${language}|${module}`) };
}

/** `language|module` → the directory's API, for each whole-module move's target that is a directory of modules. */
function directoryTargets(plan: MigrationPlan, root: string): Map<string, ModuleApi> {
  const out = new Map<string, ModuleApi>();
  for (const move of plan.python?.moves ?? []) {
    if (move.from.symbol || move.to.symbol) continue;
    const names = plan.python?.provided?.[move.to.module];
    const dir = names && pythonPackageDirectory(move.to.module, plan.python!.roots, root);
    if (names && dir) out.set(`python|${move.to.module}`, directoryApi('python', `${dir}/`, names));
  }
  for (const move of plan.javascript?.moves ?? []) {
    if (move.from.symbol || move.to.symbol || !plan.javascript?.directories?.includes(move.toKey)) continue;
    out.set(`javascript|${move.toKey}`, directoryApi('javascript', `${move.toKey.slice('file:'.length)}/`, plan.javascript.provided?.[move.toKey] ?? []));
  }
  return out;
}

const directoryApi = (language: Language, file: string, names: readonly string[]): ModuleApi => ({
  language,
  file,
  provided: new Set(names),
  publicNames: [...names],
  defined: new Set(),
  definitions: new Set(),
  importable: [...names],
  loadsFrom: [],
});
