// The few git questions a run asks: where the repository's top level is (and the root's place in
// it), and which files have uncommitted changes (so --apply never overwrites work git could not restore).
// Used by the run command; everything else in the pipeline is git-agnostic.
import fs from 'node:fs';
import path from 'node:path';

function git(cwd: string, args: string[]): string | undefined {
  try {
    // Required here: most runs never call git, and child_process pulls in net, dgram and streams.
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * The work tree's top level containing `cwd` (a real path), or undefined outside a git repository.
 * Every command asks this at start-up, so it is answered without a git process when it can be: the
 * nearest folder holding `.git` (a directory, or a file for worktrees and submodules) is what
 * `git rev-parse --show-toplevel` says, unless GIT_DIR / GIT_WORK_TREE point elsewhere.
 */
export function gitTopLevel(cwd: string): string | undefined {
  if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined) {
    let dir: string;
    try {
      dir = fs.realpathSync(cwd);
    } catch {
      return undefined;
    }
    for (; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, '.git'))) return dir;
      if (path.dirname(dir) === dir) return undefined;
    }
  }
  const out = git(cwd, ['rev-parse', '--show-toplevel']);
  return out ? out.trim() : undefined;
}

/**
 * Where `root` sits in its git work tree, as a path prefix (`examples/`; '' at the top level or outside
 * git): patches and diffs name files from the top level, which is how `git apply` reads them.
 */
export function gitPathPrefix(root: string): string {
  const top = gitTopLevel(root);
  if (top === undefined) return '';
  const rel = path.relative(fs.realpathSync(top), fs.realpathSync(root)).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : `${rel}/`;
}

/**
 * Absolute paths under `root` that differ from HEAD (staged, unstaged or untracked);
 * undefined when `root` is not inside a git work tree.
 */
export function dirtyFiles(root: string): Set<string> | undefined {
  const top = gitTopLevel(root);
  if (top === undefined) return undefined;
  const out = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.']);
  if (out === undefined) return undefined;
  const dirty = new Set<string>();
  const entries = out.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.length < 4) continue;
    const status = entry.slice(0, 2);
    dirty.add(path.join(top, entry.slice(3)));
    // Renames and copies carry their source path as the next entry.
    if (status[0] === 'R' || status[0] === 'C') i++;
  }
  return dirty;
}
