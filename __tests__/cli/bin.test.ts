// The installed command: builds dist/ with `npm run build`, then spawns bin/ssot-codemod.js as a
// real process on a temporary git repository (help, exit codes, stderr, process.exitCode).
import { spawnSync } from 'node:child_process';
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
});
