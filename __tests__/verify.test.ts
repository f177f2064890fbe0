// verify: the manifest checked against the code. Module-level Python names (blocks, __all__), JS
// exports (export * chains, default, renames), missing symbols, API gaps of whole-module moves,
// and the CLI's exit codes, --preset, and the gate in front of `run --apply`.
import fs from 'node:fs';
import { main } from '../src/cli/main';
import { loadManifest } from '../src/manifest/load';
import { presetFile, presetsDirectory, PRESETS } from '../src/manifest/presets';
import { compilePlan } from '../src/manifest/plan';
import type { Manifest } from '../src/manifest/manifest';
import { readPythonNames } from '../src/verify/python-names';
import { verifyPlan } from '../src/verify/verify-plan';
import { captureOutput, cleanupTempDirs, makeTempDir, makeTempRepo, type FileMap } from './helpers/temp-repo';
import { runInRepo } from './helpers/run-cli';

afterAll(cleanupTempDirs);

function verify(manifest: Manifest, files: FileMap, aliases = [{ pattern: '@/*', targets: ['web/*'] }]) {
  const root = makeTempDir(files);
  const plan = compilePlan(manifest, { file: 'm.json', aliases });
  return verifyPlan(plan, { root }).issues;
}

const cli = runInRepo;

test('module-level Python names: def/class, imports, assignments in top-level if/try blocks, __all__; not function locals', () => {
  const names = readPythonNames(
    [
      'import os, a.b as ab',
      'from .x import (Y as Z, W)',
      'try:',
      '    from fast import Impl',
      'except ImportError:',
      '    Impl = None',
      'if True:',
      '    FLAG: bool = True',
      'A, B = C, D',
      'E = F = 3',
      'G: int',
      'H = 1; I = (2, 3); J: int = 4',
      'type Alias = int',
      '@decorator',
      'class K:',
      '    inner = 1',
      'async def f():',
      '    local = 2',
      '__all__ = ["K", "f"]',
      '__all__ += ["A"]',
      '',
    ].join('\n'),
    'm.py',
  );
  // `H = 1; I = …; J: int = 4`: each simple statement of a line binds its own name.
  expect([...names.names.keys()].sort()).toEqual(['A', 'Alias', 'B', 'E', 'F', 'FLAG', 'H', 'I', 'Impl', 'J', 'K', 'W', 'Z', '__all__', 'ab', 'f', 'os'].sort());
  expect(names.names.get('K')).toBe('class');
  expect(names.all).toEqual(['K', 'f', 'A']);
});

const PY = {
  python: {
    roots: ['src'],
    moves: [
      { from: 'app.old:Thing', to: 'app.new:Thing' },
      { from: 'app.legacy', to: 'app.new' },
      { from: 'app.gone', to: 'app.new', note: 'no longer exists: valid' },
    ],
  },
};

test('Python: a moved symbol the canonical module lacks, and the API gap of a whole-module move', () => {
  const issues = verify(PY, {
    'src/app/__init__.py': '',
    'src/app/new.py': 'from app.base import Base\n\nclass Other(Base):\n    pass\n',
    'src/app/legacy.py': 'import json\nfrom typing import Any\nfrom app.new import Other\n\n\ndef helper():\n    return 1\n\n_private = 2\n',
  });
  expect(issues.map((i) => [i.code, i.symbol, i.legacyFile, i.canonicalFile])).toEqual([
    ['missing-symbol', 'Thing', undefined, 'src/app/new.py'],
    ['api-gap', 'helper', 'src/app/legacy.py', 'src/app/new.py'],
  ]);
  expect(issues[1].message).toContain('Add a symbol move "app.legacy:helper"');
});

test('Python: __all__ decides the public names, and names listed in the canonical __all__ count as provided', () => {
  const issues = verify(PY, {
    'src/app/new.py': 'from app.impl import *\n__all__ = ["Thing", "Other"]\n',
    'src/app/impl.py': 'class Thing: pass\nclass Other: pass\n',
    'src/app/legacy.py': 'from app.impl import Thing\n\ndef extra(): pass\n\n__all__ = ["Thing"]\n',
  });
  expect(issues).toEqual([]);
});

test('Python: a missing canonical module is an error; a missing legacy module is not', () => {
  const issues = verify(PY, { 'src/app/legacy.py': 'X = 1\n' });
  expect(issues.map((i) => [i.code, i.source])).toEqual([
    ['missing-canonical-module', '$.python.moves[0]'],
    ['missing-canonical-module', '$.python.moves[1]'],
    ['missing-canonical-module', '$.python.moves[2]'],
  ]);
});

