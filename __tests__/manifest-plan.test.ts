// Manifest loading: schema errors name the JSON path and the fix (exit-2 RunErrors),
// chains resolve, cycles are refused, tsconfig aliases feed JS module keys, needles are derived.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunError } from '../src/errors';
import { planFromManifestText } from '../src/manifest/load';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const plan = (manifest: unknown, root = os.tmpdir()) => planFromManifestText(JSON.stringify(manifest), 'm.json', root);
const failure = (manifest: unknown | string): RunError => {
  try {
    planFromManifestText(typeof manifest === 'string' ? manifest : JSON.stringify(manifest), 'm.json', os.tmpdir());
  } catch (error) {
    expect(error).toBeInstanceOf(RunError);
    return error as RunError;
  }
  throw new Error('expected the manifest to be rejected');
};

describe('manifest validation', () => {
  test('malformed JSON reports line and column', () => {
    const e = failure('{\n  "python": {\n    "moves": [,]\n  }\n}');
    expect(e.message).toMatch(/^m\.json:3:\d+: /);
    expect(e.exitCode).toBe(2);
  });

  test('unknown key suggests the closest one', () => {
    expect(failure({ python: { movs: [] } }).message).toContain('unknown key "movs" at $.python; did you mean "moves"?');
  });

  test('bad module string names its JSON path', () => {
    expect(failure({ python: { moves: [{ from: 'pkg/legacy', to: 'pkg.canonical' }] } }).message).toContain('$.python.moves[0].from is not a dotted module path');
    // A JS folder written with its slash named no module any import spells: a run that matched nothing, verify passed.
    expect(failure({ javascript: { moves: [{ from: './src/middleware/', to: './src/mw' }] } }).message).toBe(
      'm.json: $.javascript.moves[0].from "./src/middleware/" ends with "/": write the folder without it ("./src/middleware"), which names its index and every module below it.',
    );
    expect(failure({ javascript: { moves: [{ from: '@/old', to: '@/new/:X' }] } }).message).toContain('$.javascript.moves[0].to "@/new/:X" ends with "/"');
  });

  test('wrong type', () => {
    expect(failure({ python: { roots: 'src', moves: [{ from: 'a', to: 'b' }] } }).message).toContain('$.python.roots must be array');
  });

  test('empty moves', () => {
    expect(failure({ javascript: { moves: [] } }).message).toContain('$.javascript.moves is empty');
  });

  test('no language section', () => {
    expect(failure({}).message).toContain('neither "python" nor "javascript"');
  });

  test('a move onto itself', () => {
    expect(failure({ python: { moves: [{ from: 'a.b', to: 'a.b' }] } }).message).toContain('$.python.moves[0] moves "a.b" onto itself');
  });

  test('a Python move onto its own module suggests the files, for a module turned into a package', () => {
    expect(failure({ python: { roots: ['src'], moves: [{ from: 'pkg.util', to: 'pkg.util' }] } }).message).toBe(
      'm.json: $.python.moves[0] moves "pkg.util" onto itself (to turn the module into a package or back, write its files: "./src/pkg/util.py" → "./src/pkg/util/__init__.py"); remove the move or give it a different "to".',
    );
  });

  test('Python ends written as files are their modules below the roots; one module\'s two files are a relocation, not a move', () => {
    const p = plan({
      python: {
        roots: ['src', '.'],
        moves: [
          { from: './src/pkg/old.py:Thing', to: './src/pkg/new/__init__.py:Thing' },
          { from: './src/pkg/util.py', to: './src/pkg/util/__init__.py' },
          { from: './tools/a.pyi', to: 'tools.b' },
        ],
      },
    }).python!;
    expect(p.moves.map((m) => [m.id, m.source])).toEqual([
      ['pkg.old:Thing → pkg.new:Thing', '$.python.moves[0]'],
      ['tools.a → tools.b', '$.python.moves[2]'],
    ]);
    expect(p.fileRelocations).toEqual([{ module: 'pkg.util', from: 'src/pkg/util.py', to: 'src/pkg/util/__init__.py', source: '$.python.moves[1]' }]);
    expect(failure({ python: { roots: ['src'], moves: [{ from: './lib/x.py', to: 'a.b' }] } }).message).toBe(
      'm.json: $.python.moves[0].from: ./lib/x.py is no module file below the roots (src); write a .py file inside one of python.roots, or the module\'s dotted path.',
    );
    expect(failure({ python: { moves: [{ from: './pkg/util.py:X', to: './pkg/util/__init__.py:X' }] } }).message).toContain("moves pkg.util's file, which takes all its names along; drop the :Symbol.");
    expect(failure({ python: { moves: [{ from: './pkg/util.py', to: 'pkg.util' }] } }).message).toContain('moves "pkg.util" onto itself (to turn the module into a package or back');
  });

  test('two moves with the same from', () => {
    const e = failure({ python: { moves: [{ from: 'a.b', to: 'c' }, { from: 'a.b', to: 'd' }] } });
    expect(e.message).toContain('$.python.moves[1].from "a.b" is already moved by $.python.moves[0]');
  });

  test('a cycle A→B→A is refused', () => {
    const e = failure({ python: { moves: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] } });
    expect(e.message).toMatch(/cycle \(a → b → a\)/);
  });

  test('a move onto its own module is refused with its cause, not called a cycle', () => {
    expect(failure({ python: { moves: [{ from: 'a:X', to: 'a' }] } }).message).toBe(
      'm.json: $.python.moves[0] moves "a:X" onto itself (a "to" without :Symbol keeps the name); remove the move or give it a different "to".',
    );
    // A file turned into a folder's index, named without its extension: which file was it?
    const e = failure({ javascript: { moves: [{ from: './src/scheduler', to: './src/scheduler/index.ts' }] } });
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('$.javascript.moves[0] names one module twice: ./src/scheduler and ./src/scheduler/index.ts are the same module to an import without an extension; write "from" with the old file');
    expect(e.message).not.toContain('cycle');
    // With its extension, the old file is the legacy side (only imports that spell it reach it).
    const folder = plan({ javascript: { moves: [{ from: './src/scheduler.ts', to: './src/scheduler/index.ts' }] } }).javascript!;
    expect(folder.moves.map((m) => [m.fromKey, m.toKey])).toEqual([['file:src/scheduler.ts', 'file:src/scheduler']]);
    expect(folder.explicitFiles).toEqual({ 'src/scheduler': 'file:src/scheduler.ts' });
    const back = plan({ javascript: { moves: [{ from: './src/scheduler/index.ts', to: './src/scheduler.ts' }] } }).javascript!;
    expect(back.explicitFiles).toEqual({ 'src/scheduler': 'file:src/scheduler/index.ts' });
    const root = makeTempDir();
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }');
    expect(() => plan({ javascript: { moves: [{ from: '@/lib/ws', to: './src/lib/ws.ts' }] } }, root)).toThrow(
      /names one module twice: @\/lib\/ws and \.\/src\/lib\/ws\.ts are the same file, so there is nothing to rewrite/,
    );
    // A rename in place is a move, not a self-move.
    expect(plan({ python: { moves: [{ from: 'a:X', to: 'a:Y' }] } }).python?.moves).toHaveLength(1);
  });

  test('two JS spellings of one file count as the same legacy module', () => {
    const root = makeTempDir();
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }');
    expect(() =>
      planFromManifestText(
        JSON.stringify({ javascript: { moves: [{ from: '@/lib/ws', to: '@/lib/a' }, { from: './src/lib/ws.ts', to: '@/lib/b' }] } }),
        'm.json',
        root,
      ),
    ).toThrow(/names the same module as \$\.javascript\.moves\[0\]\.from/);
  });
});

