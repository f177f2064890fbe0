// git: the top level of a work tree and the files with uncommitted changes (what --apply refuses).
import fs from 'node:fs';
import path from 'node:path';
import { dirtyFiles, gitTopLevel } from '../src/pipeline/git';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

describe('git', () => {
  test('finds the top level from a subdirectory, and nothing outside a repository', () => {
    const repo = makeTempRepo({ 'sub/a.py': '' });
    expect(gitTopLevel(path.join(repo, 'sub'))).toBe(repo);
    expect(gitTopLevel(makeTempDir())).toBeUndefined();
    expect(dirtyFiles(makeTempDir())).toBeUndefined();
  });

  test('answers what git rev-parse --show-toplevel answers: sub-folders, symlinked paths, worktrees (a .git file)', () => {
    const repo = makeTempRepo({ 'sub/deep/a.py': '' });
    const link = path.join(makeTempDir(), 'link');
    fs.symlinkSync(path.join(repo, 'sub'), link);
    const worktree = path.join(makeTempDir(), 'wt');
    git(repo, 'worktree', 'add', '-q', worktree);
    for (const dir of [repo, path.join(repo, 'sub/deep'), link, path.join(worktree, 'sub')]) {
      expect(gitTopLevel(dir)).toBe(git(dir, 'rev-parse', '--show-toplevel').trim());
    }
    expect(gitTopLevel(path.join(worktree, 'sub'))).toBe(fs.realpathSync(worktree));
  });

  test('lists staged, unstaged, untracked and renamed files as absolute paths, ignored ones not', () => {
    const repo = makeTempRepo({ '.gitignore': '*.log\n', 'a.py': '1\n', 'b.py': '1\n', 'c.py': '1\n', 'clean.py': '1\n', 'sub/d.py': '1\n' });
    fs.appendFileSync(path.join(repo, 'a.py'), '2\n');
    fs.appendFileSync(path.join(repo, 'b.py'), '2\n');
    git(repo, 'add', 'b.py');
    git(repo, 'mv', 'c.py', 'renamed.py');
    fs.writeFileSync(path.join(repo, 'sub', 'new.py'), '');
    fs.writeFileSync(path.join(repo, 'debug.log'), '');
    expect([...dirtyFiles(repo)!].sort()).toEqual(['a.py', 'b.py', 'renamed.py', 'sub/new.py'].map((p) => path.join(repo, p)));
    expect([...dirtyFiles(path.join(repo, 'sub'))!]).toEqual([path.join(repo, 'sub/new.py')]);
  });
});
