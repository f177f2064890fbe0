// `ssot-codemod run` end to end, in-process on temporary git repositories: dry-run diffs, --apply,
// --patch with git apply / git apply -R, the JSON report, safety refusals, failures and exit codes.
import fs from 'node:fs';
import path from 'node:path';
import { fakeRewriters } from '../helpers/fake-rewriter';
import { MANIFEST } from '../helpers/plans';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo, type FileMap } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const A_TS = "import x from 'legacy-lib';\nexport const y = x;\n";
const B_PY = 'import importlib\nm = importlib.import_module("pkg.legacy")\n';
const FILES: FileMap = {
  'ssot-codemod.json': JSON.stringify(MANIFEST, null, 2),
  'src/a.ts': A_TS,
  'src/b.py': B_PY,
  'src/clean.ts': 'export const n = 1;\n',
  'README.md': 'legacy-lib is gone\n',
};
const read = (root: string, rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

describe('cli run', () => {
  test('dry run (the default) prints git-style diffs and a summary, and writes nothing', async () => {
    const root = makeTempRepo(FILES);
    const { code, stdout, stderr } = await runCli(['run'], root);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain("diff --git a/src/a.ts b/src/a.ts\n--- a/src/a.ts\n+++ b/src/a.ts\n@@ -1,2 +1,2 @@\n-import x from 'legacy-lib';\n+import x from 'core-lib';\n");
    expect(stdout).toContain('-m = importlib.import_module("pkg.legacy")\n+m = importlib.import_module("pkg.core")\n');
    expect(stdout).toContain('3 files scanned: 2 changed, 0 unchanged, 1 skipped (1 no-legacy-name), 0 failed');
    expect(stdout).toContain('re-run with --apply to write 2 files');
    expect(read(root, 'src/a.ts')).toBe(A_TS);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  test('paths narrow the run; relative paths resolve against the current directory', async () => {
    const root = makeTempRepo(FILES);
    const { code, stdout } = await runCli(['run', 'b.py', '--no-color'], path.join(root, 'src'));
    expect(code).toBe(0);
    expect(stdout).toContain('diff --git a/src/b.py b/src/b.py');
    expect(stdout).not.toContain('src/a.ts');
  });

  test('without paths the run covers the current directory, or the whole root from outside it', async () => {
    const root = makeTempRepo(FILES);
    const fromSrc = await runCli(['run', '--quiet'], path.join(root, 'src'));
    expect(fromSrc.stdout).toContain('3 files scanned');
    const fromOutside = await runCli(['run', '--quiet', '--root', root], makeTempDir());
    expect(fromOutside.stdout).toContain('3 files scanned: 2 changed');
    const fromSubdir = await runCli(['run', '--quiet'], path.join(makeTempRepo({ ...FILES, 'other/c.ts': "import 'legacy-lib';\n" }), 'other'));
    expect(fromSubdir.stdout).toContain('1 file scanned: 1 changed');
  });

  test('--apply writes the changes in place', async () => {
    const root = makeTempRepo(FILES);
    const { code, stdout } = await runCli(['run', '--apply', '--no-verify'], root);
    expect(code).toBe(0);
    expect(stdout).not.toContain('diff --git');
    expect(stdout).toContain('2 files written.');
    expect(read(root, 'src/a.ts')).toBe("import x from 'core-lib';\nexport const y = x;\n");
    expect(read(root, 'src/b.py')).toContain('"pkg.core"');
    expect(git(root, 'status', '--porcelain')).toBe(' M src/a.ts\n M src/b.py\n');
  });

  test('--apply keeps every byte outside the edits: BOM, CRLF, no final newline', async () => {
    const root = makeTempRepo({ ...FILES, 'src/bom.ts': "\uFEFFimport a from 'legacy-lib';\r\nlet x;\r\n", 'src/nonl.py': 'import_module("pkg.legacy")' });
    expect((await runCli(['run', '--apply', '--no-verify', '--quiet'], root)).code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/bom.ts'))).toEqual(Buffer.from("\uFEFFimport a from 'core-lib';\r\nlet x;\r\n", 'utf8'));
    expect(read(root, 'src/nonl.py')).toBe('import_module("pkg.core")');
  });

  test('--patch writes one patch that git apply applies and git apply -R undoes', async () => {
    const root = makeTempRepo({ ...FILES, 'src/crlf.ts': "import 'legacy-lib';\r\nlet x;\r\n", 'src/nonl.py': 'import_module("pkg.legacy")' });
    const patchFile = path.join(makeTempDir(), 'out.patch');
    const { code } = await runCli(['run', '--patch', patchFile, '--quiet'], root);
    expect(code).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
    git(root, 'apply', '--check', patchFile);
    git(root, 'apply', patchFile);
    expect(read(root, 'src/crlf.ts')).toBe("import 'core-lib';\r\nlet x;\r\n");
    expect(read(root, 'src/nonl.py')).toBe('import_module("pkg.core")');
    expect(git(root, 'status', '--porcelain').split('\n').filter(Boolean)).toHaveLength(4);
    git(root, 'apply', '-R', patchFile);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  test('--format json prints one report on stdout and the summary on stderr', async () => {
    const root = makeTempRepo(FILES);
    const { code, stdout, stderr } = await runCli(['run', '--format', 'json'], root);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ version: 1, root });
    expect(report.files).toEqual([
      {
        path: 'src/a.ts',
        status: 'changed',
        language: 'javascript',
        edits: [{ line: 1, endLine: 1, before: 'legacy-lib', after: 'core-lib' }],
        findings: [{ path: 'src/a.ts', line: 1, column: 15, move: 'legacy-lib → core-lib', form: 'import', kind: 'rewritten', text: "'legacy-lib'" }],
      },
      expect.objectContaining({ path: 'src/b.py', status: 'changed', language: 'python' }),
      { path: 'src/clean.ts', status: 'skipped', reason: 'no-legacy-name', edits: [], findings: [] },
    ]);
    expect(report.summary).toMatchObject({ files: 3, changed: 2, skipped: 1, failed: 0, findings: { rewritten: 2 }, unusedMoves: [] });
    expect(stderr).toContain('3 files scanned');
  });

  test('--apply refuses (exit 2) when a file it would change has uncommitted changes, unless --allow-dirty', async () => {
    const root = makeTempRepo(FILES);
    fs.appendFileSync(path.join(root, 'src/a.ts'), '// work in progress\n');
    const refused = await runCli(['run', '--apply', '--no-verify'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/uncommitted changes \(src\/a\.ts\); commit or stash them first, or pass --allow-dirty/);
    expect(read(root, 'src/b.py')).toBe(B_PY);

    const forced = await runCli(['run', '--apply', '--no-verify', '--allow-dirty'], root);
    expect(forced.code).toBe(0);
    expect(read(root, 'src/a.ts')).toBe("import x from 'core-lib';\nexport const y = x;\n// work in progress\n");
  });

  test('--apply goes ahead when the dirty files are ones it would not change', async () => {
    const root = makeTempRepo(FILES);
    fs.appendFileSync(path.join(root, 'src/clean.ts'), '// edited\n');
    fs.writeFileSync(path.join(root, 'src/new.ts'), 'export {};\n');
    expect((await runCli(['run', '--apply', '--no-verify'], root)).code).toBe(0);
  });

  test('--apply outside a git repository needs --allow-dirty', async () => {
    const root = makeTempDir(FILES);
    const refused = await runCli(['run', '--apply', '--no-verify', '--root', root], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('not in a git work tree');
    expect((await runCli(['run', '--apply', '--no-verify', '--allow-dirty', '--root', root], root)).code).toBe(0);
    expect(read(root, 'src/a.ts')).toContain("'core-lib'");
  });

  test('a broken file fails (exit 1) while the good ones are still rewritten', async () => {
    const root = makeTempRepo({ ...FILES, 'src/broken.ts': "import 'legacy-lib';\n  SYNTAX ERROR\n" });
    const { code, stdout } = await runCli(['run', '--apply', '--no-verify'], root);
    expect(code).toBe(1);
    expect(stdout).toContain('  failed src/broken.ts:2:3: parse: unexpected token');
    expect(stdout).toContain('4 files scanned: 2 changed, 0 unchanged, 1 skipped (1 no-legacy-name), 1 failed');
    expect(read(root, 'src/a.ts')).toContain("'core-lib'");
    expect(read(root, 'src/broken.ts')).toContain("'legacy-lib'");
  });

  test('warns about moves that matched no reference', async () => {
    const root = makeTempRepo({ ...FILES, 'ssot-codemod.json': JSON.stringify({ ...MANIFEST, python: { moves: [{ from: 'pkg.legacyy', to: 'pkg.core' }] } }) });
    const { stdout } = await runCli(['run'], root);
    expect(stdout).toContain('warning: move "pkg.legacyy → pkg.core" ($.python.moves[0]) matched no reference');
  });

  test('a move whose only references are in a file that failed is no typo: the note says to fix the failure first', async () => {
    // zod trial: the one file holding both moves' references failed, and the run called them unused.
    const root = makeTempRepo({ 'ssot-codemod.json': JSON.stringify({ javascript: MANIFEST.javascript }), 'src/broken.ts': "import 'legacy-lib';\n  SYNTAX ERROR\n" });
    const { code, stdout } = await runCli(['run', '--format', 'json'], root);
    expect(code).toBe(1);
    const failed = await runCli(['run'], root);
    expect(failed.stdout).toContain('note: 1 move matched no reference in the files read, but 1 failed file (above) may hold its references: fix it and run again before checking the manifest for a typo.');
    expect(failed.stdout).not.toContain("the manifest's one move matched no reference");
    expect(failed.stdout).not.toContain('likely a manifest typo');
    expect(JSON.parse(stdout).summary).toMatchObject({ failed: 1, failedUnread: 1 });
  });

  test('a run narrowed to part of the root notes the moves it did not meet, without calling them typos', async () => {
    const root = makeTempRepo(FILES);
    const narrowed = await runCli(['run', 'src/a.ts'], root);
    expect(narrowed.stdout).toContain('note: 1 move matched no reference in the files of this run (narrowed by paths, --include, --exclude or --shard)');
    expect(narrowed.stdout).not.toContain('likely a manifest typo');
    const typo = makeTempRepo({ ...FILES, 'ssot-codemod.json': JSON.stringify({ ...MANIFEST, python: { moves: [{ from: 'pkg.legacyy', to: 'pkg.core' }] } }) });
    expect((await runCli(['run'], path.join(typo, 'src'))).stdout).not.toContain('likely a manifest typo');
    expect((await runCli(['run', typo], path.join(typo, 'src'))).stdout).toContain('warning: move "pkg.legacyy → pkg.core" ($.python.moves[0]) matched no reference; likely a manifest typo');
  });

  test('manifest errors exit 2 and name the JSON path', async () => {
    const root = makeTempRepo({ ...FILES, 'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', too: 'pkg.core' }] } }) });
    const { code, stderr } = await runCli(['run'], root);
    expect(code).toBe(2);
    expect(stderr).toContain('$.python.moves[0]');
    expect(stderr.trim().split('\n')).toHaveLength(1);

    const missing = await runCli(['run', '--manifest', 'nope.json'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no manifest at');
  });

  test.each([
    [['run', '--dryrun'], 'unknown option --dryrun; did you mean --dry-run?'],
    [['run', '--dry-run', '--apply'], '--dry-run and --apply contradict each other'],
    [['run', '--format', 'xml'], 'Invalid values'],
    [['run', '--max-file-size', 'huge'], '--max-file-size "huge" is not a size'],
    [['run', '../outside'], 'is outside the repository root'],
    [['frobnicate'], 'unknown command "frobnicate"; the commands are run, scan, check, verify, shims, prune and presets'],
    // The command is named first: its flags were not read against any command.
    [['chek', '--root', '.'], 'unknown command "chek" (did you mean check?); the commands are'],
    [['check-manifest', '--manifest', 'x.json'], 'unknown command "check-manifest"; the commands are'],
    [[], 'name a command'],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const root = makeTempRepo(FILES);
    const { code, stderr } = await runCli(argv, root);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test('no rewriter for the manifest languages is a usage error', async () => {
    const root = makeTempRepo(FILES);
    const { code, stderr } = await runCli(['run'], root, { rewriters: [] });
    expect(code).toBe(2);
    expect(stderr).toContain('no rewriter for python and javascript');
  });

  test('--help documents every flag', async () => {
    const root = makeTempDir();
    const { code, stdout } = await runCli(['run', '--help'], root);
    expect(code).toBe(0);
    for (const flag of ['--manifest', '--root', '--dry-run', '--apply', '--allow-dirty', '--patch', '--format', '--color', '--no-color', '--include', '--exclude', '--max-file-size', '--rewrite-comments', '--quiet']) {
      expect(stdout).toContain(flag);
    }
  });

  test('--include/--exclude narrow the run and color appears only on a TTY', async () => {
    const root = makeTempRepo(FILES);
    const narrowed = await runCli(['run', '--include', 'src/**', '--exclude', '*.py'], root, { isTTY: true });
    expect(narrowed.stdout).toContain('\u001b[');
    expect(narrowed.stdout).not.toContain('b.py');
    const plain = await runCli(['run', '--no-color'], root, { isTTY: true });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  test('an unexpected exception outside the per-file stage is reported as an internal error, exit 2', async () => {
    const root = makeTempRepo(FILES);
    const exploding = { ...fakeRewriters()[1], get extensions(): string[] { throw new Error('kaboom'); } };
    const { code, stderr } = await runCli(['run'], root, { rewriters: [exploding] });
    expect(code).toBe(2);
    expect(stderr).toContain('internal error');
    expect(stderr).toContain('kaboom');
  });
});
