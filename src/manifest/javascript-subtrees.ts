// Fills JavascriptPlan.subtrees: for each whole-module JS move whose target is a repository file
// module, the modules below it. A directory module (`src/new/index.ts`) is the JS twin of a Python
// package: a move onto it also takes the legacy module's subpaths (`@/old/sub` → `@/new/sub`), and
// the pure rewriter needs to know which of them exist there, as python-provided.ts lists a package's
// submodules. Read once, when the manifest is loaded (load.ts).
import path from 'node:path';
import { JS_EXTENSIONS, stripModuleSuffix } from '../rewrite/js/module-key';
import { entriesBelow } from './files-below';
import type { JavascriptPlan, JsModuleKey } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

const DECLARATION = /\.d\.[cm]?ts$/;
/** Directories never listed: what discovery never enters. */
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * Target key → the sorted module paths below it (`sub`, `deep`, `deep/x`) when the target is a
 * directory module, or a directory of modules without an index (`@/components/old` → `@/components/new`,
 * as Next.js apps lay them out: the twin of a Python namespace package), `[]` when it is a plain file
 * (nothing lies below a file); other targets are left out (unknown). Where a target is comes from
 * the module reader (`new.ts` before `new/index.ts`, as TypeScript and Node try them).
 */
export function readJavascriptSubtrees(plan: Pick<JavascriptPlan, 'moves'>, root: string, apiReader: () => ModuleApiReader): Pick<JavascriptPlan, 'subtrees' | 'directories'> {
  const targets = [...new Set(plan.moves.filter((m) => !m.from.symbol && !m.to.symbol && m.toKey.startsWith('file:')).map((m) => m.toKey))].sort();
  const entries: [JsModuleKey, string[]][] = [];
  const directories: JsModuleKey[] = [];
  for (const key of targets) {
    const file = apiReader().fileOf('javascript', key);
    if (file === undefined) {
      const below = modulesBelow(path.join(root, key.slice('file:'.length)));
      if (below.length > 0) entries.push([key, below]);
      if (below.length > 0) directories.push(key);
      continue;
    }
    const isIndex = /^index\./.test(path.posix.basename(file));
    entries.push([key, isIndex ? modulesBelow(path.join(root, path.posix.dirname(file))) : []]);
  }
  return { ...(entries.length > 0 ? { subtrees: Object.fromEntries(entries) } : {}), ...(directories.length > 0 ? { directories } : {}) };
}

export function modulesBelow(dir: string): string[] {
  const found = new Set<string>();
  for (const { rel, isFile } of entriesBelow(dir, (name) => SKIPPED.has(name))) {
    const name = path.posix.basename(rel);
    if (!isFile || !(DECLARATION.test(name) || JS_EXTENSIONS.some((e) => name.endsWith(e)))) continue;
    const module = stripModuleSuffix(rel);
    if (module !== '.') found.add(module);
  }
  return [...found].sort();
}
