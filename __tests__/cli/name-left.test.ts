// A name the manifest moves or renames that its legacy module no longer defines but still reads in
// code that stays (werkzeug's serving.py calling is_running_from_reloader after the def moved;
// flask's ctx.py returning AppContext from its __getattr__ after the rename): a NameError no import
// shows the run, so verify warns (name-left) with the lines. Quiet when the module still binds the
// name (re-imported, or not moved yet), when a local of that name is read, or behind a star import.
import { execFileSync } from 'node:child_process';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

test('verify warns of each read of a moved or renamed name its module no longer binds, with the mend', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      python: {
        moves: [
          { from: 'pkg.serving:is_running', to: 'pkg.reloader:is_running' },
          { from: 'pkg.ctx:AppContext', to: 'pkg.ctx:ApplicationContext' },
          { from: 'pkg.kept:helper', to: 'pkg.reloader:helper' },
          { from: 'pkg.local:tool', to: 'pkg.reloader:tool' },
        ],
      },
    }),
    'pkg/__init__.py': '',
    'pkg/reloader.py': 'def is_running():\n    return False\n\n\ndef helper():\n    return 1\n\n\ndef tool():\n    return 2\n',
    'pkg/serving.py': 'def run_simple():\n    if is_running():\n        return 1\n    return is_running()\n',
    'pkg/ctx.py': 'class ApplicationContext:\n    pass\n\n\ndef __getattr__(name):\n    if name == "AppContext":\n        return AppContext\n    raise AttributeError(name)\n',
    'pkg/kept.py': 'from pkg.reloader import helper\n\n\ndef f():\n    return helper()\n',
    'pkg/local.py': 'def f(tool):\n    return tool()\n',
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  expect(verify.code).toBe(0);
  const warnings = (verify.stderr + verify.stdout).split('\n').filter((l) => l.startsWith('warning: name-left'));
  expect(warnings).toEqual([
    'warning: name-left: $.python.moves[0]: pkg/serving.py no longer defines is_running but still reads it at lines 2, 4, in code that stays there: a NameError when it runs, which no import shows the run; import it there (from pkg.reloader import is_running) or rewrite those uses.',
    'warning: name-left: $.python.moves[1]: pkg/ctx.py no longer defines AppContext but still reads it at line 7, in code that stays there: a NameError when it runs, which no import shows the run; rename that use to ApplicationContext.',
  ]);
  // What it warns of is real: CPython raises NameError there.
  const probe = execFileSync('python3', ['-c', 'import pkg.serving\ntry:\n    pkg.serving.run_simple()\nexcept NameError as e:\n    print(e)'], { cwd: repo, encoding: 'utf8' });
  expect(probe).toBe("name 'is_running' is not defined\n");
  const json = JSON.parse((await runInRepo(repo, 'verify', '--format', 'json')).stdout);
  expect(json.warnings.find((i: { code: string }) => i.code === 'name-left').sites).toEqual([{ path: 'pkg/serving.py', line: 2 }, { path: 'pkg/serving.py', line: 4 }]);
});

// The jsonschema trial: `best` moved, exc.py's __all__ still listed it — `from pkg.exc import *`
// raised AttributeError while verify and check passed, and shims said the name was still importable.
test('a plain module whose __all__ still lists a moved name it no longer binds: verify warns with the line, shims offers the line that keeps it', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.exc:best', to: 'pkg.rank:best' }, { from: 'pkg.kept:Err', to: 'pkg.rank:Err' }, { from: 'pkg:sub', to: 'pkg.rank:sub' }] } }),
    'pkg/__init__.py': '__all__ = ["sub"]\n',
    'pkg/exc.py': 'class Err(Exception):\n    pass\n\n\n__all__ = [\n    "Err",\n    "best",\n]\n',
    'pkg/kept.py': 'from pkg.rank import Err\n\n__all__ = ["Err"]\n',
    'pkg/rank.py': 'def best(errors):\n    return max(errors)\n\n\nclass Err(Exception):\n    pass\n\n\nsub = 1\n',
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  const warnings = (verify.stderr + verify.stdout).split('\n').filter((l) => l.startsWith('warning: name-left'));
  // Only exc.py: kept.py binds Err by its import, a package's __all__ may list a submodule.
  expect(warnings).toEqual([
    'warning: name-left: $.python.moves[0]: pkg/exc.py no longer defines best. Its __all__ still lists best (line 7): `from pkg.exc import *` raises AttributeError; remove the entry, or keep the name there (from pkg.rank import best).',
  ]);
  const shims = await runInRepo(repo, 'shims', '--no-color');
  expect(shims.stdout + shims.stderr).toContain('from pkg.rank import best  # deprecated');
  expect(shims.stdout + shims.stderr).not.toContain('best still importable');
});

