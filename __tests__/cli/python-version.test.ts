// manifest python.version: a file using syntax the project's CPython rejects (here a PEP 701
// f-string under 3.11) is never changed, as a file the reader refuses is not: `failed: parse` with
// the line, the construct and the version, every other file still rewritten. Without the setting
// the reader's own grammar (3.13) decides, and the same file is rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const FILES = {
  'pkg/__init__.py': '',
  'pkg/old.py': 'X = 1\n',
  'pkg/new.py': 'X = 1\n',
  'app/pep701.py': "from pkg.old import X\n\nprint(f'{X:{'>'}10}')\n",
  'app/plain.py': "from pkg.old import X\n\nprint(f'{X:>10}')\n",
};
const manifest = (version?: string) => JSON.stringify({ python: { ...(version ? { version } : {}), moves: [{ from: 'pkg.old', to: 'pkg.new' }] } });

test('python.version 3.11: a PEP 701 f-string keeps its file unchanged (failed: parse); the others are rewritten', async () => {
  const repo = makeTempRepo({ ...FILES, 'ssot-codemod.json': manifest('3.11') });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--format', 'json');
  expect(run.code).toBe(1);
  const files = (JSON.parse(run.stdout) as { files: { path: string; status: string; error?: { code: string; message: string } }[] }).files;
  const pep701 = files.find((f) => f.path === 'app/pep701.py')!;
  expect(pep701).toMatchObject({ status: 'failed', error: { code: 'parse' } });
  expect(pep701.error!.message).toContain("app/pep701.py:3:13: f-strings with a quote of the string's own kind inside a replacement field need Python 3.12");
  expect(fs.readFileSync(path.join(repo, 'app/pep701.py'), 'utf8')).toBe(FILES['app/pep701.py']);
  expect(fs.readFileSync(path.join(repo, 'app/plain.py'), 'utf8')).toBe("from pkg.new import X\n\nprint(f'{X:>10}')\n");
});

test('without python.version (or with 3.12) the reader’s grammar decides: the file is rewritten', async () => {
  for (const version of [undefined, '3.12']) {
    const repo = makeTempRepo({ ...FILES, 'ssot-codemod.json': manifest(version) });
    const run = await runInRepo(repo, 'run', '--apply', '--no-verify');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'app/pep701.py'), 'utf8')).toBe("from pkg.new import X\n\nprint(f'{X:{'>'}10}')\n");
  }
});

test('a python.version the reader has no grammar for is a manifest error naming the choices', async () => {
  const repo = makeTempRepo({ ...FILES, 'ssot-codemod.json': manifest('3.9') });
  const run = await runInRepo(repo, 'run', '--no-verify');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('$.python.version must be one of "3.11", "3.12", "3.13"; fix its value.');
});
