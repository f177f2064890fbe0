// Fills JavascriptPlan.relocated: the relative specifiers a moved file carried from its old place.
// A file moved by `git mv` (`data/filesystem.ts` → `data/io/filesystem.ts`) still spells its own
// imports from where it was: `./blob` now names `data/io/blob`, which does not exist. For each
// whole-module move onto a repository file (and each module below a moved directory), every relative
// specifier of the target file that reaches no module from where the file is now, but reaches one
// from where the legacy module was, gets a move of its own, applied in that file only: the rewriter
// then re-points it as it re-points any legacy specifier (`'./blob'` → `'../blob'`, in imports,
// re-exports, require, import() and mocks alike; stylesheets, images and JSON files too). What the
// specifier reached takes its own moves along, as the move index gives them to any importer: a
// whole move (a module below a moved directory too) and the symbol moves (renames in place
// included), so one run writes what two would. A specifier that resolves where the file is now is
// left alone, so a file whose imports were already fixed by hand (or by an editor) is not touched.
// Read once, when the manifest is loaded (load.ts).
import path from 'node:path';
import { keyPath, moduleKeyOf, modulePathOf, selfCarriedKey, stripModuleSuffix } from '../rewrite/js/module-key';
import type { MoveIndex } from '../rewrite/js/move-index';
import type { JavascriptPlan, JsModuleKey, Move } from '../types';
import type { ModuleApiReader } from '../verify/module-api';
import { isFileAt } from './files-below';
import { derivedMove } from './plan';
import { readModuleSource } from './python-provided';
import { platformFiles } from '../verify/platform-variants';

