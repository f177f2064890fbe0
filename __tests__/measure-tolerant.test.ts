// scripts/measure-tolerant.ts on a small repository: a commit is extracted from its git directory
// (as from the netra mirror), run without and with --tolerant, and python3 confirms that each
// tolerant output fails with its input's error, moved only by the edits above it.
import fs from 'node:fs';
import path from 'node:path';
import { formatMeasurement, measureTolerant } from '../scripts/measure-tolerant';
import { extractTree } from '../scripts/tolerant/extract-tree';
import { pythonMinor } from './helpers/python-oracle';
import { cleanupTempDirs, makeTempDir, makeTempRepo } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const MANIFEST = JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] } });

(pythonMinor() !== undefined ? test : test.skip)('extracts a commit and measures its broken files', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': MANIFEST,
    'a/broken.py': 'from pkg.legacy import A, B\n\nclass C(object)\n    x = A\n',
    'a/hidden.py': 'x = [\nfrom pkg.legacy import A\n',
    'a/fine.py': 'import pkg.legacy\n',
    'a/other.py': 'def f(\n',
    'README.md': 'not extracted\n',
  });
  const into = path.join(makeTempDir(), 'tree');
  const extracted = await extractTree({ gitDir: path.join(repo, '.git'), commit: 'HEAD', into, keep: (p) => p.endsWith('.py') });
  expect(extracted).toEqual({ written: 4, absent: 0 });
  expect(fs.readFileSync(path.join(into, 'a/broken.py'), 'utf8')).toBe('from pkg.legacy import A, B\n\nclass C(object)\n    x = A\n');
  const manifest = path.join(repo, 'ssot-codemod.json');
  const m = await measureTolerant({ tree: into, manifestArgs: ['--manifest', manifest], manifestFile: manifest, python: 'python3', log: () => undefined });
  expect(m).toMatchObject({
    notParsed: 2, // a/other.py names no legacy module, so it never reaches the rewriter
    tolerantChanged: 1,
    tolerantRewritten: 1,
    stillNotParsed: 1,
    stillNotParsedWithReferences: 1,
    sameErrorShifted: 1,
    errorChanged: [],
    verifyRefused: 0,
  });
  expect(formatMeasurement(m)).toContain('python3: 1 of 1 outputs fail with their input\'s error');
});
