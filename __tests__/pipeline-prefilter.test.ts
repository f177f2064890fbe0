// The plan prefilter's per-directory lookup of a Python file's test agrees with the per-file one
// (what it lets through is proven in python-may-reference.test.ts and javascript-prefilter.test.ts).
import fc from 'fast-check';
import { compilePlan } from '../src/manifest/plan';
import { createPlanPrefilter } from '../src/pipeline/prefilter';

describe('plan prefilter, Python side', () => {
  const plan = compilePlan(
    { python: { roots: ['.', 'src'], moves: [{ from: 'pkg.app.ws.manager', to: 'pkg.app.ws.canonical' }, { from: 'pkg.agents.registry:Registry', to: 'pkg.agents.supervisor:Registry' }] } } as never,
    { file: 'ssot-codemod.json' },
  );
  const SOURCES = ['from . import manager\n', 'from .ws import manager\n', 'from ..ws.manager import X\n', 'from .registry import Registry\n', 'import os\n', 'x = manager\n'];
  const DIRECTORIES = ['', 'pkg', 'pkg/app', 'pkg/app/ws', 'pkg/app/ws/manager', 'pkg/agents', 'src/pkg/app', 'src/pkg/app/ws', 'tests', 'pkg/app/services'];
  const FILES = ['__init__.py', 'mod.py', 'types.pyi', 'manager.py'];

  test('one instance answers every file as a fresh one does (its per-directory lookup is the per-file one)', () => {
    const file = fc.record({ directory: fc.constantFrom(...DIRECTORIES), name: fc.constantFrom(...FILES), source: fc.constantFrom(...SOURCES) });
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 30 }), (files) => {
        const shared = createPlanPrefilter(plan);
        for (const { directory, name, source } of files) {
          const relPath = directory === '' ? name : `${directory}/${name}`;
          const bytes = Buffer.from(source, 'utf8');
          expect(shared(bytes, relPath, 'python')).toBe(createPlanPrefilter(plan)(bytes, relPath, 'python'));
        }
      }),
      { numRuns: 300 },
    );
  });
});

// A comment in the gap before `(` matches one way only: sympy's `#####…` banner after a mention of
// import_module took the prefilter's expression exponential time (26 `#`: 6 s, 30: over a minute).
test.each(['import_module', 'importlib.import_module', '__import__'])('a banner of # after %s takes the prefilter no backtracking', (callee) => {
  const plan = compilePlan({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }] } } as never, { file: 'ssot-codemod.json' });
  const passes = createPlanPrefilter(plan);
  for (const source of [`${callee}\n${'#'.repeat(26)}\n`, `${callee}  ${'#'.repeat(26)}`, `x = ${callee}(  ${'#'.repeat(26)}\n    y)\n`]) {
    const t0 = process.hrtime.bigint();
    passes(Buffer.from(source), 'm.py', 'python');
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(500);
  }
});
