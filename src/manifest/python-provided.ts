// Fills PythonPlan.provided: for each canonical module of a move that the repository defines, the
// names `from <module> import <name>` finds there (submodules and subpackages, module-level bindings,
// `__all__`). Reads the repository once, when the manifest is loaded (load.ts), so the pure
// rewriter can tell an import the canonical side lacks (a manual finding) from one it provides.
import fs from 'node:fs';
import path from 'node:path';
import type { PythonPlan } from '../types';
import { realPathOf, relativeInside } from '../real-paths';
import { resolveRelative } from '../rewrite/python/module-path';
import type { PythonModuleNames } from '../verify/python-names';

/**
 * The sorted names each move's target provides, keyed by module; modules that cannot be listed are
 * left out (unknown).
 */
export function readProvidedNames(python: Pick<PythonPlan, 'roots' | 'moves'>, root: string): Record<string, string[]> {
  // Symbol moves' targets too: a star of one (`from .case import *`) carries the moved name unless it has `__all__`.
  const targets = [...new Set(python.moves.map((m) => m.to.module))].sort();
  if (targets.length === 0) return {};
  const { find, list } = moduleFinder(python, root);
  const entries: [string, string[]][] = [];
  for (const module of targets) {
    const names = providedBy(module, find, list);
    if (names !== undefined) entries.push([module, names]);
  }
  // fromEntries defines own properties: a module named `__proto__` stays a key like any other.
  return Object.fromEntries(entries);
}

/**
 * For each legacy module some of whose symbols move: the names its literal `__all__` lists (none
 * without one: a star of it then brings public names only); left out when unknown (not in the
 * repository, unreadable, an `__all__` built at run time). A star import of it reports a private
 * moved name only when listed there.
 */
export function readStarLists(python: Pick<PythonPlan, 'roots' | 'moves'>, root: string): Record<string, string[]> {
  const legacy = [...new Set(python.moves.filter((m) => m.from.symbol).map((m) => m.from.module))].sort();
  const { find } = moduleFinder(python, root);
  const entries: [string, string[]][] = [];
  for (const module of legacy) {
    const location = find(module);
    const file = location?.kind === 'module' ? location.file : location?.init;
    const read = file === undefined ? undefined : readNames(file);
    if (read !== undefined && !read.allComputed) entries.push([module, read.all ?? []]);
  }
  return Object.fromEntries(entries);
}

/** Where modules are along the plan's roots, directory listings read once each. */
function moduleFinder(python: Pick<PythonPlan, 'roots'>, root: string): { find: (module: string) => Location | undefined; list: (dir: string) => Map<string, EntryKind> } {
  const listings = new Map<string, Map<string, EntryKind>>();
  const realRoot = realPathOf(root) ?? root;
  const list = (dir: string) => listings.get(dir) ?? listings.set(dir, listDirectory(dir, realRoot)).get(dir)!;
  const searchPath = python.roots.map((r) => path.resolve(root, r));
  return { find: (module) => locate(module, searchPath, list), list };
}

type EntryKind = 'file' | 'dir';

/** Where an import of a module lands: a package (its directories; `init` absent for a namespace package) or a source module. */
type Location = { kind: 'package'; dirs: string[]; init?: string } | { kind: 'module'; file: string };

/** The module as CPython's path finder would find it along `searchPath` (roots in order); undefined when absent or not plain source. */
function locate(module: string, searchPath: string[], list: (dir: string) => Map<string, EntryKind>): Location | undefined {
  let found: Location | undefined;
  for (const part of module.split('.')) {
    if (found?.kind === 'module') return undefined; // a plain module has no submodules
    found = findIn(found?.dirs ?? searchPath, part, list);
    if (found === undefined) return undefined;
  }
  return found;
}

/**
 * One step of the path finder: in each directory in order, a regular package wins, then a compiled
 * module (whose names we cannot read: undefined), then a source module; a directory without
 * `__init__.py` is a namespace portion, used only when no directory has the package or module.
 */
function findIn(dirs: readonly string[], name: string, list: (dir: string) => Map<string, EntryKind>): Location | undefined {
  const portions: string[] = [];
  for (const dir of dirs) {
    const entries = list(dir);
    const sub = path.join(dir, name);
    if (entries.get(name) === 'dir' && list(sub).get('__init__.py') === 'file') return { kind: 'package', dirs: [sub], init: path.join(sub, '__init__.py') };
    if ([...entries.keys()].some((e) => compiledModuleName(e) === name)) return undefined;
    if (entries.get(`${name}.py`) === 'file') return { kind: 'module', file: `${sub}.py` };
    if (entries.get(name) === 'dir') portions.push(sub);
  }
  return portions.length > 0 ? { kind: 'package', dirs: portions } : undefined;
}

