// A moved module's stub left behind without its source (`pkg/old.pyi`, `lib/old.d.ts`): type
// checkers still find the old module through it, so verify warns (declaration-left) and names the
// git mv; it is quiet while the legacy source is there, or when the canonical module has its own.
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const manifest = JSON.stringify({
  python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }, { from: 'pkg.kept', to: 'pkg.typed' }] },
  javascript: { moves: [{ from: './lib/old.js', to: './lib/new.js' }, { from: './lib/src.js', to: './lib/ts.ts' }] },
});

test('a stub whose source moved away is a warning naming the move to make; a legacy source still there, a canonical stub or a TS canonical file are not', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest,
    'pkg/__init__.py': '',
    'pkg/new.py': 'def f() -> int:\n    return 1\n',
    'pkg/old.pyi': 'def f() -> int: ...\n',
    'pkg/kept.py': 'from pkg.typed import g\n',
    'pkg/kept.pyi': 'def g() -> int: ...\n',
    'pkg/typed.py': 'def g() -> int:\n    return 1\n',
    'lib/new.js': 'export const f = () => 1;\n',
    'lib/old.d.ts': 'export declare const f: () => number;\n',
    'lib/ts.ts': 'export const h = (): number => 1;\n',
    'lib/src.d.ts': 'export declare const h: () => number;\n',
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  expect(verify.code).toBe(0);
  const warnings = (verify.stderr + verify.stdout).split('\n').filter((l) => l.startsWith('warning: declaration-left'));
  expect(warnings).toEqual([
    'warning: declaration-left: $.python.moves[0]: pkg/old.pyi declares the legacy module, whose source is gone, and pkg/new.pyi does not exist: mypy and pyright still find the old module through it and the canonical module goes without it; move it (git mv pkg/old.pyi pkg/new.pyi), or delete it.',
    'warning: declaration-left: $.javascript.moves[0]: lib/old.d.ts declares the legacy module, whose source is gone, and lib/new.d.ts does not exist: tsc still finds the old module through it and the canonical module goes without it; move it (git mv lib/old.d.ts lib/new.d.ts), or delete it.',
  ]);
});
