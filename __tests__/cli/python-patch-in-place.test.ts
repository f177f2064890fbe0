// "Patch where it is looked up": when a symbol moves out of a legacy module that stays and that
// module's own code still calls it (pip's `unpack_file` calling `unzip_file`; netra's manager class
// calling `_serialize_message_safely`), `patch("legacy.X")` intercepts that call. Re-pointed at
// "canonical.X" it would intercept nothing the legacy code does, and the test would quietly run the
// real thing: such a patch target is left as written, with a manual finding naming the line.
// Uses only inside the moved definitions, at module level (import time) or in non-patch strings do not count;
// a patch of an attribute of the moved object (`patch("legacy.X.method")`) changes that one object,
// reached the same way from both modules, so it follows the move (poetry's `EnvManager.get` patches).
import fs from 'node:fs';
import path from 'node:path';
import { readUsedInPlace } from '../../src/manifest/python-used-in-place';
import { compilePlan } from '../../src/manifest/plan';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const LEGACY = [
  'def helper():',
  '    return 1',
  '',
  'def moved_too():',
  '    return helper()  # leaves with moved_too',
  '',
  'def lonely():',
  '    return 2',
  '',
  'ALIAS = lonely  # import time, not call time',
  '',
  'class Runner:',
  '    def run(self):',
  '        return helper()',
  '',
].join('\n');

const TREE = {
  'ssot-codemod.json': JSON.stringify({
    python: {
      moves: [
        { from: 'pkg.legacy:helper', to: 'pkg.canonical:helper' },
        { from: 'pkg.legacy:moved_too', to: 'pkg.canonical:moved_too' },
        { from: 'pkg.legacy:lonely', to: 'pkg.canonical:lonely' },
      ],
    },
  }),
  'pkg/__init__.py': '',
  'pkg/legacy.py': LEGACY,
  'pkg/canonical.py': 'def helper():\n    return 1\n\ndef moved_too():\n    return helper()\n\ndef lonely():\n    return 2\n',
  'tests/test_x.py': [
    'from unittest import mock',
    '',
    '@mock.patch("pkg.legacy.helper")',
    'def test_runner(m):',
    '    pass',
    '',
    'def test_lonely(monkeypatch):',
    '    monkeypatch.setattr("pkg.legacy.lonely", lambda: 3)',
    '    with mock.patch(',
    '        "pkg.legacy.moved_too",',
    '    ):',
    '        pass',
    '',
    '@mock.patch("pkg.legacy.helper.cache", {})',
    'def test_attribute(m):',
    '    pass',
    '',
    'TARGETS = ["pkg.legacy.helper"]',
    '',
    '# A target held in a variable the file patches with (a networkx trial), and one it does not.',
    'TARGET = "pkg.legacy.helper"',
    'OTHER = "pkg.legacy.helper"',
    '',
    'def test_variable():',
    '    with mock.patch(TARGET, return_value=1):',
    '        pass',
    '',
  ].join('\n'),
};

test('a patch of a symbol the legacy module still calls stays, with the line; other targets follow the move', async () => {
  const repo = makeTempRepo(TREE);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  const out = fs.readFileSync(path.join(repo, 'tests/test_x.py'), 'utf8').split('\n');
  expect(out[2]).toBe('@mock.patch("pkg.legacy.helper")');
  expect(out[7]).toBe('    monkeypatch.setattr("pkg.canonical.lonely", lambda: 3)');
  expect(out[9]).toBe('        "pkg.canonical.moved_too",');
  expect(out[13]).toBe('@mock.patch("pkg.canonical.helper.cache", {})');
  expect(out[17]).toBe('TARGETS = ["pkg.canonical.helper"]');
  expect(out[20]).toBe('TARGET = "pkg.legacy.helper"');
  expect(out[21]).toBe('OTHER = "pkg.canonical.helper"');
  expect(run.stdout).toContain('manual tests/test_x.py:21:10: pkg.legacy:helper → pkg.canonical:helper: pkg.legacy still uses helper itself (line 14');
  expect(run.stdout).toContain(
    'manual tests/test_x.py:3:13: pkg.legacy:helper → pkg.canonical:helper: pkg.legacy still uses helper itself (line 14, in code that stays there), and this patch intercepts that use; re-pointed at pkg.canonical.helper it would not: keep it, or patch where the code under test looks the name up, by hand',
  );
});

test('readUsedInPlace: call-time uses outside the moved definitions, first line each', () => {
  const repo = makeTempRepo(TREE);
  const plan = compilePlan(JSON.parse(TREE['ssot-codemod.json']), { file: 'ssot-codemod.json' });
  const fileOf = (module: string) => (module === 'pkg.legacy' ? 'pkg/legacy.py' : undefined);
  expect(readUsedInPlace(plan.python!, repo, fileOf)).toEqual({ 'pkg.legacy:helper': 14 });
  // A whole-module move takes everything along: nothing stays to use it.
  const whole = compilePlan({ python: { moves: [...JSON.parse(TREE['ssot-codemod.json']).python.moves, { from: 'pkg.legacy', to: 'pkg.canonical' }] } } as never, { file: 'ssot-codemod.json' });
  expect(readUsedInPlace(whole.python!, repo, fileOf)).toEqual({});
});

// The trio trial: `_highlevel_open_tcp_stream.py` called `format_host_port` only inside an f-string,
// so its patch was re-pointed and no longer reached the call. The literal text around the fields is
// no use: netra's unified_manager says "Use get_websocket_manager() factory function" in an error message.
test('readUsedInPlace: a name in an f-string field of a function that stays is a call-time use', () => {
  const repo = makeTempRepo({
    'pkg/legacy.py': 'def moved():\n    return f"{helper()}"  # leaves with moved\n\n\ndef literal():\n    return f"use other() {{not helper()}}, not {\'helper\'}: {width}"\n\n\ndef stays(host):\n    raise OSError(f"no results for {host!r:>{width}}: {helper(host)}")\n',
  });
  const plan = compilePlan({ python: { moves: [{ from: 'pkg.legacy:helper', to: 'pkg.util:helper' }, { from: 'pkg.legacy:moved', to: 'pkg.util:moved' }, { from: 'pkg.legacy:width', to: 'pkg.util:width' }] } } as never, { file: 'ssot-codemod.json' });
  const fileOf = (module: string) => (module === 'pkg.legacy' ? 'pkg/legacy.py' : undefined);
  expect(readUsedInPlace(plan.python!, repo, fileOf)).toEqual({ 'pkg.legacy:helper': 10, 'pkg.legacy:width': 6 });
});
