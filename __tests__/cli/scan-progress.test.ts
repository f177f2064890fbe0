// scan's progress bar: drawn on stderr for long runs on a terminal, never mixed into the JSON on
// stdout, and absent for short runs or when stderr is not a terminal.
import { main } from '../../src/cli/main';
import { captureOutput, cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

function repo(files: number): string {
  const map: Record<string, string> = { 'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'a.legacy', to: 'a.canonical' }] } }) };
  for (let i = 0; i < files; i++) map[`pkg/m${i}.py`] = i % 50 === 0 ? 'from a.legacy import X\n' : 'x = 1\n';
  return makeTempRepo(map);
}

async function scan(root: string, stderrIsTTY: boolean) {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(['scan', '--format', 'json', '--root', root], { stdout, stderr, cwd: root, stderrIsTTY });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

test('a long scan on a terminal draws progress on stderr; stdout stays pure JSON', async () => {
  const root = repo(320);
  const result = await scan(root, true);
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/\[#*-*\] \d+\/320 files/);
  expect(JSON.parse(result.stdout).totals.references).toBe(7);
});

test('no bar when stderr is not a terminal, or for a short run', async () => {
  expect((await scan(repo(320), false)).stderr).toBe('');
  expect((await scan(repo(20), true)).stderr).toBe('');
});
