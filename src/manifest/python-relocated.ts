// Fills PythonPlan.relocated, the twin of javascript-relocated.ts: a module moved with `git mv`
// (`pkg/old/a.py` → `pkg/new/sub/a.py`) still spells its relative imports from its old package:
// `from ..util import f` now names `pkg.new.util`, which does not exist. For each whole-module move
// onto a repository module (and each submodule below a moved package), every `from <dots><module>
// import` of the target that names no module from its package now, but named one from the legacy
// module's package, gets a move of its own, applied in that file only: the rewriter re-points it as
// it re-points any legacy import, relative spellings kept relative (`from ...util import f`). What
// resolves from the new package (siblings moved along, imports fixed by hand) is left alone. The
// names it imports take their own moves along (a rename in the module it reached), in one run.
// `from . import name` counts as an import of the submodule `name` unless the new package's
// `__init__.py` spells that name (then it may be an attribute there). Read once, when the manifest
// is loaded (load.ts).
import path from 'node:path';
import { resolveRelative } from '../rewrite/python/module-path';
import type { Move, PythonPlan } from '../types';
import { pythonPackageDirectory, submodulesBelow } from './files-below';
import { derivedMove } from './plan';
import { readModuleSource } from './python-provided';

/** `from ..mod import` at the start of a line: every statement the rewriter could take for a relative import of a module. */
const RELATIVE_FROM = /^[ \t]*from[ \t]+(\.+)[ \t]*([A-Za-z_][\w.]*)[ \t]+import\b/gm;
/** `from . import a, b` / `from .. import (a, b)`: the names may be submodules of the package. */
const PACKAGE_FROM = /^[ \t]*from[ \t]+(\.+)[ \t]+import[ \t]*(\([^)]*\)|[^\n]*)/gm;

/** What the reader needs of the repository: where modules are, which whole moves chain on, what a package binds. */
interface Lookup {
  fileOf: (module: string) => string | undefined;
  wholeTargets: ReadonlyMap<string, Move>;
  /** The symbol moves of a module (by its dotted name), which the carried import takes along. */
  symbolMovesOf: (module: string) => readonly Move[];
  packageBinds: (pkg: string, name: string) => boolean;
}

/** Repo-relative path of a moved module's file → the moves of the relative imports it carried. */
export function readPythonRelocated(python: Pick<PythonPlan, 'moves' | 'fileRelocations' | 'roots'>, root: string, fileOf: (module: string) => string | undefined): Record<string, Move[]> {
  const out: Record<string, Move[]> = {};
  const wholeTargets = new Map(python.moves.filter((m) => !m.from.symbol && !m.to.symbol).map((m) => [m.from.module, m]));
  // Required here: load.ts imports this file for every plan, and a JS-only run loads no Python rewriter module.
  const { moveIndexOf } = require('../rewrite/python/move-index') as typeof import('../rewrite/python/move-index');
  const { symbolMovesOf } = moveIndexOf(python.moves);
  const lookup: Lookup = { fileOf, wholeTargets, symbolMovesOf, packageBinds: (pkg, name) => packageBinds(root, fileOf(pkg), name) };
  // A module moved into its package's __init__.py (or back): one module, a file one package deeper (or higher).
  for (const relocation of python.fileRelocations ?? []) {
    const parent: Move = { id: `${relocation.from} → ${relocation.to}`, language: 'python', from: { module: relocation.module }, to: { module: relocation.module }, fromKey: relocation.module, toKey: relocation.module, source: relocation.source, localName: 'rename' };
    const isPackage = (file: string) => path.posix.basename(file).startsWith('__init__.');
    const moves = carriedBy(readModuleSource(path.join(root, relocation.to)) ?? '', relocation.module, packageOf(relocation.module, isPackage(relocation.to)), packageOf(relocation.module, isPackage(relocation.from)), lookup, parent);
    if (moves.length > 0) out[relocation.to] = moves;
  }
  for (const move of python.moves) {
    if (move.from.symbol || move.to.symbol) continue;
    const file = fileOf(move.to.module);
    // A package's submodules moved with it: a regular package's directory holds its __init__.py, a
    // namespace package (flask's sansio) is a directory alone.
    const dir = file === undefined ? pythonPackageDirectory(move.to.module, python.roots, root) : path.posix.basename(file) === '__init__.py' ? path.posix.dirname(file) : undefined;
    const pairs: [string, string][] = file === undefined ? [] : [[move.to.module, move.from.module]];
    if (dir !== undefined) for (const rest of submodulesBelow(path.join(root, dir))) pairs.push([`${move.to.module}.${rest}`, `${move.from.module}.${rest}`]);
    for (const [target, legacy] of pairs) {
      const targetFile = fileOf(target);
      if (targetFile === undefined || out[targetFile]) continue;
      const own = path.posix.basename(targetFile) === '__init__.py';
      const moves = carriedBy(readModuleSource(path.join(root, targetFile)) ?? '', target, packageOf(target, own), packageOf(legacy, own), lookup, move);
      if (moves.length > 0) out[targetFile] = moves;
    }
  }
  return out;
}

