// Unit tests of Python module naming and move lookups: module of a path under the longest root,
// relative-import resolution and spelling, symbol moves winning over module moves, dotted-path mapping.
import type { Move } from '../src/types';
import { moduleOfPath, resolveRelative, spellFrom } from '../src/rewrite/python/module-path';
import { createMoveIndex } from '../src/rewrite/python/move-index';

const move = (from: string, to: string): Move => {
  const [fm, fs] = from.split(':');
  const [tm, ts] = to.split(':');
  return { id: `${from} → ${to}`, language: 'python', from: { module: fm, symbol: fs }, to: { module: tm, symbol: ts }, fromKey: fm, toKey: tm, source: '$', localName: 'rename' };
};

describe('moduleOfPath', () => {
  test.each([
    ['netra_backend/app/websocket_core/manager.py', ['.'], 'netra_backend.app.websocket_core.manager', ['netra_backend', 'app', 'websocket_core']],
    ['netra_backend/app/websocket_core/__init__.py', ['.'], 'netra_backend.app.websocket_core', ['netra_backend', 'app', 'websocket_core']],
    ['src/pkg/mod.pyi', ['.', 'src'], 'pkg.mod', ['pkg']],
    ['top.py', ['.'], 'top', []],
  ])('%s under %j', (path, roots, module, pkg) => {
    expect(moduleOfPath(path, roots)).toEqual({ module, package: pkg });
  });

  test('outside every root there is no module', () => {
    expect(moduleOfPath('other/x.py', ['src'])).toBeUndefined();
  });
});

describe('relative imports', () => {
  const pkg = ['app', 'websocket_core'];
  test.each([
    [1, 'manager', 'app.websocket_core.manager'],
    [1, '', 'app.websocket_core'],
    [2, 'agents.registry', 'app.agents.registry'],
    [3, 'x', undefined],
  ])('level %i %s', (level, module, expected) => {
    expect(resolveRelative(pkg, level, module)).toBe(expected);
  });

  test('spelled relative inside the same top-level package, else absolute', () => {
    expect(spellFrom(pkg, 'app.websocket_core.websocket_manager', true)).toEqual({ level: 1, module: 'websocket_manager' });
    expect(spellFrom(pkg, 'app.agents.supervisor.agent_registry', true)).toEqual({ level: 2, module: 'agents.supervisor.agent_registry' });
    expect(spellFrom(pkg, 'app.websocket_core', true)).toEqual({ level: 1, module: '' });
    expect(spellFrom(pkg, 'other.mod', true)).toEqual({ level: 0, module: 'other.mod' });
    expect(spellFrom(pkg, 'app.websocket_core.websocket_manager', false)).toEqual({ level: 0, module: 'app.websocket_core.websocket_manager' });
  });
});

describe('move index', () => {
  const index = createMoveIndex([
    move('a.unified:Old', 'a.canonical:New'),
    move('a.unified', 'a.canonical'),
    move('a.registry:Reg', 'a.sup.registry:Reg'),
    move('a.pkg', 'b.pkg'),
  ]);

  test('a symbol move wins over its module move; other symbols follow the module', () => {
    expect(index.symbolTarget('a.unified', 'Old')).toMatchObject({ module: 'a.canonical', symbol: 'New' });
    expect(index.symbolTarget('a.unified', 'Other')).toMatchObject({ module: 'a.canonical', symbol: 'Other' });
    expect(index.symbolTarget('a.registry', 'Kind')).toBeUndefined();
  });

  test('submodules of a moved package follow it', () => {
    expect(index.moduleTarget('a.pkg.sub.mod')?.module).toBe('b.pkg.sub.mod');
    expect(index.moduleTarget('a.pkgx')).toBeUndefined();
  });

  test('dotted paths map through the most specific move', () => {
    expect(index.mapPath('a.unified.Old.method')?.path).toBe('a.canonical.New.method');
    expect(index.mapPath('a.unified.helper')?.path).toBe('a.canonical.helper');
    expect(index.mapPath('a.registry.Reg')?.path).toBe('a.sup.registry.Reg');
    expect(index.mapPath('a.registry.Kind')).toBeUndefined();
    expect(index.mapPath('a.unifiedx')).toBeUndefined();
  });
});
