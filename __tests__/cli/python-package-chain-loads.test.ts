// A chain through a package bound under another name (`import pkg as p`, then `p.util.helper`)
// worked because pkg/__init__.py imported pkg.util. Re-pointed at `p.conv.helper`, it needs pkg.conv
// loaded too (a networkx trial: AttributeError, exit 0, no finding): the file imports it, unless the
// package already does; where `pkg` is another name of the file, the chain is left manual.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const tree = (init: string, user: string) =>
  makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.util:helper', to: 'pkg.conv:helper' }] } }),
    'pkg/__init__.py': init,
    'pkg/util.py': 'X = 0\n',
    'pkg/conv.py': 'def helper(x):\n    return x + 1\n',
    'user.py': user,
  });

test('the package imported the old module and not the new one: the file imports the new one', async () => {
  const repo = tree('from pkg import util\n', 'import pkg as p\n\nprint(p.util.helper(1))\n');
  expect((await runInRepo(repo, 'run', '--apply', '--no-color')).code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'user.py'), 'utf8')).toBe('import pkg as p\nimport pkg.conv\n\nprint(p.conv.helper(1))\n');
  expect(execFileSync('python3', ['user.py'], { cwd: repo, encoding: 'utf8' })).toBe('2\n');
});

test('the package imports the new module too: the chain alone is re-pointed', async () => {
  const repo = tree('from pkg import util, conv\n', 'import pkg as p\n\nprint(p.util.helper(1))\n');
  expect((await runInRepo(repo, 'run', '--apply', '--no-color')).code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'user.py'), 'utf8')).toBe('import pkg as p\n\nprint(p.conv.helper(1))\n');
});

test('`pkg` names something else in the file: manual, saying why', async () => {
  const repo = tree('from pkg import util\n', 'import pkg as p\n\npkg = "not the package"\nprint(p.util.helper(1))\n');
  const run = await runInRepo(repo, 'run', '--no-color');
  expect(run.stdout).toContain('its package does not import pkg.conv as it did pkg.util, and `pkg` is already a name in this file');
  expect(run.stdout).toContain('0 changed');
});