test('JS: export * chains are followed, export { a as b }, default and declarations count; gaps are named', () => {
  const manifest = {
    javascript: {
      moves: [
        { from: '@/old', to: '@/index' },
        { from: '@/legacy:Thing', to: '@/index:Renamed' },
        { from: '@/legacy:default', to: '@/index:default' },
        { from: '@/legacy:Missing', to: '@/index:Missing' },
      ],
    },
  };
  const issues = verify(manifest, {
    'web/index.ts': "export * from './a';\nexport { impl as Renamed } from './b';\nexport default 1;\n",
    'web/a.ts': "export * from './deep/c';\nexport const a = 1;\n",
    'web/deep/c.ts': 'export interface C { x: number }\nexport enum E { A }\nexport type T = string;\n',
    'web/b.ts': 'export function impl() {}\n',
    'web/old.ts': "export { a } from './a';\nexport type { C, T } from './deep/c';\nexport class Lost {}\n",
  });
  expect(issues.map((i) => [i.code, i.symbol])).toEqual([
    ['api-gap', 'Lost'],
    ['missing-symbol', 'Missing'],
  ]);
});

describe('cli verify', () => {
  const files: FileMap = {
    'ssot-codemod.json': JSON.stringify(PY),
    'src/app/__init__.py': '',
    'src/app/new.py': 'class Thing:\n    pass\n',
    'src/app/legacy.py': 'def helper():\n    return 1\n',
    'src/app/use.py': 'from app.legacy import helper\n',
    'src/app/use_thing.py': 'from app.old import Thing\n',
  };

  test('exit 1 with one line per error, 0 when clean, json on request', async () => {
    const repo = makeTempRepo(files);
    const failing = await cli(repo, 'verify');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('error: api-gap: $.python.moves[1]: helper is provided by legacy src/app/legacy.py but not by canonical src/app/new.py');
    expect(failing.stderr).toContain('verify failed: 1 error in 3 moves');
    const json = JSON.parse((await cli(repo, 'verify', '--format', 'json')).stdout);
    expect(json.errors.map((e: { code: string }) => e.code)).toEqual(['api-gap']);
    const clean = makeTempRepo({ ...files, 'src/app/new.py': 'class Thing:\n    pass\n\ndef helper():\n    return 2\n' });
    expect(await cli(clean, 'verify')).toMatchObject({ code: 0, stdout: '' });
  });

  test('run --apply refuses (exit 2) on verify errors unless --no-verify; a dry run prints the same error above the diffs', async () => {
    const repo = makeTempRepo(files);
    const refused = await cli(repo, 'run', '--apply');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('error: api-gap');
    expect(refused.stderr).toContain('pass --no-verify');
    const dry = await cli(repo, 'run');
    expect(dry.stdout.indexOf('error: api-gap')).toBeLessThan(dry.stdout.indexOf('diff --git'));
    expect(dry.stdout).not.toContain('warning: api-gap');
    const json = await cli(repo, 'run', '--format', 'json');
    expect(json.stderr).toContain('error: api-gap');
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect((await cli(repo, 'run', '--apply', '--no-verify')).code).toBe(0);
  });

  test('--preset and --manifest together are a usage error; unknown presets get a suggestion; presets lists them', async () => {
    const repo = makeTempRepo(files);
    const both = await cli(repo, 'verify', '--preset', 'netra-websocket-ssot', '--manifest', 'ssot-codemod.json');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--manifest and --preset both name a manifest');
    const typo = await cli(repo, 'scan', '--preset', 'netra-websocket');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "netra-websocket-ssot"');
    const list = captureOutput();
    expect(await main(['presets'], { stdout: list, stderr: captureOutput(), cwd: repo })).toBe(0);
    expect(list.text()).toMatch(/^netra-websocket-ssot {2}netra-systems\/zen/);
  });
});

test('every presets/*.json has a description in src/manifest/presets.ts and vice versa, and each is a valid manifest', () => {
  const dir = presetsDirectory();
  const shipped = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)).sort();
  expect(Object.keys(PRESETS).sort()).toEqual(shipped);
  for (const name of shipped) expect(() => loadManifest(presetFile(name), makeTempDir())).not.toThrow();
});
