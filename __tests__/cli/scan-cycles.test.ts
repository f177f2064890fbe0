// scan's import cycles among the manifest's modules: a package's __init__.py importing its own
// submodules is no cycle (werkzeug's datastructures/__init__.py was reported as importing itself),
// while two manifest modules importing each other still are.
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

test('a package importing its own submodules closes no cycle; two modules importing each other do', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.ds', to: 'pkg.structures' }, { from: 'pkg.a', to: 'pkg.b' }] } }),
    'pkg/__init__.py': '',
    'pkg/ds/__init__.py': 'from .headers import Headers\nfrom . import headers\n',
    'pkg/ds/headers.py': 'class Headers:\n    pass\n',
    'pkg/structures.py': 'X = 1\n',
    'pkg/a.py': 'from pkg.b import Y\n',
    'pkg/b.py': 'from pkg.a import Z\nY = 1\n',
  });
  const scan = await runInRepo(repo, 'scan', '--format', 'json');
  expect(scan.code).toBe(0);
  expect(JSON.parse(scan.stdout).cycles).toEqual([['pkg/a.py', 'pkg/b.py', 'pkg/a.py']]);
});
