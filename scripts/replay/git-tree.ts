// Reads a commit's files straight from a git directory (bare mirror, no work tree) for the replay
// harness (scripts/replay-history.ts): which files a commit modified, and their bytes at any commit.
// `git archive` fails on the netra mirror (some large blobs are absent), so blobs are read with
// `git cat-file --batch` and absent ones are reported instead of aborting.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export class ReplayError extends Error {}

/** A file as stored at one commit. */
export interface TreeEntry {
  path: string;
  blob: string;
}

function git(gitDir: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', ['--git-dir', gitDir, ...args], { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new ReplayError(`git ${args.join(' ')} failed in ${gitDir}: ${r.stderr.toString().trim()}`);
  return r.stdout;
}

/** The full hash of `rev` and of its first parent. */
export function resolveCommit(gitDir: string, rev: string): { commit: string; parent: string } {
  const out = git(gitDir, ['rev-parse', `${rev}^{commit}`, `${rev}^1`]).toString().trim().split('\n');
  return { commit: out[0], parent: out[1] };
}

/** Paths (with the given extensions) that exist in both `parent` and `commit` and differ: status M. */
export function modifiedFiles(gitDir: string, parent: string, commit: string, extensions: readonly string[]): string[] {
  const out = git(gitDir, ['diff-tree', '-r', '-z', '--no-renames', '--no-commit-id', parent, commit]).toString();
  const fields = out.split('\0');
  const paths: string[] = [];
  // -z raw format: ":<modes> <hashes> <status>\0<path>\0"
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i].split(' ').pop();
    const file = fields[i + 1];
    if (status === 'M' && extensions.some((ext) => file.endsWith(ext))) paths.push(file);
  }
  return paths.sort();
}

/** Every blob of `commit`'s tree, by path. */
export function listTree(gitDir: string, commit: string): Map<string, string> {
  const out = git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit]).toString();
  const entries = new Map<string, string>();
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [, type, blob] = record.slice(0, tab).split(' ');
    if (type === 'blob') entries.set(record.slice(tab + 1), blob);
  }
  return entries;
}

/** The `__init__.py` files of the packages on the way to each of `paths` (the tool resolves relative imports by package). */
export function packageInits(tree: Map<string, string>, paths: readonly string[]): string[] {
  const inits = new Set<string>();
  for (const file of paths) {
    for (let dir = path.posix.dirname(file); dir !== '.' && dir !== ''; dir = path.posix.dirname(dir)) {
      const init = `${dir}/__init__.py`;
      if (tree.has(init)) inits.add(init);
    }
  }
  return [...inits].sort();
}

/**
 * Writes `paths` as they are in `tree` under `dest`. Returns the paths that could not be written
 * because the mirror lacks their blob (or they are not in the tree).
 */
export function extractFiles(gitDir: string, tree: Map<string, string>, paths: readonly string[], dest: string): string[] {
  const absent: string[] = [];
  const wanted: TreeEntry[] = [];
  for (const p of paths) {
    const blob = tree.get(p);
    if (blob) wanted.push({ path: p, blob });
    else absent.push(p);
  }
  if (wanted.length === 0) return absent;
  const out = git(gitDir, ['cat-file', '--batch'], wanted.map((w) => w.blob).join('\n') + '\n');
  let offset = 0;
  for (const entry of wanted) {
    const nl = out.indexOf(0x0a, offset);
    const header = out.subarray(offset, nl).toString();
    offset = nl + 1;
    if (header.endsWith(' missing')) {
      absent.push(entry.path);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    const file = path.join(dest, entry.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out.subarray(offset, offset + size));
    offset += size + 1; // the blob, then a newline
  }
  return absent.sort();
}

/** One line about a commit: short hash, ISO date, subject. */
export function describeCommit(gitDir: string, commit: string): { date: string; subject: string } {
  const [date, ...subject] = git(gitDir, ['log', '-1', '--format=%ad%x00%s', '--date=iso-strict', commit]).toString().trim().split('\0');
  return { date, subject: subject.join('') };
}
