// verify's census of what consumers import sees what the rewriter sees: attribute uses through
// module aliases (`import pkg.legacy as L; L.X`, `from pkg import legacy`), bare specifiers that
// tsconfig's baseUrl resolves to a moved file, and the same file-size limit as run.
import { runInRepo } from './helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const PY = {
  'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] } }),
  'pkg/__init__.py': '',
  'pkg/legacy.py': 'A = 1\n_private = 2\n',
  'pkg/core.py': 'A = 1\n',
};

test('attribute uses through module aliases are imports of those names', async () => {
  const repo = makeTempRepo({
    ...PY,
    'app/a.py': 'import pkg.legacy as L\n\nprint(L.A, L._private)\n',
    'app/b.py': 'import pkg.legacy\n\nprint(pkg.legacy.Gone)\n',
    'app/c.py': 'from pkg import legacy\n\nlegacy.Gone2()\n',
  });
  const run = await runInRepo(repo, 'verify');
  expect(run.code).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(/^error: consumer-gap: \$\.python\.moves\[0\]: _private is imported from legacy pkg\/legacy\.py by 1 file \(app\/a\.py:3\)/),
    expect.stringMatching(/^warning: missing-name: \$\.python\.moves\[0\]: Gone is imported from pkg\.legacy by 1 file \(app\/b\.py:3\)/),
    expect.stringMatching(/^warning: missing-name: \$\.python\.moves\[0\]: Gone2 is imported from pkg\.legacy by 1 file \(app\/c\.py:3\)/),
  ]);
});

test("bare specifiers that tsconfig's baseUrl resolves to the legacy file are counted, as the rewriter rewrites them", async () => {
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: 'src' } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/lib/old.ts', to: './src/lib/new.ts' }] } }),
    'src/lib/old.ts': 'export const a = 1;\n',
    'src/lib/new.ts': 'export const a = 1;\n',
    'src/app.ts': "import { a, ghost } from 'lib/old';\n",
  });
  const run = await runInRepo(repo, 'verify');
  expect(run.stdout).toMatch(/^warning: missing-name: \$\.javascript\.moves\[0\]: ghost is imported from \.\/src\/lib\/old\.ts by 1 file \(src\/app\.ts:1\)/);
});

test('files over --max-file-size are not read (run skips them as too-large)', async () => {
  const big = 'from pkg.legacy import Gone\n' + '# padding\n'.repeat(200);
  const repo = makeTempRepo({ ...PY, 'app/big.py': big });
  expect((await runInRepo(repo, 'verify')).stdout).toContain('Gone is imported');
  expect((await runInRepo(repo, 'verify', '--max-file-size', '1k')).stdout).toBe('');
});
