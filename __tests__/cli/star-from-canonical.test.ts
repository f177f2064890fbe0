// A package that stars both the legacy module and the moved name's canonical one (`export * from
// './general'` + `export * from './case'`, vue's @vue/shared; `from .general import *` + `from .case
// import *`) still provides the name: no manual finding, in either language. A canonical module with
// `__all__` may leave it out of its star, so that star stays a finding.
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

interface Report {
  files: { path: string; findings: { kind: string; move: string }[] }[];
}

async function findingsOf(repo: string, file: string): Promise<{ kind: string; move: string }[]> {
  const run = await runInRepo(repo, 'run', '--format', 'json');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as Report).files.find((f) => f.path === file)?.findings ?? [];
}

const manifest = (section: 'python' | 'javascript', moves: { from: string; to: string }[]) =>
  JSON.stringify({ [section]: { ...(section === 'python' ? { roots: ['.'] } : {}), moves } });

test('JS: a barrel starring the canonical module too carries the moved name', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest('javascript', [
      { from: './shared/general.ts:camelize', to: './shared/case.ts:camelize' },
      { from: './shared/general.ts:hyphenate', to: './shared/case.ts:kebab' },
    ]),
    'shared/general.ts': 'export const isArray = Array.isArray;\n',
    'shared/case.ts': 'export const camelize = (s: string) => s;\nexport const kebab = (s: string) => s;\n',
    'shared/index.ts': "export * from './general';\nexport * from './case';\n",
  });
  // camelize comes through './case' under its own name; hyphenate does not (it is kebab now).
  expect(await findingsOf(repo, 'shared/index.ts')).toEqual([expect.objectContaining({ kind: 'manual', move: './shared/general.ts:hyphenate → ./shared/case.ts:kebab' })]);
});

test('Python: a package starring the canonical module too carries the moved name, unless that module has __all__', async () => {
  const files = {
    'ssot-codemod.json': manifest('python', [{ from: 'pkg.general:camelize', to: 'pkg.case:camelize' }]),
    'pkg/general.py': 'def is_array(x):\n    return isinstance(x, list)\n',
    'pkg/__init__.py': 'from .general import *  # noqa: F403\nfrom .case import *  # noqa: F403\n',
  };
  const open = makeTempRepo({ ...files, 'pkg/case.py': 'def camelize(s):\n    return s\n' });
  expect(await findingsOf(open, 'pkg/__init__.py')).toEqual([]);
  const listed = makeTempRepo({ ...files, 'pkg/case.py': '__all__ = ["snake"]\n\n\ndef camelize(s):\n    return s\n\n\ndef snake(s):\n    return s\n' });
  expect(await findingsOf(listed, 'pkg/__init__.py')).toEqual([expect.objectContaining({ kind: 'manual', move: 'pkg.general:camelize → pkg.case:camelize' })]);
});

// The networkx trial: 4 of 5 manual findings were stars of a legacy module that never brought the
// moved name (`_weight_function`, `_dict_to_numpy_array1`: private, and no `__all__` listed them).
// A public name stays a finding even when today's `__all__` leaves it out: the hand move deletes the
// moved name from `__all__` (the re-trial: networkx.utils' star then lost dict_to_numpy_array silently).
test('Python: a star of the legacy module reports no private moved name, unless its __all__ lists it', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest('python', [
      { from: 'pkg.weighted:_weight', to: 'pkg.generic:_weight' },
      { from: 'pkg.weighted:helper', to: 'pkg.generic:helper' },
      { from: 'pkg.listed:_kept_out', to: 'pkg.generic:_kept_out' },
      { from: 'pkg.listed:_listed', to: 'pkg.generic:_listed' },
      { from: 'pkg.listed:deleted_from_all', to: 'pkg.generic:deleted_from_all' },
    ]),
    'pkg/__init__.py': 'from pkg.weighted import *\nfrom pkg.listed import *\n',
    'pkg/weighted.py': 'def dijkstra():\n    pass\n',
    'pkg/listed.py': '__all__ = ["dijkstra2", "_listed"]\n\n\ndef dijkstra2():\n    pass\n',
    'pkg/generic.py': 'def _weight():\n    pass\n\n\ndef helper():\n    pass\n\n\ndef _kept_out():\n    pass\n\n\ndef _listed():\n    pass\n\n\ndef deleted_from_all():\n    pass\n',
  });
  expect((await findingsOf(repo, 'pkg/__init__.py')).map((f) => `${f.kind} ${f.move}`)).toEqual([
    'manual pkg.weighted:helper → pkg.generic:helper',
    'manual pkg.listed:_listed → pkg.generic:_listed',
    'manual pkg.listed:deleted_from_all → pkg.generic:deleted_from_all',
  ]);
});
