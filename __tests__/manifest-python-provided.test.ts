// Unit tests of src/manifest/python-provided.ts on temporary repositories: what each whole-module
// move's canonical module provides to `from <module> import <name>` (submodules, bindings, __all__),
// and which modules stay unknown (missing, star imports, __getattr__, __path__ edits, unparseable).
import fs from 'node:fs';
import path from 'node:path';
import { openPlan } from '../src/cli/commands/session';
import { planFromManifestText } from '../src/manifest/load';
import { readProvidedNames } from '../src/manifest/python-provided';
import type { Move, PythonPlan } from '../src/types';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const move = (from: string, to: string): Move => {
  const [fm, fs_] = from.split(':');
  const [tm, ts] = to.split(':');
  return { id: `${from} → ${to}`, language: 'python', from: { module: fm, symbol: fs_ }, to: { module: tm, symbol: ts }, fromKey: fm, toKey: tm, source: '$', localName: 'rename' };
};
const python = (moves: string[][], roots = ['.']): Pick<PythonPlan, 'roots' | 'moves'> => ({ roots, moves: moves.map(([f, t]) => move(f, t)) });

describe('readProvidedNames', () => {
  test('a package: its submodules, subpackages and namespace directories, and what __init__ binds or lists in __all__', () => {
    const root = makeTempDir({
      'canon/__init__.py': [
        'import os',
        'import canon.deep.inner',
        'from .models import Invoice as Bill',
        'from . import tax',
        '__all__ = ["Bill", "lazy_name"]',
        'VERSION: str = "1"',
        'def make(): pass',
        'class Client:',
        '    inner = 1',
        '    def method(self): local = 2',
        'try:',
        '    import ujson as json',
        'except ImportError:',
        '    import json',
        '',
      ].join('\n'),
      'canon/models.py': 'class Invoice: pass\n',
      'canon/tax.py': '',
      'canon/typed.pyi': 'X: int\n',
      'canon/sub/__init__.py': '',
      'canon/space/thing.py': '',
      'canon/_speedups.cpython-312-x86_64-linux-gnu.so': '',
      'canon/winmod.cp312-win_amd64.pyd': '',
      'canon/__pycache__/models.cpython-312.pyc': '',
      'canon/not-a-module.py': '',
      'canon/README.md': '',
      'canon/data/schema.json': '{}',
    });
    expect(readProvidedNames(python([['legacy', 'canon']]), root)).toEqual({
      canon: ['Bill', 'Client', 'VERSION', '__all__', '_speedups', 'canon', 'data', 'json', 'lazy_name', 'make', 'models', 'os', 'space', 'sub', 'tax', 'typed', 'winmod'].sort(),
    });
  });

  test('a plain module: its bindings only; a namespace package: the submodules of every portion', () => {
    const root = makeTempDir({
      'lib/plain.py': 'A = 1\nB, C = 2, 3\n',
      'src/nspkg/one.py': '',
      'lib/nspkg/two/__init__.py': '',
    });
    expect(readProvidedNames(python([['old_plain', 'plain'], ['old_ns', 'nspkg']], ['src', 'lib']), root)).toEqual({
      plain: ['A', 'B', 'C'],
      nspkg: ['one', 'two'],
    });
  });

  test('the path finder: a regular package in a later root wins over a namespace portion in an earlier one, and its own directory is the only place of its submodules', () => {
    const root = makeTempDir({
      'first/pkg/stray.py': '',
      'second/pkg/__init__.py': 'X = 1\n',
      'second/pkg/real.py': '',
      'first/reg/__init__.py': '',
      'second/reg/elsewhere.py': '',
    });
    const provided = readProvidedNames(python([['a', 'pkg'], ['b', 'reg.elsewhere'], ['c', 'pkg.real']], ['first', 'second']), root);
    expect(provided).toEqual({ pkg: ['X', 'real'], 'pkg.real': [] });
  });

  test('a package wins over a module of the same name; a compiled module beside a source one is unknown', () => {
    const root = makeTempDir({
      'both/__init__.py': 'FROM_PACKAGE = 1\n',
      'both.py': 'FROM_MODULE = 1\n',
      'fast.py': 'A = 1\n',
      'fast.cpython-312-x86_64-linux-gnu.so': '',
    });
    expect(readProvidedNames(python([['a', 'both'], ['b', 'fast']]), root)).toEqual({ both: ['FROM_PACKAGE'] });
  });

  test.each([
    ['a star import of a module outside the repository', 'from requests import *\n'],
    ['a star import of a module whose __all__ is built at run time', 'from .gen import *\n'],
    ['a star import of a module that is itself unknown', 'from .opaque import *\n'],
    ['a module-level __getattr__', 'def __getattr__(name):\n    return name\n'],
    ['an extended __path__', 'from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n'],
    ['sys.modules edits', 'import sys\nsys.modules[__name__ + ".alias"] = sys.modules[__name__]\n'],
    ['a sys.modules entry updated', 'import sys\nsys.modules.update(aliases())\n'],
    ['an attribute set on a sys.modules entry', 'import sys\nsys.modules["canon"].EXTRA = 1\n'],
    ['setattr on a sys.modules entry', 'import sys\nsetattr(sys.modules["canon"], "EXTRA", 1)\n'],
    ["the module's own entry, taken apart", 'import sys\nthis = sys.modules[__name__]\nthis.EXTRA = 1\n'],
    ['globals() edits', 'globals().update(make_names())\n'],
    ['vars() edits', 'vars()["EXTRA"] = 1\n'],
    ['a file the name reader rejects', 'def broken(:\n'],
  ])('%s makes the module unknown', (_, init) => {
    const root = makeTempDir({ 'canon/__init__.py': init, 'canon/impl.py': 'A = 1\n', 'canon/gen.py': '__all__ = make()\n', 'canon/opaque.py': 'globals().update(x)\n' });
    expect(readProvidedNames(python([['legacy', 'canon']]), root)).toEqual({});
  });

  // A canonical module that is a star of the legacy one (a compat facade turned canonical) provides
  // only what the star brings: the legacy module's __all__, else its public names. Taking it for
  // providing everything re-pointed `from s.old import _priv` onto s.new (ImportError, exit 0).
  test('a star import brings the starred module\'s __all__, else its public names, recursively; never its private ones', () => {
    const root = makeTempDir({
      's/__init__.py': '',
      's/new.py': 'from s.old import *  # noqa\nfrom .plain import *\nOWN = 1\n',
      's/old.py': '__all__ = ["pub"]\ndef pub(): pass\ndef other(): pass\ndef _priv(): pass\n',
      's/plain.py': 'import os\nfrom .deeper import *\ndef visible(): pass\ndef _hidden(): pass\n',
      's/deeper.py': 'from .plain import *\nDEEP = 1\n_DEEP = 2\n',
    });
    expect(readProvidedNames(python([['s.old', 's.new']]), root)).toEqual({ 's.new': ['DEEP', 'OWN', 'os', 'pub', 'visible'] });
  });

  test('reading sys.modules binds nothing: the module is listed (netra websocket_manager.py copies it in a function)', () => {
    const init = 'import sys\n\ndef snapshot():\n    # a copy of sys.modules, so iteration survives imports\n    return dict(sys.modules.items())\n\nA = 1\n';
    const root = makeTempDir({ 'canon/__init__.py': init });
    expect(readProvidedNames(python([['legacy', 'canon']]), root)).toEqual({ canon: ['A', 'snapshot', 'sys'] });
  });

  test('a module outside the repository, a compiled module and a file too large to read are unknown', () => {
    const root = makeTempDir({ 'ext.abi3.so': '', 'big.py': `X = 1\n${'# filler\n'.repeat(300_000)}` });
    expect(readProvidedNames(python([['a', 'requests'], ['b', 'ext'], ['c', 'big'], ['d', 'missing.deeper']]), root)).toEqual({});
  });

  test("every move's target module is listed once, symbol moves' too (a star of one carries the name); a missing root lists nothing", () => {
    const root = makeTempDir({ 'canon/__init__.py': 'A = 1\n', 'other.py': 'B = 1\n', 'unrelated.py': 'C = 1\n' });
    expect(readProvidedNames(python([['legacy:A', 'canon:A'], ['old', 'other:B']]), root)).toEqual({ canon: ['A'], other: ['B'] });
    expect(readProvidedNames(python([['legacy:A', 'canon:A'], ['old', 'canon'], ['older', 'canon']]), root)).toEqual({ canon: ['A'] });
    expect(readProvidedNames(python([['x', 'y']]), path.join(root, 'does-not-exist'))).toEqual({});
  });

  test('links are followed inside the root, never out of it', () => {
    const outside = makeTempDir({ 'secret/__init__.py': 'LEAK = 1\n', 'leak.py': '' });
    const root = makeTempDir({ 'real/__init__.py': 'A = 1\n', 'canon/__init__.py': '' });
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'alias'));
    fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'secret'));
    fs.symlinkSync(path.join(outside, 'leak.py'), path.join(root, 'canon', 'leak.py'));
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'canon', 'inner'));
    expect(readProvidedNames(python([['a', 'alias'], ['b', 'secret'], ['c', 'canon']]), root)).toEqual({ alias: ['A'], canon: ['inner'] });
  });
});

