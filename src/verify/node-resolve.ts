// Where a bare JS specifier (`lodash-es`, `@scope/pkg/sub`, `node:fs`) leads, the way Node and
// TypeScript find it: node_modules directories from a starting directory upwards, then the package's
// `exports` (conditions types, import, node, require, default, with `*` patterns) or, without them,
// `types`/`typings`, `module`, `main`, `index`. Also whether a package.json declares it. Reads the
// file system; used by module-api.ts (verify's reader) to resolve canonical modules outside the repository.
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type { JavascriptPlan } from '../types';

export type PackageResolution =
  /** An absolute file path. */
  | { kind: 'file'; file: string; packageDir: string }
  | { kind: 'builtin' }
  /** The package exists but its `exports` do not offer this subpath, or its entry file is missing. */
  | { kind: 'unresolved'; packageDir: string; reason: string }
  /** No node_modules directory from `fromDir` upwards holds the package. */
  | { kind: 'missing' };

export const CONDITIONS: ReadonlySet<string> = new Set(['types', 'import', 'node', 'require', 'default']);
/** Extensions tried for extension-less entries and subpaths, declaration files included. */
const PROBE = ['.d.ts', '.ts', '.tsx', '.d.mts', '.mts', '.d.cts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];
const BUILTINS = new Set(builtinModules);

/** `@scope/pkg/sub/path` → ['@scope/pkg', './sub/path']; `pkg` → ['pkg', '.']. */
export function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const sub = parts.slice(nameLength).join('/');
  return [parts.slice(0, nameLength).join('/'), sub ? `./${sub}` : '.'];
}

/** What the project adds to Node's lookup (from the plan: JavascriptPlan.conditions and .workspaces). */
export interface PackageContext {
  /** tsconfig `customConditions`, matched in `exports` besides the conditions every resolver knows. */
  conditions?: readonly string[];
  /** The repository's own workspace packages: name → directory relative to `root`. */
  workspaces?: Readonly<Record<string, string>>;
  root?: string;
}

/** The plan's additions to the lookup, for a repository at `root`. */
export function packageContextOf(javascript: Pick<JavascriptPlan, 'conditions' | 'workspaces'> | undefined, root: string): PackageContext {
  return { conditions: javascript?.conditions, workspaces: javascript?.workspaces, root };
}

/**
 * Node's lookup from `fromDir` upwards; a package no node_modules holds that is one of the
 * repository's workspaces resolves in its directory, as the package manager would link it.
 */
export function resolvePackage(specifier: string, fromDir: string, context: PackageContext = {}): PackageResolution {
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) return { kind: 'builtin' };
  const [name, subpath] = splitSpecifier(specifier);
  const conditions = context.conditions?.length ? new Set([...CONDITIONS, ...context.conditions]) : CONDITIONS;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const packageDir = path.join(dir, 'node_modules', name);
    if (isDirectory(packageDir)) return resolveInPackage(packageDir, subpath, conditions);
    if (path.dirname(dir) === dir) break;
  }
  const workspace = context.workspaces && Object.prototype.hasOwnProperty.call(context.workspaces, name) ? context.workspaces[name] : undefined;
  if (workspace !== undefined && context.root !== undefined) return resolveInPackage(path.join(context.root, workspace), subpath, conditions);
  return { kind: 'missing' };
}

function resolveInPackage(packageDir: string, subpath: string, conditions: ReadonlySet<string>): PackageResolution {
  const manifest = readJson(path.join(packageDir, 'package.json')) ?? {};
  if (manifest.exports !== undefined && manifest.exports !== null) {
    const target = exportsTarget(manifest.exports, subpath, conditions);
    if (target === undefined) return { kind: 'unresolved', packageDir, reason: `its package.json "exports" offers no "${subpath}"` };
    const file = probe(path.join(packageDir, target));
    return file ? { kind: 'file', file, packageDir } : { kind: 'unresolved', packageDir, reason: `"exports" names ${target}, which does not exist` };
  }
  const entries = subpath === '.' ? [manifest.types, manifest.typings, manifest.module, manifest.main, 'index'].filter((e): e is string => typeof e === 'string') : [subpath];
  for (const entry of entries) {
    const file = probe(path.join(packageDir, entry));
    if (file) return { kind: 'file', file, packageDir };
  }
  return { kind: 'unresolved', packageDir, reason: subpath === '.' ? 'no entry file (types, module, main or index) exists' : `no file ${subpath.slice(2)} exists in it` };
}

/** The target `exports` maps `subpath` to (a package-relative path), or undefined. */
export function exportsTarget(exports: unknown, subpath: string, conditions: ReadonlySet<string> = CONDITIONS): string | undefined {
  const isSubpathMap = typeof exports === 'object' && exports !== null && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  if (!isSubpathMap) return subpath === '.' ? conditionTarget(exports, '', conditions) : undefined;
  const map = exports as Record<string, unknown>;
  if (subpath in map) return conditionTarget(map[subpath], '', conditions);
  // The longest pattern prefix wins, as in Node.
  let best: { key: string; capture: string } | undefined;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const [prefix, suffix] = [key.slice(0, star), key.slice(star + 1)];
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1 && (!best || prefix.length > best.key.indexOf('*'))) {
      best = { key, capture: subpath.slice(prefix.length, subpath.length - suffix.length) };
    }
  }
  return best ? conditionTarget(map[best.key], best.capture, conditions) : undefined;
}

/** Walks a conditions object in its own key order, taking the first condition we know. */
export function conditionTarget(value: unknown, capture: string, conditions: ReadonlySet<string>): string | undefined {
  if (typeof value === 'string') return value.replace(/\*/g, capture);
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = conditionTarget(item, capture, conditions);
      if (target !== undefined) return target;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [condition, target] of Object.entries(value)) {
    if (!conditions.has(condition)) continue;
    const found = conditionTarget(target, capture, conditions);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The file itself, with a known extension added, or its directory's index (or package.json entry). */
function probe(base: string): string | undefined {
  if (isFile(base)) return base;
  for (const ext of PROBE) if (isFile(base + ext)) return base + ext;
  // `./lib/index.js` written as `./lib/index.js` but shipped as `.d.ts` only is covered by swapping the extension.
  const swapped = base.replace(/\.(m|c)?js$/, '');
  if (swapped !== base) for (const ext of PROBE) if (isFile(swapped + ext)) return swapped + ext;
  if (isDirectory(base)) {
    const manifest = readJson(path.join(base, 'package.json'));
    for (const entry of [manifest?.types, manifest?.main].filter((e): e is string => typeof e === 'string')) {
      const file = probe(path.join(base, entry));
      if (file) return file;
    }
    for (const ext of PROBE) if (isFile(path.join(base, 'index' + ext))) return path.join(base, 'index' + ext);
  }
  return undefined;
}

/** Whether a package.json in `fromDir` or above lists `name` among its dependencies of any kind. */
export function declaredDependency(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const manifest = readJson(file);
    if (manifest) {
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
        const deps = manifest[field];
        if (typeof deps === 'object' && deps !== null && Object.prototype.hasOwnProperty.call(deps, name)) return file;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isFile(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
