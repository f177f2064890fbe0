// The Python twin of js-relocated.test.ts: a module moved with `git mv` into another package still
// spells its relative imports from its old package. The run re-points each `from <dots><module>
// import` and each `from <dots> import <submodule>` of the moved module (and of each module below a moved package) that names nothing from
// where the file is now but named a module from where it was, keeping it relative; what resolves from
// the new package is left alone. CPython then imports the moved module.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const read = (repo: string, file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

test('a moved module re-points the relative imports it carried, and imports again', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old.a', to: 'pkg.new.sub.a' }] } }),
    'pkg/__init__.py': '',
    'pkg/util.py': 'def f():\n    return 1\n',
    'pkg/old/__init__.py': '',
    'pkg/old/helpers.py': 'def h():\n    return 2\n',
    'pkg/new/__init__.py': '',
    // The new package binds `tools` itself: `from . import tools` takes that binding, and stays.
    'pkg/new/sub/__init__.py': 'tools = 0\n',
    'pkg/old/tools.py': '',
    'pkg/new/sub/sibling.py': 'x = 3\n',
    // Moved from pkg/old/a.py.
    'pkg/new/sub/a.py': [
      'from ..util import f',
      'from .helpers import (',
      '    h,',
      ')',
      'from .sibling import x',
      'from . import sibling',
      'from . import helpers as hp, sibling as s2',
      'from .. import util',
      'from . import tools',
      '',
      'def g():',
      '    from ..util import f as again',
      '    return f() + h() + x + again() + hp.h() + util.f() + tools',
      '',
    ].join('\n'),
    'main.py': 'from pkg.old.a import g\nprint(g())\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'pkg/new/sub/a.py')).toBe(
    [
      'from ...util import f',
      'from ...old.helpers import (',
      '    h,',
      ')',
      'from .sibling import x',
      'from . import sibling',
      'from . import sibling as s2',
      'from ...old import helpers as hp',
      'from ... import util',
      'from . import tools',
      '',
      'def g():',
      '    from ...util import f as again',
      '    return f() + h() + x + again() + hp.h() + util.f() + tools',
      '',
    ].join('\n'),
  );
  expect(read(repo, 'main.py')).toBe('from pkg.new.sub.a import g\nprint(g())\n');
  expect(execFileSync('python3', ['main.py'], { cwd: repo, encoding: 'utf8' })).toBe('10\n');
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('each module below a moved package re-points what it reached outside the package', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'app.oldpkg', to: 'app.core.newpkg' }] } }),
    'app/__init__.py': '',
    'app/config.py': 'VALUE = 5\n',
    'app/core/__init__.py': '',
    'app/core/newpkg/__init__.py': 'from .impl import run\n',
    'app/core/newpkg/impl.py': 'from ..config import VALUE\n\ndef run():\n    return VALUE\n',
    'main.py': 'from app.oldpkg.impl import run\nprint(run())\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'app/core/newpkg/impl.py')).toBe('from ...config import VALUE\n\ndef run():\n    return VALUE\n');
  expect(read(repo, 'app/core/newpkg/__init__.py')).toBe('from .impl import run\n');
  expect(execFileSync('python3', ['main.py'], { cwd: repo, encoding: 'utf8' })).toBe('5\n');
});

test('so does each module below a moved namespace package (a directory without __init__.py: flask.sansio)', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'app.sansio', to: 'app.core.sansio' }] } }),
    'app/__init__.py': '',
    'app/config.py': 'VALUE = 5\n',
    'app/core/__init__.py': '',
    'app/core/sansio/impl.py': 'from ..config import VALUE\nfrom . import helpers\n\ndef run():\n    return VALUE + helpers.ONE\n',
    'app/core/sansio/helpers.py': 'ONE = 1\n',
    'app/core/sansio/deep/more.py': 'from ...config import VALUE as V\n',
    'main.py': 'from app.sansio.impl import run\nfrom app.sansio.deep.more import V\nprint(run(), V)\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'app/core/sansio/impl.py')).toBe('from ...config import VALUE\nfrom . import helpers\n\ndef run():\n    return VALUE + helpers.ONE\n');
  expect(read(repo, 'app/core/sansio/deep/more.py')).toBe('from ....config import VALUE as V\n');
  expect(execFileSync('python3', ['main.py'], { cwd: repo, encoding: 'utf8' })).toBe('6 5\n');
});

test('a carried import takes the names it imports along their own moves, in one run (the JS twin: zustand)', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.mw.a', to: 'pkg.mw.deep.a' }, { from: 'pkg.core:OldId', to: 'pkg.core:NewId' }] } }),
    'pkg/__init__.py': '',
    'pkg/core.py': 'class NewId:\n    pass\n',
    'pkg/mw/__init__.py': '',
    'pkg/mw/deep/__init__.py': '',
    'pkg/mw/deep/a.py': 'from ..core import OldId\n\nx = OldId()\n',
    'main.py': 'from pkg.mw.a import x\nprint(type(x).__name__)\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout + run.stderr).not.toContain('matched no reference');
  expect(read(repo, 'pkg/mw/deep/a.py')).toBe('from ...core import NewId\n\nx = NewId()\n');
  expect(execFileSync('python3', ['main.py'], { cwd: repo, encoding: 'utf8' })).toBe('NewId\n');
  const again = await runInRepo(repo, 'run', '--format', 'json');
  expect(JSON.parse(again.stdout).summary.changed).toBe(0);
});

