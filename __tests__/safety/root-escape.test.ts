// --apply never writes outside the repository root: symlinks leading out are skipped (symlink-outside)
// and never followed, and manifest or command-line paths that escape the root stop the run (exit 2).
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo } from '../helpers/temp-repo';
import { CORE_LIB } from '../helpers/installed-packages';

afterAll(cleanupTempDirs);

const IMPORT = "import x from 'legacy-lib';\n";
const js = (extra: object = {}) => JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }], ...extra } });

describe('never outside the root', () => {
  test('symlinks to files and directories outside the root are skipped: symlink-outside, and the outside files stay untouched', async () => {
    const outside = makeTempDir({ 'victim.ts': IMPORT, 'dir/victim2.ts': IMPORT });
    const root = makeTempRepo({ 'ssot-codemod.json': js(), ...CORE_LIB, 'src/inside.ts': IMPORT });
    fs.symlinkSync(path.join(outside, 'victim.ts'), path.join(root, 'src/link.ts'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'src/linkdir'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'links');
    const { code, stdout } = await runCli(['run', '--apply', '--format', 'json'], root);
    expect(code).toBe(0);
    const files = JSON.parse(stdout).files as Array<{ path: string; status: string; reason?: string }>;
    expect(files.find((f) => f.path === 'src/link.ts')).toMatchObject({ status: 'skipped', reason: 'symlink-outside' });
    expect(files.find((f) => f.path === 'src/linkdir')).toMatchObject({ status: 'skipped', reason: 'symlink-outside' });
    expect(files.find((f) => f.path === 'src/inside.ts')?.status).toBe('changed');
    expect(fs.readFileSync(path.join(outside, 'victim.ts'), 'utf8')).toBe(IMPORT);
    expect(fs.readFileSync(path.join(outside, 'dir/victim2.ts'), 'utf8')).toBe(IMPORT);
    expect(fs.lstatSync(path.join(root, 'src/link.ts')).isSymbolicLink()).toBe(true);
  });

  test('a symlink named on the command line that leads outside is skipped, not followed', async () => {
    const outside = makeTempDir({ 'victim.ts': IMPORT });
    const root = makeTempRepo({ 'ssot-codemod.json': js(), ...CORE_LIB });
    fs.symlinkSync(path.join(outside, 'victim.ts'), path.join(root, 'link.ts'));
    const { stdout } = await runCli(['run', '--apply', '--allow-dirty', '--format', 'json', 'link.ts'], root);
    expect(JSON.parse(stdout).files).toEqual([expect.objectContaining({ path: 'link.ts', status: 'skipped', reason: 'symlink-outside' })]);
    expect(fs.readFileSync(path.join(outside, 'victim.ts'), 'utf8')).toBe(IMPORT);
  });

  test.each([
    ['javascript.tsconfig', js({ tsconfig: '../tsconfig.json' }), '$.javascript.tsconfig "../tsconfig.json" points outside the repository root'],
    ['javascript.tsconfig (absolute)', js({ tsconfig: '/etc/tsconfig.json' }), '$.javascript.tsconfig "/etc/tsconfig.json" points outside'],
    ['python.roots', JSON.stringify({ python: { roots: ['src', '../../lib'], moves: [{ from: 'a.b', to: 'a.c' }] } }), '$.python.roots[1] "../../lib" points outside'],
    ['exclude', JSON.stringify({ exclude: ['../**'], javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }), '$.exclude[0] "../**" points outside'],
    ['python.exclude', JSON.stringify({ python: { exclude: ['/abs/**'], moves: [{ from: 'a.b', to: 'a.c' }] } }), '$.python.exclude[0] "/abs/**" points outside'],
    ['javascript.exclude', js({ exclude: ['src/../../x'] }), '$.javascript.exclude[0] "src/../../x" points outside'],
  ])('a manifest %s escaping the root is refused with exit 2', async (_name, manifest, message) => {
    const root = makeTempRepo({ 'ssot-codemod.json': manifest, 'a.ts': IMPORT, 'a.py': 'import a.b\n' });
    const { code, stderr } = await runCli(['run', '--apply'], root);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  test.each([
    [['run', '--apply', '../elsewhere'], 'is outside the repository root'],
    [['run', '--apply', '/'], 'is outside the repository root'],
    [['run', '--apply', '--include', '../**'], '--include "../**" points outside the repository root'],
    [['run', '--apply', '--exclude', '!/etc/**'], '--exclude "!/etc/**" points outside the repository root'],
  ])('command-line paths escaping the root are refused with exit 2: %j', async (argv, message) => {
    const root = makeTempRepo({ 'ssot-codemod.json': js(), ...CORE_LIB, 'a.ts': IMPORT });
    const { code, stderr } = await runCli(argv, root);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
