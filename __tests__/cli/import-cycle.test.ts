// A file the canonical module runs when it loads is never re-pointed at it, in either
// language: on netra, websocket_manager.py imports protocols.py, which imported WebSocketConnection
// from the legacy unified_manager; at netra's beta-17, @/types/unified re-exports metrics.types.ts,
// which re-exported the legacy performance-metrics. Re-pointed, Python raises ImportError (a partly
// initialized module) and the JS names would be re-exported from nowhere. CPython judges the Python side.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';
import { pythonMinor } from '../helpers/python-oracle';

afterAll(cleanupTempDirs);

const files: Record<string, string> = {
  'ssot-codemod.json': JSON.stringify({
    python: { moves: [{ from: 'pkg.perf', to: 'pkg.core' }] },
    javascript: { tsconfig: 'tsconfig.json', moves: [{ from: '@/types/perf', to: '@/types/unified' }, { from: '@/types/deep', to: '@/types/unified' }] },
  }),
  'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
  'pkg/__init__.py': '',
  'pkg/core/__init__.py': 'from .metrics import A\nB = 2\n',
  'pkg/core/metrics.py': 'from pkg.perf import A\n',
  'pkg/perf.py': 'A = 1\n',
  'app.py': 'from pkg.perf import A\nprint(A)\n',
  'types/unified/index.ts': "export * from './metrics';\nexport * from './nested';\nexport const unifiedOnly = 1;\n",
  // A barrel re-exporting a barrel: the JS chain is followed to its end.
  'types/unified/nested/index.ts': "export * from './deep';\n",
  'types/unified/nested/deep.ts': "export { deep } from '../../deep';\n",
  'types/deep.ts': 'export const deep = 3;\n',
  'types/unified/metrics.ts': "export { perf, PERF_MAX } from '../perf';\n",
  'types/perf.ts': 'export const perf = 1;\nexport const PERF_MAX = 2;\n',
  'app.ts': "import { perf } from '@/types/perf';\nexport const x = perf;\n",
};

const python = (repo: string, code: string) => spawnSync('python3', ['-c', code], { cwd: repo, encoding: 'utf8' });

/** A dry run's JSON report over `repo`, by path (the run must succeed). */
async function reportByPath(repo: string): Promise<Map<string, { path: string; status: string; findings: { kind: string; reason?: string }[] }>> {
  const result = await runInRepo(repo, 'run', '--format', 'json');
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout) as { files: { path: string; status: string; findings: { kind: string; reason?: string }[] }[] };
  return new Map(report.files.map((f) => [f.path, f]));
}

describe('a file the canonical module loads names from', () => {
  test('is left with the same manual finding in both languages; its importers are rewritten', async () => {
    const repo = makeTempRepo(files);
    const byPath = await reportByPath(repo);
    expect(byPath.get('app.py')!.status).toBe('changed');
    expect(byPath.get('app.ts')!.status).toBe('changed');
    expect(byPath.get('pkg/core/metrics.py')).toMatchObject({ status: 'unchanged', findings: [{ kind: 'manual', reason: 'pkg.core runs this file when it loads: re-pointed at it, the two would import each other' }] });
    expect(byPath.get('types/unified/metrics.ts')).toMatchObject({
      status: 'unchanged',
      findings: [{ kind: 'manual', reason: '@/types/unified runs this file when it loads: re-pointed at it, the two would import each other' }],
    });
    expect(byPath.get('types/unified/nested/deep.ts')).toMatchObject({ status: 'unchanged', findings: [{ kind: 'manual' }] });
  });

  (pythonMinor() !== undefined ? test : test.skip)('CPython: the refused rewrite raises ImportError; the applied run imports', async () => {
    const naive = makeTempRepo({ ...files, 'pkg/core/metrics.py': 'from pkg.core import A\n' });
    const refused = python(naive, 'import pkg.core');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('partially initialized module');

    const repo = makeTempRepo(files);
    expect((await runInRepo(repo, 'run', '--apply', '--allow-dirty')).code).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'app.py'), 'utf8')).toBe('from pkg.core import A\nprint(A)\n');
    expect(fs.readFileSync(path.join(repo, 'pkg/core/metrics.py'), 'utf8')).toBe(files['pkg/core/metrics.py']);
    expect(python(repo, 'import app').stdout).toBe('1\n');
  });
});

