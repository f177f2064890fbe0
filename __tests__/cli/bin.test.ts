// The installed command: builds dist/ with `npm run build`, then spawns bin/ssot-codemod.js as a
// real process on a temporary git repository (help, exit codes, stderr, process.exitCode).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildDist } from '../helpers/build-dist';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

const REPO = path.join(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'ssot-codemod.js');

beforeAll(buildDist, 180_000);
afterAll(cleanupTempDirs);

const spawnBin = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('bin/ssot-codemod.js', () => {
  test('runs the compiled CLI: help exits 0, usage and manifest errors exit 2 with one line on stderr', () => {
    const repo = makeTempRepo({ 'src/a.py': 'import pkg.legacy\n' });
    const help = spawnBin(['run', '--help'], repo);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--allow-dirty');

    const unknown = spawnBin(['run', '--aply'], repo);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('ssot-codemod: unknown option --aply; did you mean --apply?\n');

    const noManifest = spawnBin(['run'], repo);
    expect(noManifest.status).toBe(2);
    expect(noManifest.stderr).toMatch(/^ssot-codemod: manifest error: no manifest at .*ssot-codemod\.json; create ssot-codemod\.json at the repository root or pass --manifest FILE\.\n$/);
  });

  test('an installation without presets/ says so and how to go on, instead of an internal error', () => {
    const install = makeTempRepo({});
    fs.cpSync(path.join(REPO, 'dist', 'src'), path.join(install, 'dist', 'src'), { recursive: true });
    fs.cpSync(path.join(REPO, 'bin'), path.join(install, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(REPO, 'package.json'), path.join(install, 'package.json'));
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(install, 'node_modules'));
    const repo = makeTempRepo({ 'a.py': 'import os\n' });
    const result = spawnSync(process.execPath, [path.join(install, 'bin', 'ssot-codemod.js'), 'run', '--preset', 'netra-websocket-ssot'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ssot-codemod: io error: ssot-codemod's presets\/ directory is missing from its installation \(looked upwards from .*\); reinstall ssot-codemod, or pass --manifest FILE instead of --preset\.\n$/);
  });

  // A terminal is needed to see color at all: util-linux `script` gives the command one.
  const script = ['/usr/bin/script', '/bin/script'].find((p) => fs.existsSync(p));
  (script ? test : test.skip)('colors diffs on a terminal, and not when NO_COLOR, FORCE_COLOR=0, TERM=dumb or an unnamed CI says not to', () => {
    const repo = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }] } }),
      'pkg/__init__.py': '',
      'pkg/old.py': 'X = 1\n',
      'pkg/new.py': 'X = 1\n',
      'a.py': 'from pkg.old import X\n',
    });
    // A minimal environment: the caller's may say CI=1, NO_COLOR, NODE_DISABLE_COLORS…, which
    // Node's hasColors() reads (an unnamed CI service gets no color).
    const onTerminal = (env: Record<string, string>) => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} run`;
      const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? repo, TERM: 'xterm-256color' };
      return spawnSync(script!, ['-qec', command, '/dev/null'], { cwd: repo, encoding: 'utf8', env: { ...base, ...env } }).stdout;
    };
    expect(onTerminal({})).toContain('\x1b[31m-from pkg.old import X');
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { CI: '1' }, { TERM: 'dumb' }] as Record<string, string>[]) {
      const plain = onTerminal(env);
      expect(plain).toContain('-from pkg.old import X');
      // No color (SGR) sequence; the progress line on stderr still erases itself (`ESC[K`).
      expect(plain).not.toMatch(/\x1b\[[0-9;]*m/);
    }
  });
});
