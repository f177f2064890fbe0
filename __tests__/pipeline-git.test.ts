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