// netra f4a191060's move of get_config onto netra_backend.app.config: config.py imports
// core.configuration.base, so Python runs core/configuration/__init__.py first, and that package
// file imported get_config from the legacy module (scripts/import-probe.ts found nine test modules
// that stopped importing when it was re-pointed).
const packageFiles: Record<string, string> = {
  'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'app.core.configuration.base:get_config', to: 'app.config:get_config' }] } }),
  'app/__init__.py': '',
  'app/config.py': 'from app.core.configuration.base import load\n\ndef get_config():\n    return load()\n',
  'app/core/__init__.py': '',
  'app/core/configuration/__init__.py': 'from app.core.configuration.base import get_config\n',
  'app/core/configuration/base.py': 'def load():\n    return 1\n\ndef get_config():\n    return load()\n',
  'main.py': 'from app.core.configuration.base import get_config\nprint(get_config())\n',
};

describe('a package __init__.py the canonical module runs on the way to its import', () => {
  test('is left manual; other importers are rewritten', async () => {
    const repo = makeTempRepo(packageFiles);
    const byPath = await reportByPath(repo);
    expect(byPath.get('app/core/configuration/__init__.py')).toMatchObject({
      status: 'unchanged',
      findings: [{ kind: 'manual', reason: 'app.config runs this file when it loads: re-pointed at it, the two would import each other' }],
    });
    expect(byPath.get('main.py')!.status).toBe('changed');
  });

  (pythonMinor() !== undefined ? test : test.skip)('CPython: re-pointed, importing the canonical module fails; the applied run imports', async () => {
    const naive = makeTempRepo({ ...packageFiles, 'app/core/configuration/__init__.py': 'from app.config import get_config\n' });
    const refused = python(naive, 'import app.config');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('partially initialized module');
    const repo = makeTempRepo(packageFiles);
    expect((await runInRepo(repo, 'run', '--apply', '--allow-dirty')).code).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'main.py'), 'utf8')).toBe('from app.config import get_config\nprint(get_config())\n');
    expect(python(repo, 'import app.config; import main').stdout).toBe('1\n');
  });
});

describe('a file the canonical module loads that imports only names staying there', () => {
  // excalidraw: packages/common/src/queue.ts does `import { promiseTry } from "."`, and the index
  // re-exports queue.ts; renaming `throttleRAF` in place called queue.ts an import cycle (JS only).
  test('has nothing to re-point and no finding, in either language', async () => {
    const repo = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({
        python: { moves: [{ from: 'pkg:old_name', to: 'pkg:new_name' }] },
        javascript: { moves: [{ from: './src/index.ts:oldName', to: './src/index.ts:newName' }] },
      }),
      'src/index.ts': "export * from './utils';\nexport * from './queue';\n",
      'src/utils.ts': 'export const newName = 1;\nexport const promiseTry = 2;\n',
      'src/queue.ts': "import { promiseTry } from '.';\nexport const q = promiseTry;\n",
      'app.ts': "import { oldName } from './src';\nexport const a = oldName;\n",
      'pkg/__init__.py': 'from .utils import *\nfrom .queue import q\n',
      'pkg/utils.py': 'new_name = 1\npromise_try = 2\n',
      'pkg/queue.py': 'from pkg import promise_try\nq = promise_try\n',
      'app.py': 'from pkg import old_name\n',
    });
    const byPath = await reportByPath(repo);
    expect(byPath.get('src/queue.ts')).toMatchObject({ status: 'unchanged', findings: [] });
    expect(byPath.get('pkg/queue.py')!.findings).toEqual([]);
    expect(byPath.get('app.ts')!.status).toBe('changed');
    expect(byPath.get('app.py')!.status).toBe('changed');
  });
});

