// discover: which files a run visits (gitignore semantics, globs, skipped trees, symlinks, escapes).
import fs from 'node:fs';
import path from 'node:path';
import { RunError } from '../src/errors';
import { discoverFiles, type DiscoverOptions } from '../src/pipeline/discover';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const discover = (root: string, extra: Partial<DiscoverOptions> = {}) =>
  discoverFiles({ root, cwd: root, paths: [], extensions: ['.ts', '.py'], ...extra });
const pathsOf = (root: string, extra: Partial<DiscoverOptions> = {}) => discover(root, extra).map((c) => c.path);

describe('discover', () => {
  test('honours nested .gitignore files with negation, like git', () => {
    const root = makeTempDir({
      '.gitignore': 'build/\n*.gen.ts\n!keep.gen.ts\n',
      'a.ts': '',
      'b.gen.ts': '',
      'keep.gen.ts': '',
      'build/out.ts': '',
      'pkg/.gitignore': '!b.gen.ts\nlocal.py\n',
      'pkg/b.gen.ts': '',
      'pkg/local.py': '',
      'pkg/mod.py': '',
      'pkg/deep/local.py': '',
      'other/local.py': '',
      'README.md': '',
    });
    expect(pathsOf(root)).toEqual(['a.ts', 'keep.gen.ts', 'other/local.py', 'pkg/b.gen.ts', 'pkg/mod.py']);
  });

  test('honours .git/info/exclude below every .gitignore, and explicitly named files bypass ignores', () => {
    const root = makeTempDir({ '.git/info/exclude': 'local.ts\nshared.ts\n', '.gitignore': '!shared.ts\n', 'local.ts': '', 'shared.ts': '', 'ok.ts': '' });
    expect(pathsOf(root)).toEqual(['ok.ts', 'shared.ts']);
    expect(pathsOf(root, { paths: ['local.ts'] })).toEqual(['local.ts']);
  });

  test('applies the .gitignore files of ancestors when given a subdirectory', () => {
    const root = makeTempDir({ '.gitignore': 'skip.py\n', 'sub/skip.py': '', 'sub/take.py': '' });
    expect(pathsOf(root, { paths: ['sub'] })).toEqual(['sub/take.py']);
  });

  test('skips node_modules, .git, virtualenvs and submodules', () => {
    const root = makeTempDir({
      'node_modules/x/index.ts': '',
      '.venv/lib/a.py': '',
      'venv/lib/a.py': '',
      'env/pyvenv.cfg': '',
      'env/lib/a.py': '',
      'vendor/sub/.git': 'gitdir: ../../.git/modules/sub\n',
      'vendor/sub/a.ts': '',
      'vendor/own.ts': '',
      'src/main.py': '',
    });
    expect(pathsOf(root)).toEqual(['src/main.py', 'vendor/own.ts']);
  });

  test('--include and --exclude globs with ! negation', () => {
    const root = makeTempDir({ 'src/a.ts': '', 'src/a.test.ts': '', 'src/keep.test.ts': '', 'lib/b.ts': '', 'tools/c.py': '' });
    expect(pathsOf(root, { include: ['src/**', 'tools'] })).toEqual(['src/a.test.ts', 'src/a.ts', 'src/keep.test.ts', 'tools/c.py']);
    expect(pathsOf(root, { exclude: ['*.test.ts', '!keep.test.ts', 'lib'] })).toEqual(['src/a.ts', 'src/keep.test.ts', 'tools/c.py']);
    expect(pathsOf(root, { include: ['!tools/**'] })).toEqual(['lib/b.ts', 'src/a.test.ts', 'src/a.ts', 'src/keep.test.ts']);
  });

  test('keeps only extensions some rewriter takes, sorted and de-duplicated', () => {
    const root = makeTempDir({ 'b.ts': '', 'a.py': '', 'c.md': '', 'd.tsx': '' });
    expect(pathsOf(root, { paths: ['.', 'b.ts', './a.py'] })).toEqual(['a.py', 'b.ts']);
  });

  test('an explicitly named file with another extension is reported as skipped', () => {
    const root = makeTempDir({ 'notes.md': '' });
    expect(discover(root, { paths: ['notes.md'] })).toEqual([{ path: 'notes.md', skip: { reason: 'unsupported-extension' } }]);
  });

  test('refuses paths outside the root and paths that do not exist', () => {
    const root = makeTempDir({ 'a.ts': '', 'inner/b.ts': '' });
    const inner = path.join(root, 'inner');
    expect(() => discover(inner, { paths: ['..'] })).toThrow(RunError);
    expect(() => discover(inner, { paths: ['../a.ts'] })).toThrow(/outside the repository root/);
    expect(() => discover(inner, { paths: ['../missing.ts'] })).toThrow(/outside the repository root/);
    expect(discover(inner, { paths: ['../inner/b.ts'] })).toEqual([{ path: 'b.ts' }]);
    expect(() => discover(root, { paths: ['missing.ts'] })).toThrow(/does not exist/);
  });

  test('many files named in one directory (read from its listing) get the verdicts one named file gets', () => {
    const outside = makeTempDir({ 'x.ts': '' });
    const files: Record<string, string> = { 'skip.md': '' };
    for (let i = 0; i < 10; i++) files[`f${i}.ts`] = '';
    const root = makeTempDir({ ...files, 'sub/s.ts': '', '.gitignore': 'f1.ts\n' });
    fs.symlinkSync(path.join(outside, 'x.ts'), path.join(root, 'out.ts'));
    fs.symlinkSync(path.join(root, 'f0.ts'), path.join(root, 'alias.ts'));
    fs.symlinkSync(path.join(root, 'nowhere.ts'), path.join(root, 'dangling.ts'));
    const named = [...Object.keys(files), 'sub', 'out.ts', 'alias.ts', 'dangling.ts'];
    const one = (name: string) => discover(root, { paths: [name] });
    // Each name alone goes through lstat; all of them together through the directory's listing.
    expect(discover(root, { paths: named })).toEqual(named.flatMap(one).sort((a, b) => (a.path < b.path ? -1 : 1)).filter((c, i, all) => i === 0 || all[i - 1].path !== c.path));
    expect(pathsOf(root, { paths: named })).toContain('f1.ts'); // named files bypass .gitignore
    expect(() => discover(root, { paths: [...named, 'missing.ts'] })).toThrow(/missing.ts does not exist/);
  });

  test('symlinks pointing outside the root are skipped as symlink-outside; inner ones are left to their target (or followed when named)', () => {
    const outside = makeTempDir({ 'x.ts': '' });
    const root = makeTempDir({ 'a.ts': '' });
    fs.symlinkSync(path.join(outside, 'x.ts'), path.join(root, 'out.ts'));
    fs.symlinkSync(outside, path.join(root, 'outdir'));
    fs.symlinkSync(path.join(root, 'nowhere.ts'), path.join(root, 'dangling.ts'));
    fs.symlinkSync(path.join(outside, 'x.ts'), path.join(root, 'notes.md'));
    fs.symlinkSync(path.join(root, 'a.ts'), path.join(root, 'alias.ts'));
    fs.mkdirSync(path.join(root, 'real'));
    fs.writeFileSync(path.join(root, 'real', 'r.ts'), '');
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    expect(pathsOf(root, { paths: ['linked', 'alias.ts'] })).toEqual(['a.ts', 'real/r.ts']);
    expect(discover(root)).toEqual([
      { path: 'a.ts' },
      { path: 'dangling.ts', skip: { reason: 'not-a-file', detail: 'dangling symlink' } },
      { path: 'out.ts', skip: { reason: 'symlink-outside', detail: path.join(outside, 'x.ts') } },
      { path: 'outdir', skip: { reason: 'symlink-outside', detail: outside } },
      { path: 'real/r.ts' },
    ]);
  });
});
