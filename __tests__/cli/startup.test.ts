// Start-up stays light: the compiled CLI entry, run in a fresh Node process, loads nothing heavy for
// `--version` and `--help` (no yargs, Babel, diff, Ajv, piscina, no command module), and a run over a tree
// without a single reference loads neither yargs, Babel, the diff printer, the thread pool nor (without
// a glob) picomatch.
// Asserts on the modules in require.cache, not on timings (those are in the report, not in CI).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDist, REPO } from '../helpers/build-dist';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

beforeAll(buildDist, 180_000);
afterAll(cleanupTempDirs);

interface Loaded {
  code: number;
  stdout: string;
  /** Package names under node_modules (`@babel/parser`, `yargs`) and package files (`ajv/dist/core.js`). */
  packages: string[];
  files: string[];
  /** Modules of this package, relative to dist/ (`src/cli/main.js`). */
  own: string[];
  /** Node's own modules loaded after main.js was required (`child_process`, `crypto`…). */
  builtins: string[];
}

/** Runs main(argv) of the built CLI in a new process and lists what it loaded. */
function loadedBy(argv: string[], cwd: string): Loaded {
  const script = `
    const before = new Set(process.moduleLoadList);
    const { main } = require(${JSON.stringify(path.join(REPO, 'dist', 'src', 'cli', 'main.js'))});
    let stdout = '';
    main(${JSON.stringify(argv)}, { stdout: { write: (s) => (stdout += s) }, stderr: { write: () => true }, cwd: process.cwd() }).then((code) => {
      const keys = Object.keys(require.cache);
      const builtins = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
      process.stdout.write(JSON.stringify({ code, stdout, keys, builtins }));
    });`;
  // From a file, not `node -e`: an eval preloads crypto, which would hide whether the CLI loads it.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-startup-')), 'load.js');
  fs.writeFileSync(file, script);
  const child = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  if (child.status !== 0) throw new Error(child.stderr);
  const { code, stdout, keys, builtins } = JSON.parse(child.stdout) as { code: number; stdout: string; keys: string[]; builtins: string[] };
  const inPackages = keys.filter((k) => k.includes(`${path.sep}node_modules${path.sep}`)).map((k) => k.slice(k.lastIndexOf(`node_modules${path.sep}`) + 'node_modules/'.length).split(path.sep).join('/'));
  const packages = [...new Set(inPackages.map((k) => k.split('/').slice(0, k.startsWith('@') ? 2 : 1).join('/')))];
  const dist = path.join(REPO, 'dist') + path.sep;
  const own = keys.filter((k) => k.startsWith(dist)).map((k) => k.slice(dist.length).split(path.sep).join('/'));
  return { code, stdout, packages, files: inPackages, own, builtins };
}

const HEAVY = ['@babel/parser', 'diff', 'ajv', 'piscina'];