describe('an import the canonical module makes only for the type checker', () => {
  // pydantic: _internal/_typing_extra.py imports pydantic.fields under `if TYPE_CHECKING:`; moving
  // _typing_extra called fields.py's import of it an import cycle, though that block never runs.
  test('is no load: the file is re-pointed; an else branch (which runs) still is one', async () => {
    const repo = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old_extra', to: 'pkg.typing_extra' }, { from: 'pkg.old_util', to: 'pkg.util' }] } }),
      'pkg/__init__.py': '',
      // flask writes `if TYPE_CHECKING:  # pragma: no cover` (the comment once made it a one-line `if`)
      'pkg/typing_extra.py': 'from typing import TYPE_CHECKING\nimport typing\n\nif TYPE_CHECKING:\n    from pkg.fields import Field\n\nif typing.TYPE_CHECKING: from pkg.models import Model\n\nif TYPE_CHECKING:  # pragma: no cover\n    from pkg.hinted import Hint\n\nX = 1\n',
      'pkg/hinted.py': 'from pkg.old_extra import X\nHint = X\n',
      'pkg/old_extra.py': 'X = 1\n',
      'pkg/util.py': 'from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    pass\nelse:\n    from pkg.runner import run\n\nY = 2\n',
      'pkg/old_util.py': 'Y = 2\n',
      'pkg/fields.py': 'from pkg.old_extra import X\nField = X\n',
      'pkg/models.py': 'from pkg.old_extra import X\nModel = X\n',
      'pkg/runner.py': 'from pkg.old_util import Y\n\ndef run():\n    return Y\n',
    });
    const byPath = await reportByPath(repo);
    expect(byPath.get('pkg/fields.py')!.status).toBe('changed');
    expect(byPath.get('pkg/models.py')!.status).toBe('changed');
    expect(byPath.get('pkg/hinted.py')!.status).toBe('changed');
    expect(byPath.get('pkg/runner.py')).toMatchObject({ status: 'unchanged', findings: [{ kind: 'manual', reason: 'pkg.util runs this file when it loads: re-pointed at it, the two would import each other' }] });
  });
});

// sqlalchemy's util/__init__.py imports 72 names from its submodule langhelpers.py, which takes its
// siblings with `from . import _collections`: that does not wait for the package's __init__.py (it
// is already loading), so moving langhelpers.py to lang.py closes no cycle. A name the package itself
// defines (`from . import VERSION`) does wait for it, and stays a cycle.
test('a package __init__ importing its moved submodule is re-pointed when the submodule takes only siblings from the package', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.util.langhelpers', to: 'pkg.util.lang' }, { from: 'pkg.conf.old', to: 'pkg.conf.new' }] } }),
    'pkg/__init__.py': '',
    'pkg/exc.py': 'class Error(Exception):\n    pass\n',
    'pkg/util/__init__.py': 'from .langhelpers import symbol as symbol\n',
    'pkg/util/_collections.py': 'EMPTY = ()\n',
    'pkg/util/lang.py': 'from . import _collections\nfrom .. import exc\n\n\ndef symbol():\n    return _collections.EMPTY, exc.Error\n',
    'pkg/conf/__init__.py': 'VERSION = 1\nfrom .old import settings\n',
    'pkg/conf/new.py': 'from . import VERSION\n\nsettings = {"version": VERSION}\n',
    'app.py': 'from pkg.util.langhelpers import symbol\nprint(symbol())\n',
  });
  const report = await reportByPath(repo);
  expect(report.get('pkg/util/__init__.py')?.findings.map((f) => f.kind)).toEqual(['rewritten']);
  expect(report.get('pkg/conf/__init__.py')?.findings.map((f) => f.kind)).toEqual(['manual']);
  const applied = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(applied.stderr).toBe('');
  expect(applied.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'pkg/util/__init__.py'), 'utf8')).toBe('from .lang import symbol as symbol\n');
  expect(python(repo, 'import app').stdout).toBe("((), <class 'pkg.exc.Error'>)\n");
});

test('an import inside a function or under if TYPE_CHECKING, in a file the canonical module loads, closes no cycle and is re-pointed (click: core.py reaches shell_completion, which imports core)', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.shell', to: 'pkg.completion' }] } }),
    'pkg/__init__.py': '',
    'pkg/completion.py': 'from .core import Base\n\n\nclass Item(Base):\n    pass\n\n\ndef complete():\n    return Item()\n',
    'pkg/core.py': [
      'import typing as t',
      '',
      'if t.TYPE_CHECKING:',
      '    from .shell import Item',
      '',
      '',
      'class Base:',
      '    def items(self) -> "t.List[Item]":',
      '        from pkg.shell import Item',
      '',
      '        return [Item()]',
      '',
      '',
      'def complete(): from .shell import complete; return complete()',
      '',
      'from .shell import complete as eager  # runs while completion.py is loading core.py',
      '',
    ].join('\n'),
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  const core = fs.readFileSync(path.join(repo, 'pkg/core.py'), 'utf8');
  expect(core).toContain('if t.TYPE_CHECKING:\n    from .completion import Item\n');
  expect(core).toContain('        from pkg.completion import Item\n');
  expect(core).toContain('def complete(): from .completion import complete; return complete()\n');
  expect(core).toContain('from .shell import complete as eager');
  expect(run.stdout).toContain('manual pkg/core.py:16:1: pkg.shell → pkg.completion: pkg.completion runs this file when it loads');
});
