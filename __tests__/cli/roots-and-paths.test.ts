// Roots and paths that agree: without --root the root is the folder of --manifest (as under the stock
// jscodeshift runner; the top level of the repository run in when the manifest lies outside every repository), verify/shims/prune take [paths..] like run, and patches name files from the
// git top level, so `git apply FILE` applies every hunk when the root is a sub-folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { captureOutput, cleanupTempDirs, git, makeTempDir, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

/** The real CLI (real rewriters), from `cwd`, without adding --root. */
async function cli(cwd: string, ...argv: string[]) {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(argv, { stdout, stderr, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const SERVICE = {
  'svc/ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'app.legacy', to: 'app.core' }] } }),
  'svc/app/__init__.py': '',
  'svc/app/legacy.py': 'X = 1\n',
  'svc/app/core.py': 'X = 1\n',
  'svc/app/use.py': 'from app.legacy import X\n',
  'svc/app/deep/use2.py': 'import app.legacy\nprint(app.legacy.X)\n',
  'other/app/use.py': 'from app.legacy import X\n',
};

describe('the root defaults to the folder of --manifest', () => {
  test('run --manifest ssot-codemod.json inside a sub-folder of a repository works on that folder', async () => {
    const repo = makeTempRepo(SERVICE);
    const svc = path.join(repo, 'svc');
    const run = await cli(svc, 'run', '--manifest', 'ssot-codemod.json', '--format', 'json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { root: string; files: { path: string; status: string }[] };
    expect(report.root).toBe(svc);
    expect(report.files.filter((f) => f.status === 'changed').map((f) => f.path)).toEqual(['app/deep/use2.py', 'app/use.py']);
    expect(run.stderr).not.toContain('error:');
  });

  test('from the top level, --manifest svc/ssot-codemod.json makes svc the root (the whole of it, not the cwd)', async () => {
    const repo = makeTempRepo(SERVICE);
    const run = await cli(repo, 'run', '--manifest', 'svc/ssot-codemod.json', '--format', 'json');
    const report = JSON.parse(run.stdout) as { root: string; files: { path: string; status: string }[] };
    expect(report.root).toBe(path.join(repo, 'svc'));
    expect(report.files.map((f) => f.path)).not.toContain('other/app/use.py');
    expect(report.files.filter((f) => f.status === 'changed')).toHaveLength(2);
    // --root still wins over the manifest's folder.
    const explicit = await cli(repo, 'scan', '--manifest', 'svc/ssot-codemod.json', '--root', repo, '--format', 'json');
    expect(JSON.parse(explicit.stdout).files.scanned).toBe(6);
  });
});

test('a manifest kept outside the repository the command runs in makes that repository the root, not the folder around it', async () => {
  const outside = makeTempDir({ 'shared/migration.json': JSON.stringify({ python: { moves: [{ from: 'app.legacy', to: 'app.core' }] } }) });
  const repo = makeTempRepo({ 'app/__init__.py': '', 'app/legacy.py': 'X = 1\n', 'app/core.py': 'X = 1\n', 'app/use.py': 'from app.legacy import X\n' });
  const run = await cli(path.join(repo, 'app'), 'run', '--manifest', path.join(outside, 'shared/migration.json'), '--format', 'json');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { root: string; files: { path: string; status: string }[] };
  expect(report.root).toBe(fs.realpathSync(repo));
  expect(report.files.filter((f) => f.status === 'changed').map((f) => f.path)).toEqual(['app/use.py']);
});

test('a manifest inside another repository (the tool run from its own checkout) makes its folder the root', async () => {
  const target = makeTempRepo({ 'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'app.legacy', to: 'app.core' }] } }), 'app/__init__.py': '', 'app/legacy.py': 'X = 1\n', 'app/core.py': 'X = 1\n', 'app/use.py': 'from app.legacy import X\n' });
  const checkout = makeTempRepo({ 'app/use.py': 'from app.legacy import X\n' });
  const run = await cli(checkout, 'run', '--manifest', path.join(target, 'ssot-codemod.json'), '--format', 'json');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { root: string; files: { path: string; status: string }[] };
  expect(report.root).toBe(fs.realpathSync(target));
  expect(report.files.filter((f) => f.status === 'changed').map((f) => f.path)).toEqual(['app/use.py']);
  expect(run.stderr).not.toContain('error:');
});

describe('without --manifest or --root, the nearest ssot-codemod.json up to the git top level decides', () => {
  test('from a sub-folder holding one (or a folder below it), that folder is the root; elsewhere the top level', async () => {
    const repo = makeTempRepo({ ...SERVICE, 'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'app.elsewhere', to: 'app.core' }] } }) });
    const svc = path.join(repo, 'svc');
    for (const cwd of [svc, path.join(svc, 'app', 'deep')]) {
      const run = await cli(cwd, 'run', '--format', 'json');
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { root: string; files: { path: string; status: string }[] };
      expect(report.root).toBe(svc);
      expect(report.files.some((f) => f.status === 'changed')).toBe(true);
    }
    // other/ has no manifest of its own: the top level's, which moves nothing other/ imports.
    const other = await cli(path.join(repo, 'other'), 'run', '--format', 'json');
    expect(JSON.parse(other.stdout).root).toBe(repo);
    expect(JSON.parse(other.stdout).summary.changed).toBe(0);
  });
});

describe('verify, shims and prune take [paths..] and --root like run', () => {
  const REPO = {
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old_a', to: 'pkg.new' }, { from: 'pkg.old_b', to: 'pkg.new' }] } }),
    'pkg/__init__.py': '',
    'pkg/new.py': 'A = 1\nB = 2\n',
    'pkg/old_a.py': 'A = 1\n',
    'pkg/old_b.py': 'B = 2\n',
    'one/use.py': 'from pkg.old_a import A, Gone\n',
    'two/use.py': 'from pkg.old_b import B, Missing\n',
  };

  test('verify: the paths narrow the files read for what consumers import', async () => {
    const repo = makeTempRepo(REPO);
    const all = await cli(repo, 'verify');
    expect(all.stdout).toContain('Gone is imported');
    expect(all.stdout).toContain('Missing is imported');
    const two = await cli(repo, 'verify', 'two');
    expect(two.code).toBe(0);
    expect(two.stdout).not.toContain('Gone');
    expect(two.stdout).toContain('Missing is imported from pkg.old_b by 1 file (two/use.py:1)');
    const outside = await cli(makeTempDir(), 'verify', '--root', repo, 'two');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('path two is outside the repository root');
  });

  test('shims: the paths pick the legacy modules to shim', async () => {
    const repo = makeTempRepo(REPO);
    const one = await cli(repo, 'shims', 'pkg/old_a.py');
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('diff --git a/pkg/old_a.py b/pkg/old_a.py');
    expect(one.stdout).not.toContain('old_b');
    const fromElsewhere = await cli(makeTempDir(), 'shims', '--root', repo);
    expect(fromElsewhere.stdout).toContain('diff --git a/pkg/old_b.py b/pkg/old_b.py');
  });

  test('prune: the paths pick the legacy modules that may be deleted; references are still searched everywhere', async () => {
    const repo = makeTempRepo({ ...REPO, 'one/use.py': 'from pkg.new import A\n', 'two/use.py': 'from pkg.new import B\n', 'pkg/keep.py': 'import pkg.old_b\n' });
    const picked = await cli(repo, 'prune', '--apply', 'pkg/old_a.py');
    expect(picked.code).toBe(0);
    expect(picked.stdout).toBe('deleted pkg/old_a.py  (pkg.old_a: no reference left)\n');
    expect(fs.existsSync(path.join(repo, 'pkg/old_b.py'))).toBe(true);
    const b = await cli(repo, 'prune', 'pkg');
    expect(b.stdout).toBe('keep pkg/old_b.py: still referenced by pkg/keep.py\n');
    const escaping = await cli(repo, 'prune', '..');
    expect(escaping.code).toBe(2);
    expect(escaping.stderr).toContain('is outside the repository root');
  });
});

describe('patches name files from the git top level', () => {
  test('a patch written with a sub-folder root applies every hunk with git apply, from the top level or from the sub-folder', async () => {
    const repo = makeTempRepo(SERVICE);
    const svc = path.join(repo, 'svc');
    const patchFile = path.join(makeTempDir(), 'move.patch');
    const run = await cli(repo, 'run', '--root', 'svc', '--manifest', 'svc/ssot-codemod.json', '--patch', patchFile);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('diff --git a/svc/app/use.py b/svc/app/use.py');
    // Every file of the patch is checked (git apply silently skips paths outside the directory it runs in).
    const checked = (cwd: string) => {
      const child = spawnSync('git', ['apply', '--check', '--verbose', patchFile], { cwd, encoding: 'utf8' });
      expect(child.status).toBe(0);
      return [...(child.stdout + child.stderr).matchAll(/^Checking patch (.+)\.\.\.$/gm)].map((m) => m[1]).sort();
    };
    expect(checked(repo)).toEqual(['svc/app/deep/use2.py', 'svc/app/use.py']);
    expect(checked(svc)).toEqual(['svc/app/deep/use2.py', 'svc/app/use.py']);
    git(svc, 'apply', patchFile);
    expect(fs.readFileSync(path.join(svc, 'app/use.py'), 'utf8')).toBe('from app.core import X\n');
    expect(git(repo, 'status', '--porcelain')).toBe(' M svc/app/deep/use2.py\n M svc/app/use.py\n');
  });
});
