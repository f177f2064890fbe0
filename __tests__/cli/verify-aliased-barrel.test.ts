// A rename in place on a package that binds the old name as an alias of the new one (`from .headers
// import NewH as OldH`, as werkzeug's datastructures/__init__.py was left by hand) does not provide
// the new name: the run would re-point every `from pkg.ds import OldH` at a NewH the package lacks.
// verify says so: an error where the package's names are known, a warning where a module-level
// __getattr__ may provide any name.
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const files = (init: string) => ({
  'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.ds:OldH', to: 'pkg.ds:NewH' }] } }),
  'pkg/__init__.py': '',
  'pkg/ds/__init__.py': init,
  'pkg/ds/headers.py': 'class NewH:\n    pass\n',
  'pkg/use.py': 'from .ds import OldH\n\nx = OldH()\n',
});

test('an alias of the new name is not the new name: missing-symbol, or unchecked-symbol behind __getattr__', async () => {
  const closed = await runInRepo(makeTempRepo(files('from .headers import NewH as OldH\n')), 'verify', '--no-color');
  expect(closed.code).toBe(1);
  expect(closed.stderr + closed.stdout).toContain('error: missing-symbol: $.python.moves[0]: NewH is not provided by pkg/ds/__init__.py');
  const open = await runInRepo(makeTempRepo(files('from .headers import NewH as OldH\n\n\ndef __getattr__(name):\n    raise AttributeError(name)\n')), 'verify', '--no-color');
  expect(open.code).toBe(0);
  expect(open.stderr + open.stdout).toContain('warning: unchecked-symbol: $.python.moves[0]: NewH was not checked in pkg.ds: pkg/ds/__init__.py does not bind it');
  // The package re-exporting the old name from its definer is the barrel rename the run carries out.
  const barrel = await runInRepo(makeTempRepo(files('from .headers import OldH\n')), 'verify', '--no-color');
  expect(barrel.code).toBe(0);
  expect(barrel.stderr + barrel.stdout).not.toContain('NewH');
  // One manifest entry, though it derives a move for the definer: counted as written.
  expect(barrel.stderr).toContain('verify passed: 1 move matches the code.');
});
