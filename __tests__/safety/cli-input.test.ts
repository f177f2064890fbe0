// Manifest and command-line input through main(): each mistake exits 2 with one clear sentence on
// stderr (what, where, how to fix), and --help documents every option the run command declares.
import yargs from 'yargs';
import { declareRunCommand, RUN_FLAGS } from '../../src/cli/commands/run';
import { javascriptRewriter } from '../../src/rewrite/js';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempDir, makeTempRepo } from '../helpers/temp-repo';
import { CORE_LIB } from '../helpers/installed-packages';

afterAll(cleanupTempDirs);

const SOURCES = { 'src/a.ts': "import x from 'legacy-lib';\n", 'src/b.py': 'import pkg.legacy\n' };

async function refused(manifest: string, argv: string[] = ['run']): Promise<string> {
  const root = makeTempRepo({ 'ssot-codemod.json': manifest, ...SOURCES });
  const { code, stderr, stdout } = await runCli(argv, root);
  expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe('manifest input', () => {
  test('malformed JSON names the line and column', async () => {
    const line = await refused('{\n  "javascript": {\n    "moves": [ { "from": "a" "to": "b" } ]\n  }\n}\n');
    expect(line).toMatch(/ssot-codemod\.json:3:\d+: .*; the manifest must be valid JSON\.$/);
  });

  test('an empty file and a trailing comma are malformed JSON too', async () => {
    expect(await refused('')).toMatch(/ssot-codemod\.json:1:1: /);
    expect(await refused('{"python":\n')).toMatch(/ssot-codemod\.json:2:1: unexpected end of file; the manifest must be valid JSON\.$/);
    expect(await refused('{"javascript": {"moves": [{"from": "a", "to": "b"},]}}')).toMatch(/ssot-codemod\.json:1:\d+: /);
  });

  test.each([
    ['moves is a string', { javascript: { moves: 'legacy-lib' } }, '$.javascript.moves must be array'],
    ['from is a number', { python: { moves: [{ from: 1, to: 'pkg.core' }] } }, '$.python.moves[0].from must be string'],
    ['the manifest is an array', [], '$ must be object'],
    ['roots is not a list', { python: { roots: 'src', moves: [{ from: 'a.b', to: 'a.c' }] } }, '$.python.roots must be array'],
  ])('wrong types: %s', async (_name, manifest, message) => {
    expect(await refused(JSON.stringify(manifest))).toContain(message);
  });

  test.each([
    [{ javscript: { moves: [] } }, 'unknown key "javscript" at $; did you mean "javascript"?'],
    [{ python: { moves: [{ from: 'pkg.legacy', too: 'pkg.core' }] } }, 'unknown key "too" at $.python.moves[0]; did you mean "to"?'],
    [{ python: { root: ['src'], moves: [{ from: 'a.b', to: 'a.c' }] } }, 'unknown key "root" at $.python; did you mean "roots"?'],
  ])('unknown keys get a "did you mean": %j', async (manifest, message) => {
    expect(await refused(JSON.stringify(manifest))).toContain(message);
  });

  test('empty moves and a manifest without sections are refused with the fix', async () => {
    expect(await refused(JSON.stringify({ javascript: { moves: [] } }))).toContain('$.javascript.moves is empty; list at least one entry');
    expect(await refused('{}')).toContain('has neither "python" nor "javascript"');
  });

  test('moves whose modules do not exist in the repository do not crash run: exit 0, a note, nothing changed', async () => {
    const root = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/nowhere/at-all', to: './src/missing.ts' }, { from: 'ghost-pkg:Thing', to: 'other-ghost' }] } }),
      ...SOURCES,
    });
    const { code, stdout, stderr } = await runCli(['run', '--format', 'json'], root, { rewriters: [javascriptRewriter] });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary.changed).toBe(0);
    expect(report.summary.unusedMoves).toHaveLength(2);
    expect(stderr).toContain('none of the 2 moves matched a reference');
  });
});

test('a JS move end written as a repository path without "./" is named as such, with the spelling to write', async () => {
  const root = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'src/old.ts', to: 'src/new' }] } }),
    'src/old.ts': 'export const a = 1;\n',
    'src/new.ts': 'export const a = 1;\n',
    'src/app.ts': "import { a } from './old';\nexport const b = a;\n",
  });
  const verify = await runCli(['verify'], root, { rewriters: [javascriptRewriter] });
  expect(verify.code).toBe(1);
  expect(verify.stdout).toContain('error: missing-canonical-module: $.javascript.moves[0]: "src/new" reads as a package (src is not installed), but it is the repository file src/new.ts; write it with a leading "./" ("./src/new") in the "to" of the move.');
  const run = await runCli(['run', '--no-verify'], root, { rewriters: [javascriptRewriter] });
  expect(run.stdout).toContain('notice: $.javascript.moves[0]: "src/old.ts" reads as a package name, but it is the repository file src/old.ts; a repository file is written with a leading "./" ("./src/old.ts") in the "from" of the move.');
});

describe('command-line input', () => {
  test.each([
    [['run', '--dry-run', '--apply'], '--dry-run and --apply contradict each other'],
    [['run', '--apply', '--dry-run'], '--dry-run and --apply contradict each other'],
    [['run', '--verify', 'java'], 'invalid value "java" for --verify'],
    [['run', '--verify'], 'verify'],
    [['run', '--max-file-size', '-5'], ''],
    [['run', '--patch'], 'patch'],
    [['run', '--format'], 'format'],
  ])('conflicting or malformed flags exit 2 with one sentence: %j', async (argv, message) => {
    const root = makeTempRepo({ 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }), ...SOURCES });
    const { code, stderr } = await runCli(argv, root);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--apply with --patch is fine (writes and records the patch)', async () => {
    const root = makeTempRepo({ 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }), ...SOURCES, ...CORE_LIB });
    const { code } = await runCli(['run', '--apply', '--patch', 'out.patch'], root);
    expect(code).toBe(0);
  });

  test('--help documents every option the run command declares, and RUN_FLAGS ("did you mean") knows them all', async () => {
    const options = (declareRunCommand(yargs([])) as unknown as { getOptions(): { key: Record<string, unknown>; hiddenOptions: string[] } }).getOptions();
    // Hidden debugging flags (--no-prefilter) are documented in the README, not in --help.
    const declared = Object.keys(options.key).filter((k) => k !== '$0' && k !== 'version' && k !== 'paths' && !options.hiddenOptions.includes(k));
    expect(declared.length).toBeGreaterThan(10);
    const { code, stdout } = await runCli(['run', '--help'], makeTempDir());
    expect(code).toBe(0);
    for (const flag of declared) {
      expect(stdout).toContain(`--${flag}`);
      expect(RUN_FLAGS as readonly string[]).toContain(flag);
    }
    expect(stdout).toContain('--no-color');
  });
});
