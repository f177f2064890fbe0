// The top-level names a Python module defines at a commit, read from the mirror, for the replay
// harness's `*-unknown-name` hints (replay-commit.ts): an import of a name the module lacks is an
// ImportError, whichever side wrote it. An over-approximation: every name any import in the file
// binds counts, and a module with `__getattr__` or `import *` is "unknown" (null): no hint then.
import { spawnSync } from 'node:child_process';
import { boundNames, readPythonFacts } from './python-imports';

/** What one commit's tree says about modules: their top-level names (null: unknown) and whether they exist. */
export interface ModuleLookup {
  names(module: string): Set<string> | null;
  exists(module: string): boolean;
}

const DEFINITION = /^(?:async\s+def|def|class)\s+([A-Za-z_]\w*)|^([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)|^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*=(?!=)/gmu;

export function moduleLookupAt(gitDir: string, tree: Map<string, string>, roots: readonly string[]): ModuleLookup {
  const cache = new Map<string, Set<string> | null>();
  return {
    names(module) {
      if (!cache.has(module)) cache.set(module, readNames(gitDir, tree, roots, module));
      return cache.get(module)!;
    },
    exists: (module) => moduleFile(tree, roots, module) !== undefined,
  };
}

/** The file defining `module`, as a repo-relative path, under the first root that has one. */
export function moduleFile(tree: Map<string, string>, roots: readonly string[], module: string): string | undefined {
  for (const root of roots) {
    const base = (root === '.' || root === '' ? '' : `${root.replace(/\/+$/u, '')}/`) + module.split('.').join('/');
    for (const candidate of [`${base}.py`, `${base}/__init__.py`]) if (tree.has(candidate)) return candidate;
  }
  return undefined;
}

function readNames(gitDir: string, tree: Map<string, string>, roots: readonly string[], module: string): Set<string> | null {
  const file = moduleFile(tree, roots, module);
  if (!file) return null;
  const r = spawnSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', tree.get(file)!], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) return null; // blob absent from the mirror
  const source = r.stdout;
  const facts = readPythonFacts(source);
  if (facts.imports.some((s) => s.items.includes('*'))) return null;
  const names = new Set(facts.imports.flatMap(boundNames));
  for (const m of source.matchAll(DEFINITION)) {
    for (const name of (m[1] ?? m[2] ?? m[3]).split(',')) names.add(name.trim());
  }
  if (names.has('__getattr__')) return null;
  return names;
}