/** Larger source files are not read (their names are unknown): run's default file-size limit. */
const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * Code that makes a module's names (or a package's submodules) impossible to list statically: an
 * extended `__path__`, `globals()`/`vars()`, and writes through `sys.modules` (an entry assigned or
 * updated, `setattr` on one, the module's own entry used at all). Reading `sys.modules` binds nothing:
 * netra's websocket_manager.py copies it in a function, which used to make its names unknown, and
 * then imports of names it lacks were re-pointed instead of reported. Listing a module that binds a
 * name some other way errs safely: an import of that name becomes a manual finding, never a wrong edit.
 */
const OPEN_ENDED =
  /\b__path__\b|\b(?:globals|vars)\s*\(\s*\)|\bsys\.modules\s*\[[^\]\n]*\]\s*(?:=(?!=)|\.\s*\w+\s*=(?!=))|\bsys\.modules\s*\.\s*(?:update|setdefault)\s*\(|\bsetattr\s*\(\s*sys\.modules\b|\bsys\.modules\s*(?:\[\s*|\.\s*get\s*\(\s*)__name__\b/;

function providedBy(module: string, find: (module: string) => Location | undefined, list: (dir: string) => Map<string, EntryKind>): string[] | undefined {
  const location = find(module);
  if (location === undefined) return undefined;
  const names = new Set<string>();
  if (location.kind === 'package') for (const dir of location.dirs) for (const n of submodulesIn(list(dir))) names.add(n);
  const file = location.kind === 'module' ? location.file : location.init;
  if (file !== undefined) {
    const read = readNames(file);
    if (read === undefined || read.names.has('__getattr__')) return undefined;
    for (const n of [...read.names.keys(), ...(read.all ?? [])]) names.add(n);
    const starred = starredNames(read, packageOf(module, location), find, new Set([module]));
    if (starred === undefined) return undefined;
    for (const n of starred) names.add(n);
  }
  return [...names].sort();
}

/**
 * The names a module's `from M import *` statements bind: each M's `__all__`, else its public names
 * (its own stars' included, recursively) — never its `_private` ones, nor what its `__all__` leaves
 * out, so a canonical module that is a star of the legacy one does not pass for providing those.
 * Undefined when a starred module cannot be read (outside the repository, an `__all__` built at run time).
 */
function starredNames(read: PythonModuleNames, pkg: readonly string[], find: (module: string) => Location | undefined, seen: Set<string>): string[] | undefined {
  const out: string[] = [];
  for (const spec of read.starImports) {
    const level = /^\.*/.exec(spec)![0].length;
    const module = resolveRelative(pkg, level, spec.slice(level));
    if (module === undefined) return undefined;
    if (seen.has(module)) continue;
    seen.add(module);
    const location = find(module);
    if (location === undefined) return undefined;
    const file = location.kind === 'module' ? location.file : location.init;
    if (file === undefined) continue; // a namespace package binds no names of its own
    const starred = readNames(file);
    if (starred === undefined) return undefined;
    if (starred.allComputed) return undefined;
    if (starred.all !== undefined) {
      out.push(...starred.all);
      continue;
    }
    const further = starredNames(starred, packageOf(module, location), find, seen);
    if (further === undefined) return undefined;
    out.push(...[...starred.names.keys(), ...further].filter((n) => !n.startsWith('_')));
  }
  return out;
}

/** The package a module's relative imports start from: itself for a package, else its parent. */
function packageOf(module: string, location: Location): string[] {
  const parts = module.split('.');
  return location.kind === 'package' ? parts : parts.slice(0, -1);
}

/** A Python source file's text for the plan readers; undefined when it cannot be read or is larger than they read. */
export function readModuleSource(file: string): string | undefined {
  try {
    return fs.statSync(file).size > MAX_SOURCE_BYTES ? undefined : fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** What a source file binds at module level; undefined when it may bind anything or cannot be read. */
function readNames(file: string): PythonModuleNames | undefined {
  const text = readModuleSource(file);
  if (text === undefined || OPEN_ENDED.test(text)) return undefined;
  // Required here: only a run with a whole-module move into the repository reads Python names.
  const { readPythonNames } = require('../verify/python-names') as typeof import('../verify/python-names');
  try {
    return readPythonNames(text, file);
  } catch {
    return undefined; // a file that does not parse: its names are unknown
  }
}

/** Names importable from a package directory: `x.py`, `x.pyi`, compiled `x.*.so`/`x.pyd`, and `x/` (regular or namespace). */
function submodulesIn(entries: Map<string, EntryKind>): string[] {
  const names: string[] = [];
  for (const [entry, kind] of entries) {
    const name = kind === 'dir' ? entry : (/^(.+)\.pyi?$/.exec(entry)?.[1] ?? compiledModuleName(entry));
    if (name !== undefined && name !== '__init__' && name !== '__pycache__' && IDENTIFIER.test(name)) names.push(name);
  }
  return names;
}

const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;

/** `x` for an extension module file (`x.so`, `x.cpython-312-x86_64-linux-gnu.so`, `x.abi3.so`, `x.cp312-win_amd64.pyd`). */
function compiledModuleName(entry: string): string | undefined {
  return /^([^.]+)(?:\.[^.]+)?\.(?:so|pyd)$/.exec(entry)?.[1];
}

/** A directory's entries by kind; symbolic links are followed while they stay inside the root. Empty when it cannot be read. */
function listDirectory(dir: string, realRoot: string): Map<string, EntryKind> {
  const out = new Map<string, EntryKind>();
  let dirents: fs.Dirent[];
  try {
    dirents = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d of dirents) {
    const stat = d.isSymbolicLink() ? linkTarget(path.join(dir, d.name), realRoot) : d;
    if (stat?.isDirectory()) out.set(d.name, 'dir');
    else if (stat?.isFile()) out.set(d.name, 'file');
  }
  return out;
}

/** What a link points to, when that lies inside the (real) root. */
function linkTarget(link: string, realRoot: string): fs.Stats | undefined {
  const target = realPathOf(link);
  if (target === undefined) return undefined;
  return relativeInside(realRoot, target) === undefined ? undefined : fs.statSync(target, { throwIfNoEntry: false });
}