describe('start-up', () => {
  test('--version prints the version and loads neither yargs nor anything heavy', () => {
    const loaded = loadedBy(['--version'], REPO);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toBe(`${require('../../package.json').version}\n`);
    for (const name of [...HEAVY, 'yargs']) expect(loaded.packages).not.toContain(name);
    expect(loaded.own.filter((f) => f.includes('/commands/'))).toEqual([]);
  });

  test('--help loads neither yargs (the general help is laid out without it) nor any command module, Babel, diff, Ajv or piscina', () => {
    const loaded = loadedBy(['--help'], REPO);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('ssot-codemod run [paths..]');
    for (const name of [...HEAVY, 'yargs']) expect(loaded.packages).not.toContain(name);
    expect(loaded.own.filter((f) => f.includes('/commands/') || f.includes('/rewrite/'))).toEqual([]);
  });

  test('run --help loads yargs and the run command, still without Babel, diff or piscina', () => {
    const loaded = loadedBy(['run', '--help'], REPO);
    expect(loaded.code).toBe(0);
    expect(loaded.packages).toContain('yargs');
    expect(loaded.own).toContain('src/cli/commands/run.js');
    for (const name of ['@babel/parser', 'diff', 'piscina']) expect(loaded.packages).not.toContain(name);
  });

  test('a run over a tree without a single reference loads neither yargs, Babel, diff, piscina nor the schema compiler', () => {
    const repo = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] } }),
      'pkg/__init__.py': '',
      'pkg/core.py': 'X = 1\n',
      'app/main.py': 'import os\n',
      'web/app.ts': "import x from 'react';\n",
    });
    const loaded = loadedBy(['run', '--format', 'text'], repo);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('0 changed');
    // A well-formed command line is read by yargs-parser alone (known-flags.ts); no glob, no picomatch.
    for (const name of ['yargs', '@babel/parser', 'diff', 'piscina', 'picomatch']) expect(loaded.packages).not.toContain(name);
    // No rewriter at all (no file passed the prefilter), neither verify's consumer census nor the
    // --verify python bridge (run's gate reads no consumer), nor the JS export reader (no JS module).
    expect(loaded.own.filter((f) => f.startsWith('src/rewrite/js/') && f !== 'src/rewrite/js/module-key.js')).toEqual([]);
    expect(loaded.own).not.toContain('src/rewrite/python/index.js');
    expect(loaded.own).not.toContain('src/verify/js-exports.js');
    expect(loaded.own).not.toContain('src/verify/consumer-imports.js');
    expect(loaded.own).not.toContain('src/pipeline/python-verifier.js');
    // The canonical module's names (verify's check, plan.python.provided) are read by the
    // tokenizer-level reader alone: the parser does not load.
    expect(loaded.own.filter((f) => f.startsWith('src/rewrite/python/parse/'))).toEqual([]);
    // The manifest validator is compiled ahead of time: only Ajv's small runtime helpers may load.
    expect(loaded.files.filter((f) => f.startsWith('ajv/') && !f.startsWith('ajv/dist/runtime/'))).toEqual([]);
    // No file changed, so nothing is hashed; a JSON report asks neither git nor python3.
    expect(loaded.builtins).not.toContain('crypto');
    const json = loadedBy(['run', '--format', 'json'], repo);
    expect(json.code).toBe(0);
    for (const name of ['crypto', 'child_process']) expect(json.builtins).not.toContain(name);
  });

  test('a run whose Python moves all name symbols reads only the targets\' imports, with the tokenizer-level reader: the parser does not load', () => {
    const repo = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.legacy:X', to: 'pkg.core:X' }] } }),
      'pkg/__init__.py': '',
      'pkg/core.py': 'X = 1\n',
      'app/main.py': 'import os\n',
    });
    // --no-verify: verify reads the canonical modules' names for its own check.
    const loaded = loadedBy(['run', '--no-verify'], repo);
    expect(loaded.code).toBe(0);
    // The targets' module-level imports are read (manifest/loads-from.ts: a file a target loads
    // names from is never re-pointed at it) by the names reader.
    expect(loaded.own).toContain('src/manifest/loads-from.js');
    expect(loaded.own.filter((f) => f.startsWith('src/rewrite/python/parse/'))).toEqual([]);
  });

  test('a run that rewrites files of one language loads only that language’s rewriter', () => {
    const files = { 'pkg/__init__.py': '', 'pkg/core.py': 'X = 1\n', 'app/main.py': 'from pkg.legacy import X\n', 'web/app.ts': "import x from 'legacy-lib';\n" };
    const pythonRepo = makeTempRepo({ ...files, 'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] } }) });
    const python = loadedBy(['run', '--dry-run'], pythonRepo);
    expect(python.stdout).toContain('1 changed');
    expect(python.own).toContain('src/rewrite/python/index.js');
    expect(python.own.filter((f) => f.startsWith('src/rewrite/js/') && f !== 'src/rewrite/js/module-key.js')).toEqual([]);
    const javascriptRepo = makeTempRepo({ ...files, 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }) });
    const javascript = loadedBy(['run', '--dry-run'], javascriptRepo);
    expect(javascript.stdout).toContain('1 changed');
    expect(javascript.own).toContain('src/rewrite/js/index.js');
    // The prefilter's small helpers (spellings, no reader, no rewriter) are all of the Python side a JS run needs.
    const helpers = ['computed-call-spelling', 'file-path-spelling', 'may-reference', 'module-path', 'submodule-moves'];
    expect(javascript.own.filter((f) => f.startsWith('src/rewrite/python/')).sort()).toEqual(helpers.map((h) => `src/rewrite/python/${h}.js`));
  });
});