describe('plan compilation', () => {
  test('chains resolve to the final target with a notice', () => {
    const p = plan({ python: { moves: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }] } });
    expect(p.python!.moves.map((m) => m.id)).toEqual(['a → c', 'b → c']);
    expect(p.notices.join('\n')).toContain('chain resolved: a → b → c');
  });

  test('a symbol follows its module when that module moves wholesale', () => {
    const p = plan({ python: { moves: [{ from: 'a:X', to: 'b:Y' }, { from: 'b', to: 'c' }] } });
    expect(p.python!.moves[0]).toMatchObject({ from: { module: 'a', symbol: 'X' }, to: { module: 'c', symbol: 'Y' } });
  });

  test('a whole-module move into a module whose symbol moves on derives a symbol move', () => {
    const p = plan({ python: { moves: [{ from: 'a', to: 'b' }, { from: 'b:S', to: 'c:T' }] } });
    expect(p.python!.moves.map((m) => m.id)).toContain('a:S → c:T');
  });

  test('symbol and default ends are split off', () => {
    const p = plan({ javascript: { moves: [{ from: 'legacy-pkg:default', to: 'new-pkg:Thing' }, { from: 'node:fs', to: 'fs-extra' }] } });
    expect(p.javascript!.moves[0]).toMatchObject({ from: { module: 'legacy-pkg', symbol: 'default' }, fromKey: 'pkg:legacy-pkg' });
    expect(p.javascript!.moves[1].from).toEqual({ module: 'node:fs' });
  });

  test('tsconfig paths (through extends) give alias moves file keys', () => {
    const root = makeTempDir();
    fs.mkdirSync(path.join(root, 'web'));
    fs.writeFileSync(path.join(root, 'tsconfig.base.json'), '{ // comment\n "compilerOptions": { "baseUrl": "web", "paths": { "@/*": ["./*"], }, } }');
    fs.writeFileSync(path.join(root, 'tsconfig.json'), '{ "extends": "./tsconfig.base.json" }');
    const p = plan({ javascript: { moves: [{ from: '@/services/legacyWs', to: './web/services/ws.ts' }] } }, root);
    expect(p.javascript!.aliases).toEqual([{ pattern: '@/*', targets: ['web/*'] }]);
    expect(p.javascript!.baseUrl).toBe('web');
    expect(p.javascript!.moves[0]).toMatchObject({ fromKey: 'file:web/services/legacyWs', toKey: 'file:web/services/ws' });
  });

  test('needles: last module component for Python, basename or specifier for JS', () => {
    const p = plan({
      python: { moves: [{ from: 'app.websocket_core.unified_manager', to: 'app.websocket_core.websocket_manager' }] },
      javascript: { moves: [{ from: './src/lib/ws-manager.ts:WSManager', to: './src/services/ws.ts:WebSocketService' }, { from: 'legacy-pkg', to: 'new-pkg' }] },
    });
    expect(p.needles).toEqual(['legacy-pkg', 'unified_manager', 'ws-manager']);
  });
});