test('a carried import whose module moves too goes where that module goes, in one run', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.a', to: 'pkg.moved.a' }, { from: 'pkg.b', to: 'pkg.shared.b' }] } }),
    'pkg/__init__.py': '',
    'pkg/moved/__init__.py': '',
    'pkg/moved/a.py': 'from .b import B\n',
    'pkg/shared/__init__.py': '',
    'pkg/shared/b.py': 'B = 1\n',
  });
  expect((await runInRepo(repo, 'run', '--apply', '--no-color')).code).toBe(0);
  expect(read(repo, 'pkg/moved/a.py')).toBe('from ..shared.b import B\n');
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('a module turned into a package (./pkg/util.py → ./pkg/util/__init__.py) carries its relative imports one level up', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: './pkg/util.py', to: './pkg/util/__init__.py' }] } }),
    'pkg/__init__.py': '',
    'pkg/errors.py': 'class E(Exception):\n    pass\n',
    'pkg/sibling.py': 'def s():\n    return 1\n',
    // Moved from pkg/util.py: `.errors` meant pkg.errors, and now means pkg.util.errors.
    'pkg/util/__init__.py': 'from .errors import E\nfrom . import sibling\n\n\ndef f():\n    from .sibling import s\n    return E, sibling, s\n',
    'main.py': 'from pkg.util import f\nprint(len(f()))\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'pkg/util/__init__.py')).toBe('from ..errors import E\nfrom .. import sibling\n\n\ndef f():\n    from ..sibling import s\n    return E, sibling, s\n');
  expect(execFileSync('python3', ['main.py'], { cwd: repo, encoding: 'utf8' })).toBe('3\n');
  const again = await runInRepo(repo, 'run', '--no-color');
  expect(again.stdout).toContain('0 changed');
});

test('verify refuses a module turned into a package whose new file is not there yet, and says how to move it', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: './pkg/util.py', to: './pkg/util/__init__.py' }] } }),
    'pkg/__init__.py': '',
    'pkg/util.py': 'from .errors import E\n',
    'pkg/errors.py': 'class E(Exception):\n    pass\n',
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  expect(verify.code).toBe(1);
  expect(verify.stdout).toContain('missing-canonical-module: ./pkg/util/__init__.py does not exist: move the module\'s file first (git mv pkg/util.py pkg/util/__init__.py), then run again.');
  const apply = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(apply.code).toBe(2);
  expect(read(repo, 'pkg/util.py')).toBe('from .errors import E\n');
});

test('a moved module that only its own carried imports mention: its move is used, and the findings say they are a rebase', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old.a', to: 'pkg.new.sub.a' }] } }),
    'pkg/__init__.py': '',
    'pkg/util.py': 'def f():\n    return 1\n',
    'pkg/new/__init__.py': '',
    'pkg/new/sub/__init__.py': '',
    // Moved from pkg/old/a.py; nothing imports it.
    'pkg/new/sub/a.py': 'from ..util import f\n',
  });
  const run = await runInRepo(repo, 'run', '--format', 'json', '--no-color');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('}') + 1)) as { files: { path: string; findings: { move: string; reason?: string }[] }[]; summary: { unusedMoves: string[] } };
  expect(report.summary.unusedMoves).toEqual([]);
  expect(report.files.find((f) => f.path === 'pkg/new/sub/a.py')?.findings).toMatchObject([
    { move: 'pkg.new.util → pkg.util', reason: "rebased: the moved file's own relative import, written from where the file was before pkg.old.a → pkg.new.sub.a" },
  ]);
});

test('a carried import that now names the moved module itself is rebased in every form (from .utils import, from . import utils, a star); the module\'s own name elsewhere in it is left (jinja: async_utils.py → _async/utils.py)', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.async_utils', to: 'pkg.sub.utils' }] } }),
    'pkg/__init__.py': '',
    'pkg/utils.py': 'def helper():\n    return 1\n',
    'pkg/sub/__init__.py': '',
    // Moved from pkg/async_utils.py: `.utils` meant pkg.utils there, and names this very file here.
    'pkg/sub/utils.py': 'from .utils import helper\nfrom . import utils\nfrom .utils import *\nimport pkg.sub.utils\nNAME = "pkg.sub.utils.async_helper"\n\n\ndef async_helper():\n    return helper() + utils.helper()\n',
    'main.py': 'from pkg.async_utils import async_helper\nprint(async_helper())\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'pkg/sub/utils.py')).toBe('from ..utils import helper\nfrom .. import utils\nfrom ..utils import *\nimport pkg.sub.utils\nNAME = "pkg.sub.utils.async_helper"\n\n\ndef async_helper():\n    return helper() + utils.helper()\n');
  expect(read(repo, 'main.py')).toBe('from pkg.sub.utils import async_helper\nprint(async_helper())\n');
  expect(execFileSync('python3', ['main.py'], { cwd: repo, encoding: 'utf8' })).toBe('2\n');
});
