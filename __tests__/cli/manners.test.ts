// CLI manners a newcomer expects: --version; a bare `ssot-codemod` shows the general help (exit 2);
// --quiet prints only errors and the totals line; check --format json always has `new`; scan and
// run count files with the same words; no jargon ("needle"); every counted finding is located.
import { main } from '../../src/cli/main';
import { parseArgv } from '../../src/cli/parse-argv';
import { runInRepo } from '../helpers/run-cli';
import { captureOutput, cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const VERSION: string = require('../../package.json').version;

async function cli(argv: string[], cwd = process.cwd()) {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(argv, { stdout, stderr, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const REPO = {
  'ssot-codemod.json': JSON.stringify({
    python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }, { from: 'pkg.nothere', to: 'pkg.core' }] },
    javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] },
  }),
  // core-lib is declared but not installed: a warning (the check was skipped), never a refusal.
  'package.json': JSON.stringify({ name: 'app', dependencies: { 'core-lib': '1.0.0' } }),
  'pkg/__init__.py': '',
  'pkg/core.py': 'X = 1\n',
  'pkg/legacy.py': 'X = 1\n',
  'app/a.py': 'from pkg.legacy import X\n',
  'app/b.py': '# see pkg.legacy for details\nimport os\n',
  'app/c.py': '# ssot-codemod-ignore\nfrom pkg.legacy import X\n',
  'app/d.py': 'import pkg.legacy\n\nprint(pkg.legacy.X)\n',
};

describe('CLI manners', () => {
  test('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('the general help main prints without yargs is exactly the one yargs lays out', async () => {
    const viaYargs = parseArgv(['--help']);
    expect(viaYargs.kind).toBe('output');
    expect((await cli(['--help'])).stdout).toBe(`${(viaYargs as { text: string }).text}\n`);
    expect((await cli(['-h'])).stdout).toBe(`${(viaYargs as { text: string }).text}\n`);
    // The same bare-command answer whether main or yargs (e.g. `ssot-codemod --root x`) sees it.
    const bare = parseArgv(['--root', 'x']);
    expect(bare).toMatchObject({ kind: 'error', help: (viaYargs as { text: string }).text });
  });

  test('no command prints the general help and exits 2', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Commands:\n  ssot-codemod run [paths..]');
    expect(run.stderr).toContain('ssot-codemod presets');
    expect(run.stderr.trim().split('\n').pop()).toBe('ssot-codemod: name a command (run, scan, check, verify, shims, prune, presets); see the list above.');
  });

  test.each(['run', 'scan', 'check', 'verify', 'shims', 'prune'])('%s: a flag given without its value is a usage error saying what it needs, never its default', async (command) => {
    const repo = makeTempRepo(REPO);
    const formats: Record<string, string> = { run: 'text, json', scan: 'text, json, markdown, html', check: 'text, github, json, sarif' };
    const expected: Record<string, string> = {
      '--include': "--include needs a value, e.g. --include 'src/**'",
      '--exclude': "--exclude needs a value, e.g. --exclude 'tests/**'",
      '--format': `--format needs a value (${formats[command] ?? 'text, json'})`,
      '--manifest': '--manifest needs a value, e.g. --manifest ssot-codemod.json',
      '--max-file-size': '--max-file-size needs a value, e.g. --max-file-size 2mb',
    };
    for (const [flag, message] of Object.entries(expected)) {
      const result = await cli([command, '--root', repo, flag]);
      expect([flag, result.code, result.stderr]).toEqual([flag, 2, `ssot-codemod: ${message}; see ssot-codemod ${command} --help.\n`]);
    }
  });

  test('--quiet prints only errors and the totals line', async () => {
    const repo = makeTempRepo(REPO);
    const loud = await runInRepo(repo, 'run');
    expect(loud.stdout).toContain('warning: unchecked-module');
    expect(loud.stdout).toContain('warning: move "pkg.nothere → pkg.core"');
    const quiet = await runInRepo(repo, 'run', '--quiet');
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/^\d+ files scanned: 2 changed, \d+ unchanged, \d+ skipped \(\d+ no-legacy-name\), 0 failed in \d+\.\ds\n$/);
    // An error still shows (and is the only thing above the totals).
    const broken = makeTempRepo({ ...REPO, 'pkg/core.py': 'Y = 1\n' });
    const lines = (await runInRepo(broken, 'run', '--quiet')).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: api-gap: \$\.python\.moves\[0\]: X is provided by legacy pkg\/legacy\.py but not by canonical pkg\/core\.py/);
    expect(lines[1]).toMatch(/ files scanned: /);
  });

  test('check --format json always has new (every reference is new without a baseline)', async () => {
    const repo = makeTempRepo(REPO);
    const report = JSON.parse((await runInRepo(repo, 'check', '--format', 'json')).stdout);
    expect(report).toMatchObject({ version: 1, total: 3, new: 3 });
    expect(report.references).toHaveLength(3);
  });

  test('scan and run count files with the same words and numbers', async () => {
    const repo = makeTempRepo(REPO);
    const run = (await runInRepo(repo, 'run')).stdout;
    const scan = (await runInRepo(repo, 'scan')).stdout;
    const runLine = /(\d+) files scanned: (\d+) changed, (\d+) unchanged, (\d+ skipped \([^)]*\)), (\d+) failed/.exec(run)!;
    const scanLine = /(\d+) files scanned: (\d+) with legacy references, (\d+) without, (\d+ skipped \([^)]*\)), (\d+) failed\./.exec(scan)!;
    expect(runLine).not.toBeNull();
    expect(scanLine).not.toBeNull();
    expect(scanLine.slice(1)).toEqual(runLine.slice(1));
  });

  test('no jargon: "needle" appears in no output and no help', async () => {
    const repo = makeTempRepo(REPO);
    for (const argv of [['run'], ['scan'], ['check'], ['verify'], ['run', '--help'], ['scan', '--help'], ['--help']]) {
      const out = await runInRepo(repo, ...argv);
      expect(out.stdout + out.stderr).not.toMatch(/needle/i);
    }
  });

  test('every counted finding is located (file:line) in text output', async () => {
    const repo = makeTempRepo(REPO);
    const dry = (await runInRepo(repo, 'run')).stdout;
    const counts = /findings: (\d+) rewritten, (\d+) manual, (\d+) mention, (\d+) ignored/.exec(dry)!;
    expect(counts.slice(1).map(Number)).toEqual([3, 0, 1, 1]);
    expect(dry).toContain('  mention app/b.py:1:7: pkg.legacy → pkg.core: comment');
    expect(dry).toContain('  ignored app/c.py:2:1: pkg.legacy → pkg.core: from-import');
    // In a dry run the diffs locate the rewritten references; after --apply the summary lists them.
    expect(dry).toContain('diff --git a/app/a.py b/app/a.py');
    const applied = (await runInRepo(repo, 'run', '--apply')).stdout;
    expect(applied.match(/^ {2}rewritten app\/[ad]\.py:\d+:\d+: pkg\.legacy → pkg\.core: /gm)).toHaveLength(3);
    const scan = (await runInRepo(makeTempRepo(REPO), 'scan')).stdout;
    expect(scan).toContain('1 mention in comments, docstrings or strings (not rewritten); 1 ignored (opted out)');
    expect(scan).toContain('\napp/b.py:1:7  pkg.legacy → pkg.core  (comment)\n');
    expect(scan).toContain('\napp/c.py:2:1  pkg.legacy → pkg.core  (from-import)\n');
  });
});
