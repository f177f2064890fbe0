// A JS move written as a file of one of the repository's workspace packages (`./packages/lib/src/
// core/index.ts:old`) whose package.json `exports` (or `main`/`types` without them) offers that file
// under a subpath: other workspaces import it by the package's name (`from 'lib/core'`), which keys
// as a package, not as the file. Each such spelling gets the move too (same manifest entry), its
// target spelled through a package entry of the target file; where the target file has none, a
// notice names the spelling that is not rewritten. Part of manifest loading (reads package.json files).
import path from 'node:path';
import { keyPath, stripModuleSuffix } from '../rewrite/js/module-key';
import type { JavascriptPlan, Move, ModuleRef } from '../types';
import { CONDITIONS, conditionTarget, readJson } from '../verify/node-resolve';
import { derivedMove } from './plan';

export interface WorkspaceEntryMoves {
  moves: Move[];
  notices: string[];
}

/** The derived moves for the workspace-package spellings of each file-path move's legacy module. */
export function workspaceEntryMoves(plan: Pick<JavascriptPlan, 'moves' | 'conditions'>, workspaces: Readonly<Record<string, string>>, root: string): WorkspaceEntryMoves {
  const out: WorkspaceEntryMoves = { moves: [], notices: [] };
  if (Object.keys(workspaces).length === 0) return out;
  const conditions = new Set([...CONDITIONS, ...(plan.conditions ?? [])]);
  const entries = new Map<string, string[]>();
  const spellingsOf = (file: string) => {
    if (!entries.has(file)) entries.set(file, packageSpellings(file, workspaces, root, conditions));
    return entries.get(file)!;
  };
  const named = new Set(plan.moves.map((m) => `${m.fromKey}:${m.from.symbol ?? ''}`));
  for (const move of plan.moves) {
    const legacy = fileOf(move.from, move.fromKey);
    if (legacy === undefined || move.carried) continue;
    for (const spelling of spellingsOf(legacy)) {
      const fromKey = `pkg:${spelling}`;
      if (named.has(`${fromKey}:${move.from.symbol ?? ''}`)) continue;
      const from: ModuleRef = { module: spelling, ...(move.from.symbol !== undefined ? { symbol: move.from.symbol } : {}) };
      const target = targetSpelling(move, spelling, spellingsOf);
      if (target === undefined) {
        out.notices.push(
          `${move.source}: ${move.from.module} is also imported as "${spelling}" (its workspace package's entry), and ${move.to.module} is the entry of no workspace package, so imports spelled "${spelling}" are not rewritten; export ${move.to.module} from its package.json and add a move for "${spelling}${move.from.symbol ? `:${move.from.symbol}` : ''}", or rewrite them by hand.`,
        );
        continue;
      }
      const to: ModuleRef = { module: target.module, ...(move.to.symbol !== undefined ? { symbol: move.to.symbol } : {}) };
      out.moves.push(derivedMove(move, from, to, fromKey, target.key));
      named.add(`${fromKey}:${move.from.symbol ?? ''}`);
    }
  }
  return out;
}

/** Where the derived move of `spelling` goes: the same spelling for a rename in place, else a package entry of the target. */
function targetSpelling(move: Move, spelling: string, spellingsOf: (file: string) => string[]): { module: string; key: string } | undefined {
  if (move.toKey === move.fromKey) return { module: spelling, key: `pkg:${spelling}` };
  const file = fileOf(move.to, move.toKey);
  if (file === undefined) return { module: move.to.module, key: move.toKey };
  // The target's own spelling in the legacy module's package first (`lib/core` → `lib/core2`).
  const name = spelling.split('/').slice(0, spelling.startsWith('@') ? 2 : 1).join('/');
  const candidates = spellingsOf(file);
  const found = candidates.find((c) => c === name || c.startsWith(`${name}/`)) ?? candidates[0];
  return found === undefined ? undefined : { module: found, key: `pkg:${found}` };
}

