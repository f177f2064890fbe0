// The `files`, `include` and `exclude` entries of the manifest's tsconfig (and of the projects its
// `references` reach) that name a file or folder moving as a whole: tsc reads them as written, so
// after `git mv src/plugins src/features` immer's `"files": ["./src/plugins/mapset.ts"]` failed
// TS6053 while `check` passed. Each gets the path to write instead when the new file is there
// (rewrite/js/tsconfig-lists.ts re-points it), else the reason for a manual finding. Part of
// manifest loading (does I/O).
import fs from 'node:fs';
import path from 'node:path';
import { modulePathOf, stripModuleSuffix } from '../rewrite/js/module-key';
import type { Move, TsconfigListEntry } from '../types';
import { parseJson } from './jsonc';
import { referencedProjects } from './tsconfig';

/** Repo-relative tsconfig path → its entries naming a moved file; only tsconfigs with some. */
export function readTsconfigListEntries(repoRoot: string, tsconfig: string, moves: readonly Move[]): Record<string, TsconfigListEntry[]> {
  const wholes = moves.filter((m) => !m.from.symbol && !m.to.symbol && usable(modulePathOf(m.fromKey)) && modulePathOf(m.toKey) !== undefined);
  const out: Record<string, TsconfigListEntry[]> = {};
  if (wholes.length === 0) return out;
  // Required here: load.ts imports this file for every plan, and a Python-only run loads no JS rewriter module.
  const { tsconfigListStrings } = require('../rewrite/js/tsconfig-lists') as typeof import('../rewrite/js/tsconfig-lists');
  const texts = new Map<string, string | undefined>();
  const textOf = (abs: string): string | undefined => {
    if (!texts.has(abs)) {
      const rel = path.relative(repoRoot, abs);
      // Outside the repository, or unreadable (tsconfig.ts reports a tsconfig it cannot read): nothing to rewrite, nothing reached.
      texts.set(abs, rel.startsWith('..') || path.isAbsolute(rel) ? undefined : readOrUndefined(abs));
    }
    return texts.get(abs);
  };
  const root = path.resolve(repoRoot, tsconfig);
  const reached = [root, ...referencedProjects(root, (abs) => referencesOf(textOf(abs))).map((r) => r.project)];
  for (const abs of reached) {
    const text = textOf(abs);
    if (text === undefined) continue;
    const config = path.relative(repoRoot, abs).split(path.sep).join('/');
    const dir = path.posix.dirname(config) === '.' ? '' : path.posix.dirname(config);
    const entries = tsconfigListStrings(text).flatMap((s) => {
      const entry = movedEntry({ repoRoot, config, dir, list: s.list, written: s.value }, wholes);
      return entry ? [entry] : [];
    });
    if (entries.length > 0) out[config] = entries;
  }
  return out;
}

const usable = (legacy: string | undefined): legacy is string => legacy !== undefined && legacy !== '' && legacy !== '.';

interface Written {
  repoRoot: string;
  config: string;
  /** The tsconfig's repo-relative folder ('' for the root). */
  dir: string;
  list: TsconfigListEntry['list'];
  written: string;
}

function movedEntry(at: Written, moves: readonly Move[]): TsconfigListEntry | undefined {
  if (path.posix.isAbsolute(at.written) || /^[A-Za-z]:/.test(at.written)) return undefined;
  const named = path.posix.normalize(path.posix.join(at.dir, at.written)).replace(/\/$/, '');
  if (named.startsWith('../')) return undefined;
  for (const move of moves) {
    const legacy = modulePathOf(move.fromKey)!;
    const canonical = modulePathOf(move.toKey)!;
    let candidates: string[];
    if (named.startsWith(`${legacy}/`)) candidates = [canonical + named.slice(legacy.length)];
    else if (named === legacy) candidates = [canonical];
    else if (stripModuleSuffix(named) === legacy) candidates = targetFiles(move, canonical, named);
    else continue;
    // A pattern names no one file: it follows its folder.
    const pattern = /[*?]/.test(at.written);
    const moved = candidates.find((c) => pattern || fs.existsSync(path.join(at.repoRoot, c)));
    const reason = `${at.config} "${at.list}" entry "${at.written}" names ${named}, which moves with ${move.from.module} to ${move.to.module}: tsc reads it as written; write the new path, relative to ${at.config}, instead`;
    if (moved === undefined) return { list: at.list, written: at.written, move: move.id, reason };
    return { list: at.list, written: at.written, replacement: spelledLike(at.written, path.posix.relative(at.dir, moved)), move: move.id, reason };
  }
  return undefined;
}

/** The files the moved file may now be: the move's own target file, else the canonical module with the entry's extension, or its index. */
function targetFiles(move: Move, canonical: string, named: string): string[] {
  const extension = /(\.d)?\.[cm]?[jt]sx?$/.exec(named)?.[0] ?? '';
  const own = move.to.module.startsWith('./') && /\.[cm]?[jt]sx?$/.test(move.to.module) ? [path.posix.normalize(move.to.module)] : [];
  return [...own, `${canonical}${extension}`, `${canonical}/index${extension}`];
}

/** `./src/x.ts` stays written with its `./`. */
function spelledLike(written: string, relative: string): string {
  return written.startsWith('./') && !relative.startsWith('../') ? `./${relative}` : relative;
}

/** A tsconfig's `references` value (tsc's JSON with comments), undefined when there is no text or it does not parse. */
function referencesOf(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return (parseJson(text, { comments: true }) as { references?: unknown })?.references;
  } catch {
    return undefined;
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