/** A quoted relative specifier (`'./x'`, `"../y/z"`): every string the rewriter could take for one. */
const RELATIVE_STRING = /(["'])(\.\.?\/[^"'\\\r\n]*)\1/g;

/** Repo-relative path of a moved file → the moves of the specifiers it carried (phantom key → the module it used to reach). */
export function readJavascriptRelocated(plan: Pick<JavascriptPlan, 'moves' | 'subtrees' | 'directories'>, root: string, apiReader: () => ModuleApiReader): Record<string, Move[]> {
  const out: Record<string, Move[]> = {};
  const exists = (key: JsModuleKey) => apiReader().fileOf('javascript', key) !== undefined || isAsset(root, key);
  const moved = [...movedFiles(plan, root, apiReader)];
  if (moved.length === 0) return out;
  // Required here: a plan whose moves moved no file (a Python-only one) never loads the JS rewriter's index.
  const { buildMoveIndex } = require('../rewrite/js/move-index') as typeof import('../rewrite/js/move-index');
  const index = buildMoveIndex(plan);
  for (const { file, wasAt, move } of moved) {
    if (out[file]) continue;
    const text = readModuleSource(path.join(root, file)) ?? '';
    const moves = mostFound(wasAt.map((at) => carriedBy(file, at, text, exists, index, move))).flat();
    if (moves.length > 0) out[file] = moves;
  }
  return out;
}

/**
 * A file a whole-module move put in place (the target, or a module below a moved directory), and
 * where it may have been, as importer paths there: the legacy key does not say whether `old` was
 * `old.ts` or `old/index.ts` (the file is gone), so both are given, the likelier first.
 */
export interface MovedFile {
  file: string;
  wasAt: string[];
  move: Move;
}

/** Of what each possible old place explains, the most (the first on a tie): the place the file was is the one its specifiers reach from. */
export function mostFound<T>(found: T[][]): T[] {
  return found.reduce((best, each) => (each.length > best.length ? each : best), [] as T[]);
}

export function* movedFiles(plan: Pick<JavascriptPlan, 'moves' | 'subtrees' | 'directories'>, root: string, apiReader: () => ModuleApiReader): Generator<MovedFile> {
  for (const move of plan.moves) {
    if (move.from.symbol || move.to.symbol || !move.fromKey.startsWith('file:') || !move.toKey.startsWith('file:')) continue;
    const below = plan.subtrees?.[move.toKey];
    if (below === undefined) continue; // not a repository file module: nothing was carried
    const pairs: [JsModuleKey, JsModuleKey][] = plan.directories?.includes(move.toKey) ? [] : [[move.toKey, move.fromKey]];
    for (const rel of below) pairs.push([`${move.toKey}/${rel}`, `${move.fromKey}/${rel}`]);
    for (const [targetKey, legacyKey] of pairs) {
      const file = apiReader().fileOf('javascript', targetKey);
      if (file === undefined) continue;
      const wasAt = legacyImporters(file, legacyKey);
      yield { file, wasAt, move };
      // Its React Native platform builds moved with it (`new.native.tsx`): they sat in the same folder.
      for (const variant of platformFiles(root, file.replace(/\.[^./]+$/, ''))) yield { file: variant.file, wasAt, move };
    }
  }
}

/** A file a bundler loads by its full name (`./Button.module.css`, `./logo.svg`, `./data.json`): the key keeps its extension. */
function isAsset(root: string, key: JsModuleKey): boolean {
  const file = keyPath(key);
  return file !== undefined && /\.\w+$/.test(file) && isFileAt(path.join(root, file));
}

/**
 * Where the legacy module's file may have been, as importer paths: the file its manifest path names
 * (JavascriptPlan.explicitFiles: `src/util.ts`) or its component; else `old.ts` and `old/index.ts`,
 * an index first when the file is one now (moved as a folder), the plain file first otherwise.
 * A plain file moved into a folder's index (`error.js` → `errors/index.js`) is the second case's
 * other half: with only the first guess, its specifiers reached nothing new and kept their old spelling.
 */
function legacyImporters(file: string, legacyKey: JsModuleKey): string[] {
  const base = keyPath(legacyKey)!;
  if (base !== modulePathOf(legacyKey)) return [base];
  const ext = path.posix.extname(file);
  // A component's key keeps its extension (`A.vue`): it is the file already.
  if (base.endsWith(ext)) return [base];
  const asIndex = `${base}/index${ext}`;
  const asFile = `${base}${ext}`;
  return /^index\./.test(path.posix.basename(file)) ? [asIndex, asFile] : [asFile, asIndex];
}

/** Per specifier re-pointed, its moves (counted per specifier by mostFound, however many names follow). */
function carriedBy(file: string, wasAt: string, text: string, exists: (key: JsModuleKey) => boolean, index: MoveIndex, parent: Move): Move[][] {
  const moves: Move[][] = [];
  const seen = new Set<string>();
  const self = `file:${stripModuleSuffix(file)}`;
  for (const [, , specifier] of text.matchAll(RELATIVE_STRING)) {
    if (seen.has(specifier)) continue;
    seen.add(specifier);
    const now = moduleKeyOf(specifier, { importer: file, aliases: [] });
    // `'./utils'` in a file moved to sub/utils.ts names the file itself now: it meant the utils.ts
    // beside the old place, and is rebased like any carried specifier, under a key of its own.
    const namesItself = now === self;
    if (exists(now) && !namesItself) continue;
    // What it reached may itself move (and be gone): the specifier goes where that module goes, in one run.
    const reached = moduleKeyOf(specifier, { importer: wasAt, aliases: [] });
    const own = index.get(reached);
    const then = own?.whole?.toKey ?? reached;
    if (reached === now || then === now || !exists(then)) continue;
    const module = `./${keyPath(now)}`;
    const fromKey = namesItself ? selfCarriedKey(specifier) : now;
    // Its names moved or renamed (`core.ts:OldId` → `core.ts:NewId`) follow their own moves here too, under their ids.
    const names = [...(own?.symbols.values() ?? [])].map((symbol): Move => ({ ...symbol, from: { module, symbol: symbol.from.symbol }, fromKey }));
    const carried: Move['carried'] = { by: parent.id, ...(own?.whole ? { via: own.whole.source } : {}) };
    moves.push([{ ...derivedMove(parent, { module }, { module: `./${keyPath(then)}` }, fromKey, then), carried }, ...names]);
  }
  return moves;
}
