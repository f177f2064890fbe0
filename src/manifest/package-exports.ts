// Reads the `exports` of the package.json (and jsr.json) in the root, the tsconfig's folder and the
// workspace packages: every file target under every condition (`"./v4/locales/*": {"@zod/source":
// "./src/v4/locales/*", "default": "./dist/…"}` gives both), repo-relative. A target leading into a
// moved module is a notice (stale-aliases.ts). Part of manifest loading (does I/O).
import path from 'node:path';
import { readJson } from '../verify/node-resolve';
import type { ExportTarget } from './stale-aliases';

export function readExportTargets(root: string, directories: readonly string[]): ExportTarget[] {
  const found: ExportTarget[] = [];
  for (const directory of new Set(directories.map(normalizeDirectory))) {
    for (const name of ['package.json', 'jsr.json']) {
      const exports = readJson(path.join(root, directory, name))?.exports;
      if (exports === undefined || exports === null) continue;
      const isMap = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
      const map: Record<string, unknown> = isMap ? (exports as Record<string, unknown>) : { '.': exports };
      const file = directory === '' ? name : `${directory}/${name}`;
      for (const [subpath, value] of Object.entries(map)) {
        for (const target of new Set(leaves(value))) {
          if (!target.startsWith('./')) continue;
          const joined = path.posix.normalize(path.posix.join(directory, target));
          if (!joined.startsWith('../')) found.push({ file, scope: directory, subpath, target: joined });
        }
      }
    }
  }
  return found;
}

/** Every string target of an entry, through conditions and fallback arrays. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
  return [];
}

/** `./frontend/` → `frontend`; the root is ''. */
function normalizeDirectory(directory: string): string {
  const normalized = path.posix.normalize(directory.split(path.sep).join('/')).replace(/\/$/, '');
  return normalized === '.' ? '' : normalized;
}
