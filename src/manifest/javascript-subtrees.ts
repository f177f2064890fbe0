// Fills JavascriptPlan.subtrees: for each whole-module JS move whose target is a repository file
// module, the modules below it. A directory module (`src/new/index.ts`) is the JS twin of a Python
// package: a move onto it also takes the legacy module's subpaths (`@/old/sub` → `@/new/sub`), and
// the pure rewriter needs to know which of them exist there, as python-provided.ts lists a package's
// submodules. Read once, when the manifest is loaded (load.ts).
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSIONS, keyPath, stripModuleSuffix } from '../rewrite/js/module-key';
import type { JavascriptPlan, JsModuleKey } from '../types';

const DECLARATION = /\.d\.[cm]?ts$/;
/** Directories never listed: what discovery never enters. */
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * Target key → the sorted module paths below it (`sub`, `deep`, `deep/x`) when the target is a
 * directory module, `[]` when it is a plain file (nothing lies below a file); targets that are no
 * repository file are left out (unknown).
 */
export function readJavascriptSubtrees(plan: Pick<JavascriptPlan, 'moves'>, root: string): Record<JsModuleKey, string[]> {
  const targets = [...new Set(plan.moves.filter((m) => !m.from.symbol && !m.to.symbol).map((m) => m.toKey))].sort();
  const entries: [JsModuleKey, string[]][] = [];
  for (const key of targets) {
    const file = keyPath(key);
    if (file === undefined) continue;
    const base = path.join(root, file === '.' ? '' : file);
    // TypeScript and Node try `new.ts` before `new/index.ts`: a file of that name is the module.
    if (JS_EXTENSIONS.some((e) => isFile(base + e)) || isFile(base + '.d.ts')) entries.push([key, []]);
    else if (JS_EXTENSIONS.some((e) => isFile(path.join(base, 'index' + e))) || isFile(path.join(base, 'index.d.ts'))) entries.push([key, modulesBelow(base)]);
  }
  return Object.fromEntries(entries);
}

function modulesBelow(dir: string): string[] {
  const found = new Set<string>();
  const walk = (at: string, prefix: string) => {
    let listing: fs.Dirent[];
    try {
      listing = fs.readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of listing) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(path.join(at, entry.name), rel + '/');
      } else if (entry.isFile() && (DECLARATION.test(entry.name) || JS_EXTENSIONS.some((e) => entry.name.endsWith(e)))) {
        const module = stripModuleSuffix(rel);
        if (module !== '.') found.add(module);
      }
    }
  };
  walk(dir, '');
  return [...found].sort();
}

function isFile(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}
