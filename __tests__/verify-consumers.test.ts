// verify reads what consumers really import from each legacy module of a whole-module move:
// names neither module provides are warnings (the imports fail today already), names only the
// legacy module provides outside its public API are errors (the rewrite would break them).
// Submodules, modules with __getattr__ and star imports from outside the repository count as
// providing anything. Python (absolute and relative imports) and JS/TS (named, default, re-export).
import { runInRepo } from './helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const MANIFEST = JSON.stringify({
  python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }, { from: 'pkg.dyn_legacy', to: 'pkg.dyn' }] },
  javascript: { moves: [{ from: './web/legacy.ts', to: './web/core.ts' }] },
});

const REPO = {
  'ssot-codemod.json': MANIFEST,
  'pkg/__init__.py': '',
  'pkg/legacy.py': 'from pkg.core import Shared\n\ndef _internal():\n    pass\n',
  'pkg/core/__init__.py': 'class Shared:\n    pass\n',
  'pkg/core/helpers.py': 'X = 1\n',
  'pkg/dyn_legacy.py': 'A = 1\n',
  'pkg/dyn.py': 'def __getattr__(name):\n    return name\n',
  'pkg/consumer.py': 'from pkg.legacy import Shared, Missing\nfrom pkg.legacy import helpers\n\n\ndef f():\n    from pkg.legacy import _internal\n    from pkg.dyn_legacy import Anything\n',
  'pkg/sub/__init__.py': '',
  'pkg/sub/relative.py': 'from ..legacy import Missing\n',
  'web/legacy.ts': 'export const keep = 1;\n',
  'web/core.ts': 'export const keep = 1;\n',
  'web/app.ts': "import legacyDefault, { keep, gone } from './legacy';\nexport { gone as again } from './legacy';\n",
};

test('warnings for names no module provides, an error for a private name the canonical module lacks', async () => {
  const repo = makeTempRepo(REPO);
  const run = await runInRepo(repo, 'verify');
  expect(run.code).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines.filter((l) => l.startsWith('error: '))).toEqual([
    expect.stringMatching(/^error: consumer-gap: \$\.python\.moves\[0\]: _internal is imported from legacy pkg\/legacy\.py by 1 file \(pkg\/consumer\.py:6\), but canonical pkg\/core\/__init__\.py does not provide it/),
  ]);
  const warnings = lines.filter((l) => l.startsWith('warning: '));
  expect(warnings).toHaveLength(3);
  expect(warnings[0]).toMatch(/^warning: missing-name: \$\.python\.moves\[0\]: Missing is imported from pkg\.legacy by 2 files \(pkg\/consumer\.py:1, pkg\/sub\/relative\.py:1\), but neither pkg\/legacy\.py nor pkg\/core\/__init__\.py provides it/);
  expect(warnings.slice(1).join('\n')).toMatch(/default is imported from \.\/web\/legacy\.ts by 1 file \(web\/app\.ts:1\)/);
  expect(warnings.slice(1).join('\n')).toMatch(/gone is imported from \.\/web\/legacy\.ts by 1 file \(web\/app\.ts:1, web\/app\.ts:2\)/);
  expect(run.stderr).toMatch(/verify failed: 1 error in 3 moves; each names its fix .* 3 warnings \(see above; warnings never block --apply\)/);
});

test('the JSON report lists warnings apart from errors; warnings alone keep exit code 0', async () => {
  const repo = makeTempRepo({ ...REPO, 'pkg/consumer.py': 'from pkg.legacy import Shared, Missing\n' });
  const run = await runInRepo(repo, 'verify', '--format', 'json');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.errors).toEqual([]);
  expect(report.warnings.map((w: { code: string; symbol: string }) => `${w.code}:${w.symbol}`).sort()).toEqual([
    'missing-name:Missing',
    'missing-name:default',
    'missing-name:gone',
  ]);
  expect(report.warnings.find((w: { symbol: string }) => w.symbol === 'Missing').sites).toEqual([
    { path: 'pkg/consumer.py', line: 1 },
    { path: 'pkg/sub/relative.py', line: 1 },
  ]);
});

test('a clean repository has neither', async () => {
  const repo = makeTempRepo({ ...REPO, 'pkg/consumer.py': 'from pkg.legacy import Shared, helpers\n', 'pkg/sub/relative.py': '', 'web/app.ts': "import { keep } from './legacy';\n" });
  expect(await runInRepo(repo, 'verify')).toMatchObject({ code: 0, stdout: '' });
});

test('a moved package’s submodules count as its names: one only the legacy package has is an error, one neither has a warning', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'oldpkg', to: 'lib.newpkg' }] } }),
    'oldpkg/__init__.py': '',
    'oldpkg/kept.py': 'A = 1\n',
    'oldpkg/left_behind.py': 'B = 1\n',
    'lib/__init__.py': '',
    'lib/newpkg/__init__.py': '',
    'lib/newpkg/kept.py': 'A = 1\n',
    'app.py': 'import oldpkg.kept\nfrom oldpkg.kept import A\nimport oldpkg.left_behind as lb\nfrom oldpkg.left_behind.deep import C\nfrom oldpkg.never import D\n',
  });
  const run = await runInRepo(repo, 'verify', '--format', 'json');
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { errors: { code: string; symbol: string; sites: unknown[]; message: string }[]; warnings: { code: string; symbol: string; sites: unknown[] }[] };
  expect(report.errors.map((e) => [e.code, e.symbol, e.sites])).toEqual([
    ['consumer-gap', 'left_behind', [{ path: 'app.py', line: 3 }, { path: 'app.py', line: 4 }]],
  ]);
  expect(report.errors[0].message).toContain('imported from legacy oldpkg/left_behind.py');
  expect(report.errors[0].message).toContain('Add a move "oldpkg.left_behind" → the module that replaces oldpkg/left_behind.py');
  expect(report.warnings.map((w) => [w.code, w.symbol, w.sites])).toEqual([['missing-name', 'never', [{ path: 'app.py', line: 5 }]]]);
});