/** A move end's repository file: as the manifest writes it (`./packages/lib/src/a.ts`, with its extension), else its key's module path. */
function fileOf(ref: ModuleRef, key: string): string | undefined {
  const modulePath = keyPath(key);
  if (modulePath === undefined) return undefined;
  const written = ref.module.startsWith('./') ? path.posix.normalize(ref.module) : undefined;
  return written !== undefined && stripModuleSuffix(written) === modulePath ? written : modulePath;
}

/**
 * The specifiers (`lib/core`, `@scope/lib`) under which a workspace package's `exports` (with the
 * project's conditions, the first that matches as TypeScript picks it) or, without them, its
 * `types`/`typings`/`module`/`main` reach `file` (repo-relative; without its extension, a pattern entry is matched by module path).
 */
export function packageSpellings(file: string, workspaces: Readonly<Record<string, string>>, root: string, conditions: ReadonlySet<string>): string[] {
  const modulePath = stripModuleSuffix(file);
  const found: string[] = [];
  for (const [name, dir] of Object.entries(workspaces)) {
    if (dir !== '' && !modulePath.startsWith(`${dir}/`)) continue;
    const manifest = readJson(path.join(root, dir, 'package.json'));
    if (!manifest) continue;
    for (const subpath of exportedSubpaths(manifest, conditions, { file, modulePath, dir })) found.push(subpath === '.' ? name : `${name}${subpath.slice(1)}`);
  }
  return found;
}

interface Wanted {
  /** Repo-relative file, with its extension when known. */
  file: string;
  modulePath: string;
  /** The package's directory, repo-relative. */
  dir: string;
}

/** The subpaths (`.`, `./core`, `./util/*` filled in) whose target is the wanted file. */
function exportedSubpaths(manifest: Record<string, unknown>, conditions: ReadonlySet<string>, wanted: Wanted): string[] {
  const inPackage = (target: string) => path.posix.normalize(path.posix.join(wanted.dir, target));
  const { exports } = manifest;
  if (exports === undefined || exports === null) {
    const entries = [manifest.types, manifest.typings, manifest.module, manifest.main].filter((e): e is string => typeof e === 'string');
    return entries.some((e) => stripModuleSuffix(inPackage(e)) === wanted.modulePath) ? ['.'] : [];
  }
  const isMap = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith('.'));
  const map: Record<string, unknown> = isMap ? (exports as Record<string, unknown>) : { '.': exports };
  const subpaths: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    const star = key.indexOf('*');
    if (star < 0) {
      const target = conditionTarget(value, '', conditions);
      if (target !== undefined && stripModuleSuffix(inPackage(target)) === wanted.modulePath) subpaths.push(key);
      continue;
    }
    const capture = patternCapture(conditionTarget(value, '\0', conditions), wanted, inPackage);
    if (capture !== undefined) subpaths.push(key.slice(0, star) + capture + key.slice(star + 1));
  }
  return subpaths;
}

/**
 * What `*` stands for when a pattern's target (`./src/*.ts`, `*` written as NUL) names the wanted
 * file: matched on the file itself when its extension is known (`exports` never probes), else on
 * module paths.
 */
function patternCapture(target: string | undefined, wanted: Wanted, inPackage: (target: string) => string): string | undefined {
  const parts = target?.split('\0');
  if (parts?.length !== 2) return undefined;
  const exact = wanted.file !== wanted.modulePath;
  const prefix = inPackage(`${parts[0]}x`).slice(0, -1);
  const suffix = exact ? parts[1] : stripModuleSuffix(`x${parts[1]}`).slice(1);
  const subject = exact ? wanted.file : wanted.modulePath;
  if (!subject.startsWith(prefix) || !subject.endsWith(suffix) || subject.length <= prefix.length + suffix.length) return undefined;
  return subject.slice(prefix.length, subject.length - suffix.length);
}
