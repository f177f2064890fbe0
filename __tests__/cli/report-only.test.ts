// Files of languages the tool does not rewrite but whose imports can name a legacy module (Cython
// .pyx/.pxd/.pxi, MDX, Astro): read and prefiltered, reported when they name one (never rewritten),
// counted as no-legacy-name otherwise, and they keep the module they name from prune.
import { cleanupTempDirs, git, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const files = {
  'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }] }, javascript: { moves: [{ from: './src/old.ts', to: './src/new.ts' }] } }),
  'pkg/__init__.py': '',
  'pkg/new.py': 'X = 1\n',
  'pkg/old.py': 'from pkg.new import X  # noqa: F401\n',
  'pkg/fast.pyx': 'from pkg.old import X\ncdef int y = X\n',
  'pkg/other.pyx': 'cdef int z = 1\n',
  'src/new.ts': 'export const a = 1;\n',
  'docs/page.mdx': "import { a } from '../src/old';\n\n# Doc {a}\n",
  'docs/plain.mdx': '# Nothing imported\n',
};

test('a Cython or MDX file naming a legacy module is listed with what to do, left untouched; the others count as no-legacy-name', async () => {
  const repo = makeTempRepo(files);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('8 files scanned: 0 changed, 0 unchanged, 8 skipped (6 no-legacy-name, 2 unsupported-extension), 0 failed');
  expect(run.stdout).toContain('skipped docs/page.mdx: an MDX document, which ssot-codemod does not read, yet it names a legacy module: rewrite its imports by hand');
  expect(run.stdout).toContain('skipped pkg/fast.pyx: a Cython file, which ssot-codemod does not read, yet it names a legacy module: rewrite its imports by hand');
  expect(git(repo, 'status', '--porcelain')).toBe('');
});

test('prune keeps a legacy module a Cython file imports', async () => {
  const repo = makeTempRepo(files);
  const prune = await runInRepo(repo, 'prune', '--no-color');
  expect(prune.stdout).toContain('keep pkg/old.py: still referenced by pkg/fast.pyx');
});
