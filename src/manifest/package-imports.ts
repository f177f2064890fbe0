// Reads package.json `imports` (Node's subpath imports: `"#models/*": "./app/models/*.js"`) into the
// plan's alias table. Node, TypeScript (node16/nodenext/bundler) and the bundlers resolve `#…`
// specifiers through the `imports` of the importing file's own package.json, so each alias is
// scoped to its package's directory (JsAlias.scope). The package.json files read are the root's,
// the tsconfig's folder's and the workspace packages'. Part of manifest loading (does I/O).
import path from 'node:path';
import type { JsAlias } from '../types';
import { CONDITIONS, conditionTarget, readJson } from '../verify/node-resolve';

/**
 * The `imports` entries of the package.json in each of `directories` (repo-relative, '' for the
 * root) that lead to a file of the package: `#` keys with at most one `*`, the target picked by the
 * conditions TypeScript knows (`types`, `import`, `node`, `require`, `default`, plus the tsconfig's
 * customConditions) in the entry's own order. Entries naming a package (`"#dep": "lodash"`) or
 * excluded (`null`) are not file aliases and are left out.
 */
export function readPackageImports(root: string, directories: readonly string[], customConditions?: readonly string[]): JsAlias[] {
  const conditions = customConditions?.length ? new Set([...CONDITIONS, ...customConditions]) : CONDITIONS;
  const aliases: JsAlias[] = [];
  for (const directory of new Set(directories.map(normalizeDirectory))) {
    const imports = readJson(path.join(root, directory, 'package.json'))?.imports;
    if (typeof imports !== 'object' || imports === null || Array.isArray(imports)) continue;
    for (const [pattern, value] of Object.entries(imports as Record<string, unknown>)) {
      if (!pattern.startsWith('#') || pattern.split('*').length > 2) continue;
      const target = conditionTarget(value, '*', conditions);
      if (target === undefined || !target.startsWith('./') || target.split('*').length > 2) continue;
      if (pattern.includes('*') !== target.includes('*')) continue;
      const joined = path.posix.normalize(path.posix.join(directory, target));
      if (joined.startsWith('../')) continue;
      aliases.push({ pattern, targets: [joined], scope: directory });
    }
  }
  return aliases;
}

/** `./frontend/` → `frontend`; the root is ''. */
function normalizeDirectory(directory: string): string {
  const normalized = path.posix.normalize(directory.split(path.sep).join('/')).replace(/\/$/, '');
  return normalized === '.' ? '' : normalized;
}

