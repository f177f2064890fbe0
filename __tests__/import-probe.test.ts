// scripts/import-probe.ts: imports the modules of two trees in CPython (third-party packages
// stubbed) and reports what imports differently after a rewrite, including an ImportError a
// `try/except` swallows, and the module-level names a rewrite took away that other files import.
import { moduleOf, runImportProbe, formatProbe } from '../scripts/import-probe';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const common = {
  'pkg/__init__.py': '',
  // A package that is not installed anywhere: the stub stands in for it, subclassing included.
  'pkg/impl.py': 'import not_installed_anywhere_xyz\nfrom not_installed_anywhere_xyz.sub import decorate\n\n@decorate\nclass Impl(not_installed_anywhere_xyz.Base):\n    pass\n',
  'pkg/user.py': 'from pkg.shim import B\n',
  'pkg/fallback.py': 'try:\n    from pkg.shim import B\nexcept ImportError:\n    B = None\n',
  'pkg/slow.py': 'import time\ntime.sleep(3600)\nREADY = True\n',
};

test('a name the rewrite took away: the importer fails, the fallback is taken silently (its ImportError is recorded), and the name is listed with its importers', async () => {
  const before = makeTempDir({ ...common, 'pkg/shim.py': 'from pkg.impl import Impl as A\nfrom pkg.impl import Impl as B\n' });
  const after = makeTempDir({ ...common, 'pkg/shim.py': 'from pkg.impl import Impl as A\n' });
  const report = await runImportProbe({ before, after, files: ['pkg/shim.py', 'pkg/user.py', 'pkg/fallback.py', 'pkg/slow.py'], timeoutMs: 20_000 });
  const outcome = (file: string) => report.modules.find((m) => m.file === file)!;
  expect(outcome('pkg/shim.py').before).toEqual({ result: 'ok', raised: [] });
  expect(outcome('pkg/shim.py').after).toEqual({ result: 'ok', raised: [] });
  expect(outcome('pkg/user.py').before.result).toBe('ok');
  expect(outcome('pkg/user.py').after.result).toMatch(/^ImportError: cannot import name 'B' from 'pkg\.shim' \(R\/pkg\/shim\.py\)/);
  expect(outcome('pkg/fallback.py').after.result).toBe('ok');
  expect(outcome('pkg/fallback.py').before.raised).toEqual([]);
  expect(outcome('pkg/fallback.py').after.raised).toEqual(["pkg.fallback:2: ImportError: cannot import name 'B' from 'pkg.shim' (R/pkg/shim.py)"]);
  expect(outcome('pkg/user.py').after.raised).toEqual(["pkg.user:1: ImportError: cannot import name 'B' from 'pkg.shim' (R/pkg/shim.py)"]);
  // time.sleep advances a fake clock: start-up code that waits returns at once.
  expect(outcome('pkg/slow.py').after).toEqual({ result: 'ok', raised: [] });
  expect(report.differing).toEqual(['pkg/user.py', 'pkg/fallback.py']);
  expect(report.lostNames).toEqual([{ file: 'pkg/shim.py', module: 'pkg.shim', name: 'B', importers: ['pkg/fallback.py:2', 'pkg/user.py:1'] }]);
  const text = formatProbe(report);
  expect(text).toContain('pkg/shim.py: no longer binds B, which pkg/fallback.py:2, pkg/user.py:1 import\n');
  expect(text).toContain('4 modules imported in both trees: 2 alike, 2 differ (3 import after); 1 files bind fewer module-level names, 1 of those names imported elsewhere\n');
}, 60_000);

test('by default only the .py files whose bytes differ are imported', async () => {
  const before = makeTempDir({ ...common, 'pkg/shim.py': 'from pkg.impl import Impl as A\n' });
  const after = makeTempDir({ ...common, 'pkg/shim.py': 'from pkg.impl import Impl as A  # same binding\n' });
  const report = await runImportProbe({ before, after });
  expect(report.modules.map((m) => m.file)).toEqual(['pkg/shim.py']);
  expect(report.differing).toEqual([]);
  expect(report.lostNames).toEqual([]);
}, 60_000);

test('module names', () => {
  expect(moduleOf('a/b/c.py')).toBe('a.b.c');
  expect(moduleOf('a/b/__init__.py')).toBe('a.b');
});
