// Entry points naming a moved module: setup.py's strings are rewritten by the run; pyproject.toml's
// and setup.cfg's, which no rewriter reads, are `entry-point` warnings of verify (and of run's gate)
// that say where and what to write, never a silent miss.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const files = {
  'ssot-codemod.json': JSON.stringify({
    python: {
      roots: ['.'],
      moves: [
        { from: 'pkg.command', to: 'pkg.cli' },
        { from: 'pkg.tools:run', to: 'pkg.cli:run_tool' },
      ],
    },
  }),
  'pkg/__init__.py': '',
  'pkg/cli.py': 'def main():\n    pass\n\n\ndef run_tool():\n    pass\n',
  'pkg/tools.py': 'X = 1\n',
  'setup.py': 'from setuptools import setup\n\nsetup(entry_points={"console_scripts": ["x = pkg.command:main", "t=pkg.tools:run"]})\n',
  'pyproject.toml': [
    '[project]',
    'name = "x"',
    '',
    '[project.scripts]',
    'x = "pkg.command:main"',
    "t = 'pkg.tools:run'",
    'kept = "pkg.cli:main"',
    '',
    '[project.entry-points."pytest11"]',
    'plugin = "pkg.command"  # the plugin',
    '',
    '[tool.poetry.scripts]',
    'x = { reference = "pkg.command:main", type = "console" }',
    '',
    '[tool.ruff]',
    'src = "pkg.command"',
    '',
  ].join('\n'),
  'setup.cfg': '[metadata]\nname = x\n\n[options.entry_points]\nconsole_scripts =\n    x = pkg.command:main [cli]\n\n[flake8]\nper-file-ignores = pkg.command:E501\n',
};

test('verify warns about pyproject.toml and setup.cfg entry points; the run rewrites setup.py', async () => {
  const repo = makeTempRepo(files);
  const verify = await runInRepo(repo, 'verify', '--no-color');
  expect(verify.code).toBe(0);
  const warnings = (verify.stdout + verify.stderr).split('\n').filter((l) => l.startsWith('warning: entry-point:'));
  expect(warnings).toEqual([
    'warning: entry-point: pyproject.toml:5: the entry point pkg.command:main names a legacy module, so what it installs would no longer import; change it to pkg.cli:main (the run rewrites Python and JS sources only).',
    'warning: entry-point: pyproject.toml:6: the entry point pkg.tools:run names a legacy module, so what it installs would no longer import; change it to pkg.cli:run_tool (the run rewrites Python and JS sources only).',
    'warning: entry-point: pyproject.toml:10: the entry point pkg.command names a legacy module, so what it installs would no longer import; change it to pkg.cli (the run rewrites Python and JS sources only).',
    'warning: entry-point: pyproject.toml:13: the entry point pkg.command:main names a legacy module, so what it installs would no longer import; change it to pkg.cli:main (the run rewrites Python and JS sources only).',
    'warning: entry-point: setup.cfg:6: the entry point pkg.command:main [cli] names a legacy module, so what it installs would no longer import; change it to pkg.cli:main (the run rewrites Python and JS sources only).',
  ]);
  // Warnings never block --apply; setup.py's strings follow their moves.
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'setup.py'), 'utf8')).toBe(
    'from setuptools import setup\n\nsetup(entry_points={"console_scripts": ["x = pkg.cli:main", "t=pkg.cli:run_tool"]})\n',
  );
  expect(fs.readFileSync(path.join(repo, 'pyproject.toml'), 'utf8')).toBe(files['pyproject.toml']);
});