// The jinja trial: runtime.py's `exported = [...]` list names the moved function above `__all__`;
// the warning sent the user to that list (line 1) instead of the `__all__` entry.
test('the __all__ line is the entry in an __all__ statement, not the first quotation of the name', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.runtime:markup_join', to: 'pkg.utils:markup_join' }] } }),
    'pkg/__init__.py': '',
    'pkg/runtime.py': 'exported = ["markup_join"]\n__all__ = ["a"]\n__all__ += [\n    "b",\n    "markup_join",\n]\n\n\ndef a():\n    pass\n\n\ndef b():\n    pass\n',
    'pkg/utils.py': 'def markup_join(seq):\n    return "".join(seq)\n',
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  const warning = (verify.stderr + verify.stdout).split('\n').find((l) => l.startsWith('warning: name-left'));
  expect(warning).toContain('Its __all__ still lists markup_join (line 5)');
});

// The trio trial: name-left looked for reads only where a patch could intercept them (function
// bodies), so reads that run at import or through an f-string passed verify and failed at run time.
test('name-left sees a read in a default value, a decorator, a lambda, a class body and an f-string field', async () => {
  const bodies = ['def f(x=h):\n    return x\n', '@h\ndef f():\n    pass\n', 'g = lambda: h()\n', 'class C:\n    y = h()\n', 'def f(x):\n    return f"{x!r:{h()}}"\n'];
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: bodies.map((_, i) => ({ from: `pkg.m${i}:h`, to: 'pkg.util:h' })) } }),
    'pkg/__init__.py': '',
    'pkg/util.py': 'def h(x=None):\n    return x\n',
    ...Object.fromEntries(bodies.map((b, i) => [`pkg/m${i}.py`, b])),
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  const warned = (verify.stderr + verify.stdout).split('\n').filter((l) => l.startsWith('warning: name-left')).map((l) => /pkg\/m\d\.py/.exec(l)?.[0]);
  expect(warned).toEqual(bodies.map((_, i) => `pkg/m${i}.py`));
});

// The jinja trial: runtime.py's `exported` list, from which its compiler writes `from jinja2.runtime
// import …` into every template, kept markup_join after the move; verify passed, rendering failed.
test('a string in the legacy module that is exactly the moved name is named by the warning', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.runtime:markup_join', to: 'pkg.utils:markup_join' }] } }),
    'pkg/__init__.py': '',
    'pkg/runtime.py': '# names the template code generator imports from this module\nexported = ["missing", "markup_join"]\n\nmissing = object()\n',
    'pkg/utils.py': 'def markup_join(seq):\n    return "".join(seq)\n',
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  const warning = (verify.stderr + verify.stdout).split('\n').find((l) => l.startsWith('warning: name-left'));
  expect(warning).toBe(
    'warning: name-left: $.python.moves[0]: pkg/runtime.py no longer defines markup_join. A string at line 2 is exactly markup_join: code that looks the name up there by it (getattr, an import it writes) fails now; keep the name there (from pkg.utils import markup_join), or re-point that code.',
  );
});
