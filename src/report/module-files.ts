// Finds the files of the modules a plan names (both ends of every move), so scan can look for
// import cycles among them: Python modules through the plan's roots, JS file keys through the
// usual extensions and index files. Reads nothing but file existence.
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSIONS, keyPath } from '../rewrite/js/module-key';
import type { MigrationPlan } from '../types';

export interface ModuleFile {
  language: 'python' | 'javascript';
  /** The module as the manifest names it (dotted for Python, the JS module key's path for JS). */
  module: string;
  /** Repo-relative path of the file that defines it. */
  file: string;
}

export function findModuleFiles(plan: MigrationPlan, root: string): ModuleFile[] {
  const exists = (rel: string) => fs.existsSync(path.join(root, rel)) && fs.statSync(path.join(root, rel)).isFile();
  const found = new Map<string, ModuleFile>();
  const pythonModules = new Set((plan.python?.moves ?? []).flatMap((m) => [m.from.module, m.to.module]));
  for (const module of pythonModules) {
    const rel = module.split('.').join('/');
    for (const base of plan.python!.roots) {
      const prefix = base === '.' ? '' : `${base}/`;
      const file = [`${prefix}${rel}.py`, `${prefix}${rel}/__init__.py`].find(exists);
      if (file) {
        found.set(file, { language: 'python', module, file });
        break;
      }
    }
  }
  const jsKeys = new Set((plan.javascript?.moves ?? []).flatMap((m) => [m.fromKey, m.toKey]));
  for (const key of jsKeys) {
    const base = keyPath(key);
    if (base === undefined) continue;
    const candidates = [base, ...JS_EXTENSIONS.map((e) => base + e), ...JS_EXTENSIONS.map((e) => `${base}/index${e}`)];
    const file = candidates.find((c) => path.extname(c) !== '' && exists(c));
    if (file) found.set(file, { language: 'javascript', module: base, file });
  }
  return [...found.values()].sort((a, b) => a.file.localeCompare(b.file));
}
