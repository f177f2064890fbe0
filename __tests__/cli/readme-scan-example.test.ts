// The README shows `scan` over the bundled example; this keeps that block equal to the real output.
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { captureOutput } from '../helpers/temp-repo';

const repoRoot = path.join(__dirname, '..', '..');

test('the README shows what scan prints over examples/', async () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const shown = /<!-- scan-example:start -->\n```text\n([\s\S]*?)```\n<!-- scan-example:end -->/.exec(readme);
  expect(shown).not.toBeNull();
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(['scan', '--manifest', 'examples/ssot-codemod.json', 'examples'], { stdout, stderr, cwd: repoRoot });
  expect(stderr.text()).toBe('');
  expect(code).toBe(0);
  expect(stdout.text()).toBe(shown![1]);
});
