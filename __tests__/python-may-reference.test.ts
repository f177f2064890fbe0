// may-reference: the Python rewriter's shortcut that skips tokenizing files which cannot name a
// legacy module. Examples of both answers, then the soundness property: on random files of every
// reference form (absolute, aliased ancestors, relative at every level, string targets, mentions)
// placed in random packages, the rewriter with the shortcut returns exactly what the full rewrite
// returns, and whenever the full rewrite finds anything, the shortcut said "may reference".
import fs from 'node:fs';
import fc from 'fast-check';
import { compilePlan } from '../src/manifest/plan';
import { pythonRewriter, rewriteEveryReference } from '../src/rewrite/python';
import { mayReference } from '../src/rewrite/python/may-reference';
import { moduleOfPath } from '../src/rewrite/python/module-path';
import type { MigrationPlan } from '../src/types';
import { casePath, discoverCases } from './helpers/fixture-cases';
import { runs, SEED } from './helpers/source-arbitraries';

const MOVES = [
  { from: 'pkg.app.ws_core.manager', to: 'pkg.app.ws_core.canonical' },
  { from: 'pkg.app.ws_core.unified_manager:WSM', to: 'pkg.app.ws_core.canonical:WSM' },
  { from: 'pkg.agents.registry:AgentRegistry', to: 'pkg.agents.supervisor:AgentRegistry' },
];
const planOf = (moves: object[]): MigrationPlan => compilePlan({ python: { roots: ['.'], moves } } as never, { file: 'ssot-codemod.json' });
const PLAN = planOf(MOVES);
const may = (source: string, path: string) => mayReference(source, moduleOfPath(path, ['.']), PLAN.python!.moves);

describe('mayReference', () => {
  test.each([
    ['an absolute import', 'from pkg.app.ws_core.manager import X\n', 'tests/t.py'],
    ['the parent package', 'from pkg.app.ws_core import manager\n', 'other/o.py'],
    ['an aliased ancestor and an attribute chain', 'import pkg.app as A\nx = A.ws_core.manager.X\n', 'other/o.py'],
    ['a string target', 'patch("pkg.agents.registry.AgentRegistry")\n', 'tests/t.py'],
    ['a sibling relative import', 'from . import manager\n', 'pkg/app/ws_core/x.py'],
    ['a relative import two levels up', 'from ..ws_core.manager import X\n', 'pkg/app/services/y.py'],
    ['a relative import from a package __init__', 'from .ws_core import unified_manager\n', 'pkg/app/__init__.py'],
  ])('may: %s', (_label, source, path) => {
    expect(may(source, path)).toBe(true);
  });

  test.each([
    ['the last component only, outside the package', 'session_manager = manager()\nfrom .manager import X\n', 'tests/t.py'],
    ['the last component in an unrelated package', 'from other.manager import thing\n', 'other/o.py'],
    ['a relative import whose base is not an ancestor', 'from . import manager\n', 'pkg/agents/x.py'],
    ['a deep file in another branch of the package', 'from ... import manager\n', 'pkg/agents/sub/w.py'],
    ['no legacy component at all', 'import os\n', 'pkg/app/ws_core/x.py'],
  ])('cannot: %s', (_label, source, path) => {
    expect(may(source, path)).toBe(false);
  });
});

const FILES = ['pkg/__init__.py', 'pkg/app/__init__.py', 'pkg/app/ws_core/__init__.py', 'pkg/app/ws_core/x.py', 'pkg/app/services/y.py', 'pkg/agents/sub/w.py', 'pkg/agents/registry.py', 'tests/t.py', 'other/o.py'];
const NAMES = ['manager', 'unified_manager', 'ws_core', 'app', 'agents', 'registry', 'WSM', 'AgentRegistry', 'X'];
const RELATIVE_MODULES = ['', 'manager', 'unified_manager', 'ws_core', 'ws_core.manager', 'ws_core.unified_manager', 'app.ws_core', 'app.ws_core.manager', 'registry', 'agents.registry', 'agents'];

const statement = fc.oneof(
  fc.constantFrom(
    'from pkg.app.ws_core.manager import X\n',
    'from pkg.app.ws_core import manager, unified_manager\n',
    'import pkg.app.ws_core.manager\ny = pkg.app.ws_core.manager.X\n',
    'import pkg.app.ws_core.unified_manager as um\ny = um.WSM\n',
    'import pkg.app as A\ny = A.ws_core.manager.X\n',
    'import pkg\ny = pkg.agents.registry.AgentRegistry\n',
    'from pkg.agents.registry import AgentRegistry as AR\n',
    'from pkg.app.ws_core.unified_manager import (\n    WSM,\n    other,\n)\n',
    'target = "pkg.app.ws_core.manager.X"\n',
    'target = "pkg.agents.registry.AgentRegistry"\n',
    '# see pkg.app.ws_core.unified_manager for details\n',
    'session_manager = 1\nfrom other.manager import thing\n',
    'registry = {}\n',
    'x = 1\n',
  ),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...RELATIVE_MODULES), fc.constantFrom(...NAMES)).map(
    ([level, module, name]) => `from ${'.'.repeat(level)}${module} import ${name}\n`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('ws_core', 'app', 'agents')).map(
    ([level, name]) => `from ${'.'.repeat(level)} import ${name}\nz = ${name}.manager.X if ${name} else ${name}.registry.AgentRegistry\n`,
  ),
);

test('the shortcut never changes a result: same outcome as the full rewrite, and "may" wherever it finds anything', () => {
  let referencing = 0;
  let skipped = 0;
  fc.assert(
    fc.property(fc.array(statement, { maxLength: 6 }), fc.constantFrom(...FILES), fc.subarray(MOVES, { minLength: 1 }), (statements, path, moves) => {
      const source = statements.join('');
      const plan = planOf(moves);
      const input = { source, path, plan };
      const full = rewriteEveryReference(input);
      expect(pythonRewriter.rewrite(input)).toEqual(full);
      const maybe = mayReference(source, moduleOfPath(path, ['.']), plan.python!.moves);
      if (full.edits.length > 0 || full.findings.length > 0) {
        expect(maybe).toBe(true);
        referencing++;
      } else if (!maybe) skipped++;
    }),
    { seed: SEED, numRuns: runs(400) },
  );
  // The generator must exercise both sides, or the property proves nothing.
  expect(referencing).toBeGreaterThan(50);
  expect(skipped).toBeGreaterThan(20);
});

test('every py-imports fixture gets the same outcome with and without the shortcut', () => {
  for (const c of discoverCases('py-imports')) {
    if (c.name.startsWith('syntax-error-')) continue;
    const plan = compilePlan(JSON.parse(fs.readFileSync(c.manifestFile, 'utf8')), { file: c.manifestFile });
    const input = { source: c.input, path: casePath(c), plan, options: { rewriteComments: c.options.rewriteComments, tolerant: c.options.tolerant } };
    expect({ name: c.name, outcome: pythonRewriter.rewrite(input) }).toEqual({ name: c.name, outcome: rewriteEveryReference(input) });
  }
});
