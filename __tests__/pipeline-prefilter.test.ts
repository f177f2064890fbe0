// prefilter: a file reaches the parser only when it contains one of the plan's needles; the combined
// byte check agrees with one indexOf per needle on arbitrary bytes (multi-byte and regex characters too);
// the plan prefilter's per-directory lookup of a Python file's test agrees with the per-file one.
import fc from 'fast-check';
import { compilePlan } from '../src/manifest/plan';
import { createPlanPrefilter, createPrefilter, essentialNeedles } from '../src/pipeline/prefilter';

describe('prefilter', () => {
  test('passes files containing any needle, including multi-byte ones', () => {
    const has = createPrefilter(['legacy', 'ancien_é']);
    expect(has(Buffer.from('from pkg.legacy import x'))).toBe(true);
    expect(has(Buffer.from('import ancien_é'))).toBe(true);
    expect(has(Buffer.from('from pkg.core import x'))).toBe(false);
    expect(has(Buffer.alloc(0))).toBe(false);
  });

  test('with no needles every file passes', () => {
    expect(createPrefilter([])(Buffer.from('anything'))).toBe(true);
  });

  test('needles containing another needle are dropped, regex characters are literal', () => {
    expect(essentialNeedles(['unified_manager', 'manager', 'ws-manager', 'registry', 'manager', ''])).toEqual(['manager', 'registry']);
    const has = createPrefilter(['a.b', '(x|y)']);
    expect(has(Buffer.from('aXb'))).toBe(false);
    expect(has(Buffer.from('call(x|y)'))).toBe(true);
  });

  test('agrees with one Buffer.indexOf per needle on arbitrary bytes', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '|', 'é', '\u00e9', '\u20ac', '\n', '\0');
    const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text.filter((t) => t.length > 0), { maxLength: 4 }), text, (needles, content) => {
        const bytes = Buffer.from(content, 'utf8');
        const expected = needles.length === 0 || needles.some((n) => bytes.indexOf(Buffer.from(n, 'utf8')) !== -1);
        expect(createPrefilter(needles)(bytes)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

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