describe('where the plan meets the file system', () => {
  const files = {
    'ssot-codemod.json': JSON.stringify({ python: { roots: ['src'], moves: [{ from: 'legacy_pkg', to: 'canonical_pkg' }, { from: 'old:f', to: 'new:f' }] } }),
    'src/canonical_pkg/__init__.py': 'from .api import run\n',
    'src/canonical_pkg/api.py': 'def run(): pass\n',
    'src/canonical_pkg/tools/__init__.py': '',
  };
  const expected = { canonical_pkg: ['api', 'run', 'tools'] };

  test('a loaded manifest carries the lists, and they survive structured cloning and JSON', () => {
    const root = makeTempDir(files);
    const plan = planFromManifestText(files['ssot-codemod.json'], 'm.json', root);
    expect(plan.python?.provided).toEqual(expected);
    expect(structuredClone(plan)).toEqual(plan);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  test("the CLI's openPlan fills them, relative to the root", () => {
    const root = makeTempDir(files);
    const { plan } = openPlan({ cwd: root, manifest: path.join(root, 'ssot-codemod.json') });
    expect(plan.python?.provided).toEqual(expected);
  });

  test('a plan with nothing to list has no `provided` key at all', () => {
    const root = makeTempDir({});
    expect(planFromManifestText(files['ssot-codemod.json'], 'm.json', root).python).not.toHaveProperty('provided');
  });
});