/** The package a module's relative imports resolve against: the module itself when it is a package (`__init__.py`). */
function packageOf(module: string, isPackage: boolean): string[] {
  const parts = module.split('.');
  return isPackage ? parts : parts.slice(0, -1);
}

/** `self`: the moved module, whose relative imports are read; one that now names it (`from .utils import f` in a file moved to `sub/utils.py`) names no other module. */
function carriedBy(text: string, self: string, now: string[], then: string[], lookup: Lookup, parent: Move): Move[] {
  const moves: Move[] = [];
  const seen = new Set<string>();
  for (const [from, reached] of carriedModules(text, now, then, lookup)) {
    if (from === reached || seen.has(from)) continue;
    seen.add(from);
    // What it reached may itself move (and be gone): the import goes where that module goes, in one run.
    const onward = lookup.wholeTargets.get(reached);
    const to = onward?.to.module ?? reached;
    if (to === from || (from !== self && lookup.fileOf(from) !== undefined) || lookup.fileOf(to) === undefined) continue;
    const carried: Move['carried'] = { by: parent.id, ...(onward ? { via: onward.source } : {}) };
    moves.push({ ...derivedMove(parent, { module: from }, { module: to }, from, to), carried });
    // …and the names it imports follow their own moves, in the same run (`from ..core import OldId`
    // with core's OldId renamed: `from ...core import NewId`), as they do in any other importer.
    const renamed = new Set<string>();
    for (const m of [...lookup.symbolMovesOf(reached), ...(onward ? lookup.symbolMovesOf(to) : [])]) {
      if (renamed.has(m.from.symbol!)) continue;
      renamed.add(m.from.symbol!);
      moves.push({ ...derivedMove(m, { module: from, symbol: m.from.symbol }, m.to, from, m.toKey), carried: { by: parent.id, via: m.source } });
    }
  }
  return moves;
}

/** Each module a relative import names, as resolved from the package now and from the package then. */
function* carriedModules(text: string, now: string[], then: string[], lookup: Lookup): Generator<[string, string]> {
  for (const [, dots, module] of text.matchAll(RELATIVE_FROM)) {
    const from = resolveRelative(now, dots.length, module);
    const reached = resolveRelative(then, dots.length, module);
    if (from !== undefined && reached !== undefined) yield [from, reached];
  }
  // `from . import sibling`: a submodule of the old package, unless the new package binds that name itself.
  for (const [, dots, list] of text.replace(/\\\r?\n/g, ' ').matchAll(PACKAGE_FROM)) {
    const pkgNow = resolveRelative(now, dots.length, '');
    const pkgThen = resolveRelative(then, dots.length, '');
    if (!pkgNow || !pkgThen) continue;
    for (const item of list.replace(/#[^\n]*/g, '').replace(/[()]/g, '').split(/[,\n]/)) {
      const name = /^\s*([A-Za-z_]\w*)/.exec(item)?.[1];
      if (name && !lookup.packageBinds(pkgNow, name)) yield [`${pkgNow}.${name}`, `${pkgThen}.${name}`];
    }
  }
}

/** Whether a package's `__init__.py` spells `name` at all (then `from . import name` may take that binding): a namespace package binds nothing. */
function packageBinds(root: string, init: string | undefined, name: string): boolean {
  if (init === undefined) return false;
  const text = readModuleSource(path.join(root, init));
  return text === undefined || new RegExp(`\\b${name}\\b`).test(text);
}
