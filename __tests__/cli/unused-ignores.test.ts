// `check --report-unused-ignores`, as ESLint's --report-unused-disable-directives: an
// ssot-codemod-ignore comment that opts no legacy reference out fails the gate (exit 1), located,
// in every format, in both languages alike; a comment that does opt one out is not named, and a
// file holding a stale comment is read even though it names no legacy module. Without the flag,
// nothing changes.
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const TREE = {
  'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'legacy', to: 'canon' }] }, javascript: { moves: [{ from: './legacy.ts', to: './canon.ts' }] } }),
  'legacy.py': 'a = 1\n',
  'canon.py': 'a = 1\n',
  'legacy.ts': 'export const a = 1;\n',
  'canon.ts': 'export const a = 1;\n',
  // Used: the next line's import, and the import beside it.
  'used.py': '# ssot-codemod-ignore\nfrom legacy import a\nimport legacy  # ssot-codemod-ignore\n',
  'used.ts': "// ssot-codemod-ignore\nimport { a } from './legacy';\nexport * from './legacy'; // ssot-codemod-ignore\nexport const b = a;\n",
  // Unused: beside code that names nothing legacy, above a line that names nothing legacy.
  'stale.py': 'import os  # ssot-codemod-ignore\n# ssot-codemod-ignore\nx = os.sep\nfrom legacy import a  # ssot-codemod-ignore\n',
  'stale.ts': "const y = 1; // ssot-codemod-ignore\n/* ssot-codemod-ignore */\nexport const z = y;\n",
  // A file comment in a file with nothing to opt out.
  'quiet.py': '# ssot-codemod-ignore-file\nimport os\n',
  'quiet.ts': '// ssot-codemod-ignore-file\nexport const q = 1;\n',
};

const LINES = [
  'quiet.py:1:1  unused ignore comment: this ssot-codemod-ignore comment opts no legacy reference out; remove it',
  'quiet.ts:1:1  unused ignore comment: this ssot-codemod-ignore comment opts no legacy reference out; remove it',
  'stale.py:1:12  unused ignore comment: this ssot-codemod-ignore comment opts no legacy reference out; remove it',
  'stale.py:2:1  unused ignore comment: this ssot-codemod-ignore comment opts no legacy reference out; remove it',
  'stale.ts:1:14  unused ignore comment: this ssot-codemod-ignore comment opts no legacy reference out; remove it',
  'stale.ts:2:1  unused ignore comment: this ssot-codemod-ignore comment opts no legacy reference out; remove it',
];

test('text: each comment that opts nothing out, located, and exit 1 although no legacy reference remains', async () => {
  const repo = makeTempRepo(TREE);
  const plain = await runInRepo(repo, 'check');
  expect(plain.code).toBe(0);
  const r = await runInRepo(repo, 'check', '--report-unused-ignores');
  expect(r.code).toBe(1);
  expect(r.stdout.trim().split('\n')).toEqual(LINES);
  expect(r.stderr).toContain('check failed: no legacy reference, but 6 ssot-codemod-ignore comments opt no legacy reference out; remove them.');
});

test('json, github and sarif carry them too', async () => {
  const repo = makeTempRepo(TREE);
  const json = JSON.parse((await runInRepo(repo, 'check', '--report-unused-ignores', '--format', 'json')).stdout);
  expect(json.unusedIgnores).toEqual([
    { path: 'quiet.py', line: 1, column: 1 },
    { path: 'quiet.ts', line: 1, column: 1 },
    { path: 'stale.py', line: 1, column: 12 },
    { path: 'stale.py', line: 2, column: 1 },
    { path: 'stale.ts', line: 1, column: 14 },
    { path: 'stale.ts', line: 2, column: 1 },
  ]);
  const github = (await runInRepo(repo, 'check', '--report-unused-ignores', '--format', 'github')).stdout;
  expect(github).toContain('::error file=stale.py,line=2,col=1,title=unused ignore comment::this ssot-codemod-ignore comment opts no legacy reference out; remove it');
  const sarif = JSON.parse((await runInRepo(repo, 'check', '--report-unused-ignores', '--format', 'sarif')).stdout);
  const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'unused-ignore');
  expect(results).toHaveLength(6);
  expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
});

test('with legacy references left, both are named and the gate fails once', async () => {
  const repo = makeTempRepo({ ...TREE, 'left.py': 'from legacy import a\n' });
  const r = await runInRepo(repo, 'check', '--report-unused-ignores');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('left.py:1:1  legacy → canon  (from-import)');
  expect(r.stderr).toContain('also: 6 ssot-codemod-ignore comments opt no legacy reference out; remove them.');
});
