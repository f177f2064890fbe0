// A Python file that declares Latin-1 (PEP 263) is read as CPython reads it: rewritten, written
// back byte for byte outside the edit (no UTF-8 re-encoding of its é), in a patch git applies and
// reverts, and CPython still compiles it. A BOM with the declaration is CPython's error: not read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const BEFORE = latin1('# -*- coding: latin-1 -*-\n# café crème\nfrom pkg.old import X\nGREETING = "déjà vu"\n');
const AFTER = latin1('# -*- coding: latin-1 -*-\n# café crème\nfrom pkg.new import X\nGREETING = "déjà vu"\n');

const REPO = {
  'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }] } }),
  'pkg/__init__.py': '',
  'pkg/old.py': 'X = 1\n',
  'pkg/new.py': 'X = 1\n',
  'app/declared.py': BEFORE,
  'app/bom.py': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1('# coding: latin-1\n# café\nfrom pkg.old import X\n')]),
};

test('dry run shows the diff in text; --apply writes Latin-1 bytes that CPython compiles', async () => {
  const repo = makeTempRepo(REPO);
  const dry = await runInRepo(repo, 'run');
  expect(dry.stdout).toContain(' # café crème\n-from pkg.old import X\n+from pkg.new import X\n GREETING = "déjà vu"\n');
  expect(dry.stdout).toContain('  skipped app/bom.py: not UTF-8, yet it names a legacy module');
  expect((await runInRepo(repo, 'run', '--apply')).code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'app/declared.py'))).toEqual(AFTER);
  const compiled = spawnSync('python3', ['-c', 'import sys; compile(open(sys.argv[1], "rb").read(), "m", "exec"); print("ok")', path.join(repo, 'app/declared.py')], { encoding: 'utf8' });
  expect(compiled.stdout).toBe('ok\n');
  // A second run changes nothing.
  expect((await runInRepo(repo, 'run', '--apply')).stdout).toContain('0 files written.');
});

test('--patch holds the file’s own bytes: git apply writes them, git apply -R restores the original', async () => {
  const repo = makeTempRepo(REPO);
  const patch = path.join(makeTempDir(), 'change.patch');
  expect((await runInRepo(repo, 'run', '--patch', patch)).code).toBe(0);
  expect(fs.readFileSync(patch).includes(latin1(' # café crème\n'))).toBe(true);
  git(repo, 'apply', patch);
  expect(fs.readFileSync(path.join(repo, 'app/declared.py'))).toEqual(AFTER);
  git(repo, 'apply', '-R', patch);
  expect(fs.readFileSync(path.join(repo, 'app/declared.py'))).toEqual(BEFORE);
});