test('string targets the run re-points count as consumers: mock.patch of a private name is an error, of an unknown one a warning', async () => {
  const repo = makeTempRepo({
    ...REPO,
    'pkg/consumer.py': 'from pkg.legacy import Shared\n',
    'pkg/sub/relative.py': '',
    'web/app.ts': "import { keep } from './legacy';\n",
    'tests/test_x.py': [
      'from unittest import mock',
      '',
      '@mock.patch("pkg.legacy._internal")',
      "@mock.patch('pkg.legacy.Gone.method')",
      '@mock.patch("pkg.legacy.Shared")',
      'def test(a, b, c):',
      '    mock.patch(f"pkg.legacy.{name}")',
      '    mock.patch("pkg.legacy")',
      '    mock.patch(b"pkg.legacy.Bytes")',
      '    print("see pkg.legacy.Prose for details")',
      '',
    ].join('\n'),
  });
  const run = await runInRepo(repo, 'verify', '--format', 'json');
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { errors: { code: string; symbol: string; sites: unknown[] }[]; warnings: { code: string; symbol: string; sites: unknown[] }[] };
  expect(report.errors.map((e) => [e.code, e.symbol, e.sites])).toEqual([['consumer-gap', '_internal', [{ path: 'tests/test_x.py', line: 3 }]]]);
  expect(report.warnings.map((w) => [w.code, w.symbol, w.sites])).toEqual([['missing-name', 'Gone', [{ path: 'tests/test_x.py', line: 4 }]]]);
});

test('JS modules below a moved directory count as consumers, in every form the run rewrites; a bare package target is not judged', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/old', to: '@/new' }, { from: 'old-lodash', to: 'lodash-es' }] } }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./web/*'] } } }),
    'web/old/index.ts': 'export const a = 1;\n',
    'web/old/kept.ts': 'export const k = 1;\n',
    'web/old/left.ts': 'export const l = 1;\n',
    'web/new/index.ts': 'export const a = 1;\n',
    'web/new/kept.ts': 'export const k = 1;\n',
    'node_modules/old-lodash/package.json': '{ "name": "old-lodash", "main": "index.js" }\n',
    'node_modules/old-lodash/index.js': 'exports.x = 1;\n',
    'node_modules/lodash-es/package.json': '{ "name": "lodash-es", "main": "index.js" }\n',
    'node_modules/lodash-es/index.js': 'exports.x = 1;\n',
    'web/app/page.ts': [
      "import { a } from '@/old';",
      "import { k } from '@/old/kept';",
      "import { l } from '@/old/left';",
      "jest.mock('@/old/left');",
      "const lazy = import('@/old/never');",
      "import chunk from 'old-lodash/chunk';",
      'export const all = [a, k, l, lazy, chunk];',
      '',
    ].join('\n'),
  });
  const run = await runInRepo(repo, 'verify', '--format', 'json');
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { errors: { code: string; symbol: string; sites: unknown[]; message: string }[]; warnings: { code: string; symbol: string; sites: unknown[] }[] };
  expect(report.errors.map((e) => [e.code, e.symbol, e.sites])).toEqual([
    ['consumer-gap', './left', [{ path: 'web/app/page.ts', line: 3 }, { path: 'web/app/page.ts', line: 4 }]],
  ]);
  expect(report.errors[0].message).toContain('@/old/left (web/old/left.ts) is imported by 1 file');
  expect(report.errors[0].message).toContain('Add a move "@/old/left" → the module that replaces web/old/left.ts, or add left below @/new.');
  expect(report.warnings.map((w) => [w.code, w.symbol, w.sites])).toEqual([['missing-name', './never', [{ path: 'web/app/page.ts', line: 5 }]]]);
  // run agrees: the same three references are manual findings.
  const dry = await runInRepo(repo, 'run', '--format', 'json', '--no-verify');
  const manual = (JSON.parse(dry.stdout) as { files: { findings: { kind: string; line: number }[] }[] }).files.flatMap((f) => f.findings.filter((x) => x.kind === 'manual').map((x) => x.line));
  expect(manual).toEqual([3, 4, 5]);
});

// The attrs trial: private imports kept behind on purpose (run listed them `ignored`) still failed
// verify with consumer-gap, whose suggested fix (a move onto the same module) is refused.
test('an import the run leaves alone (ssot-codemod-ignore, beside it or on the line above; -file) is no consumer-gap', async () => {
  const consumer = (header: string) =>
    `${header}from pkg.legacy import Shared\n\n\ndef f():\n    # ssot-codemod-ignore\n    from pkg.legacy import _internal\n    from pkg.legacy import _internal as again  # ssot-codemod-ignore\n`;
  for (const header of ['', '# ssot-codemod-ignore-file\n']) {
    const repo = makeTempRepo({ ...REPO, 'pkg/consumer.py': consumer(header), 'pkg/sub/relative.py': '', 'web/app.ts': "import { keep } from './legacy';\n// ssot-codemod-ignore\nimport { gone } from './legacy';\n" });
    const run = await runInRepo(repo, 'verify');
    expect(run.stdout).not.toContain('consumer-gap');
    expect(run.stdout).not.toContain('gone');
    expect(run.code).toBe(0);
  }
  // Not opted out: still the error.
  const plain = makeTempRepo({ ...REPO, 'pkg/consumer.py': 'def f():\n    # a comment about ssot-codemod\n    from pkg.legacy import _internal\n' });
  expect((await runInRepo(plain, 'verify')).stdout).toContain('consumer-gap');
});
