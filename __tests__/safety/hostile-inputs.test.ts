// Hostile and odd inputs through a whole `run` (in-process main() with the real JS rewriter): each one
// ends in a clear status in the JSON report, never crashes the run, and never changes another file's result.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createFileProcessor } from '../../src/pipeline/process-file';
import { javascriptRewriter } from '../../src/rewrite/js';
import { pythonRewriter } from '../../src/rewrite/python';
import { pythonMinor } from '../helpers/python-oracle';
import { compilePlan } from '../../src/manifest/plan';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo, type FileMap } from '../helpers/temp-repo';
import { CORE_LIB } from '../helpers/installed-packages';

afterAll(cleanupTempDirs);

const MANIFEST = JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } });
const IMPORT = "import { a } from 'legacy-lib';\n";
const REWRITTEN = "import { a } from 'core-lib';\n";
/** The file every case runs beside: its result must be the same whatever the hostile neighbour does. */
const WITNESS: FileMap = { 'src/witness.ts': `${IMPORT}export const w = a;\n` };

interface JsonFile {
  path: string;
  status: string;
  reason?: string;
  detail?: string;
  error?: { code: string; message: string };
}

async function runJson(root: string, extra: string[] = []): Promise<{ code: number; files: Map<string, JsonFile>; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['run', '--format', 'json', ...extra], root, { rewriters: [javascriptRewriter] });
  const report = JSON.parse(stdout) as { files: JsonFile[] };
  return { code, stderr, files: new Map(report.files.map((f) => [f.path, f])) };
}

/** Runs the repo and checks the witness was rewritten as usual; returns the hostile file's entry. */
async function hostile(files: FileMap, rel: string, extra: string[] = []): Promise<JsonFile | undefined> {
  const root = makeTempDir({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS, ...files });
  const { files: report } = await runJson(root, extra);
  expect(report.get('src/witness.ts')).toMatchObject({ status: 'changed' });
  return report.get(rel);
}

describe('hostile inputs', () => {
  test('a binary file with a source extension is skipped: binary', async () => {
    const bytes = Buffer.concat([Buffer.from("import 'legacy-lib';\n"), Buffer.from([0, 1, 2, 255, 0])]);
    expect(await hostile({ 'src/blob.ts': bytes }, 'src/blob.ts')).toMatchObject({ status: 'skipped', reason: 'binary' });
  });

  test('a Latin-1 (non-UTF-8) file is skipped: not-utf8, and left byte for byte', async () => {
    const latin1 = Buffer.from("// caf\xe9\nimport 'legacy-lib';\n", 'latin1');
    expect(await hostile({ 'src/latin.ts': latin1 }, 'src/latin.ts')).toMatchObject({ status: 'skipped', reason: 'not-utf8' });
  });

  test('a UTF-8 BOM is kept and the file is rewritten', async () => {
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS, 'src/bom.ts': '\uFEFF' + IMPORT });
    const { files } = await runJson(root, ['--apply']);
    expect(files.get('src/bom.ts')).toMatchObject({ status: 'changed' });
    expect(fs.readFileSync(path.join(root, 'src/bom.ts'))).toEqual(Buffer.from('\uFEFF' + REWRITTEN));
  });

  test('CRLF and mixed line endings are kept byte for byte outside the edit', async () => {
    const crlf = "import { a } from 'legacy-lib';\r\nexport const x = a;\r\n";
    const mixed = "// one\r\nimport { a } from 'legacy-lib';\nexport const y = a;\r\n// two\n";
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS, 'src/crlf.ts': crlf, 'src/mixed.ts': mixed });
    const { files } = await runJson(root, ['--apply']);
    expect(files.get('src/crlf.ts')?.status).toBe('changed');
    expect(files.get('src/mixed.ts')?.status).toBe('changed');
    expect(fs.readFileSync(path.join(root, 'src/crlf.ts'), 'utf8')).toBe(crlf.replace('legacy-lib', 'core-lib'));
    expect(fs.readFileSync(path.join(root, 'src/mixed.ts'), 'utf8')).toBe(mixed.replace('legacy-lib', 'core-lib'));
  });

  test('a 5 MB generated/minified file is skipped: too-large (default --max-file-size 2mb), and a lower limit is honoured', async () => {
    const big = IMPORT + 'export const m=[' + '1,'.repeat(2.5 * 1024 * 1024) + '];\n';
    expect(await hostile({ 'src/min.ts': big }, 'src/min.ts')).toMatchObject({ status: 'skipped', reason: 'too-large' });
    expect(await hostile({ 'src/small.ts': IMPORT + '// ' + 'x'.repeat(2000) + '\n' }, 'src/small.ts', ['--max-file-size', '1k'])).toMatchObject({
      status: 'skipped',
      reason: 'too-large',
    });
  });

  test('a 0-byte file is skipped: no-legacy-name', async () => {
    expect(await hostile({ 'src/empty.ts': '' }, 'src/empty.ts')).toMatchObject({ status: 'skipped', reason: 'no-legacy-name' });
  });

  test('a 1 MB single-line file is processed (changed) without trouble', async () => {
    const line = IMPORT.trimEnd() + ' export const s = "' + 'y'.repeat(1024 * 1024) + '";\n';
    expect(await hostile({ 'src/long.ts': line }, 'src/long.ts')).toMatchObject({ status: 'changed' });
  });

  test('10,000 nested parentheses or arrays end in failed: parse with a message, not a crash', async () => {
    const n = 10_000;
    const parens = `${IMPORT}export const p = ${'('.repeat(n)}a${')'.repeat(n)};\n`;
    const arrays = `${IMPORT}export const q = ${'['.repeat(n)}a${']'.repeat(n)};\n`;
    for (const [rel, text] of [['src/parens.ts', parens], ['src/arrays.ts', arrays]] as const) {
      const entry = await hostile({ [rel]: text }, rel);
      expect(entry).toMatchObject({ status: 'failed', error: { code: 'parse' } });
      expect(entry?.error?.message).toMatch(/nested too deeply/);
    }
  });

  (pythonMinor() !== undefined ? test : test.skip)('Python with 10,000 nested parentheses/brackets: no crash; refused as CPython refuses it, so it is never written', async () => {
    const n = 10_000;
    const text = `from pkg.legacy import a\nx = ${'('.repeat(n)}a${')'.repeat(n)}\ny = ${'['.repeat(n)}a${']'.repeat(n)}\n`;
    const manifest = JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] } });
    const root = makeTempRepo({ 'ssot-codemod.json': manifest, 'deep.py': text, 'ok.py': 'from pkg.legacy import a\n' });
    // CPython's tokenizer refuses more than 200 nested brackets, and so does the built-in reader,
    // before any rewrite (--verify python would catch an output with them too).
    const { code, stdout } = await runCli(['run', '--apply', '--no-verify', '--verify', 'python', '--format', 'json'], root, { rewriters: [pythonRewriter] });
    expect(code).toBe(1);
    const files = new Map((JSON.parse(stdout).files as JsonFile[]).map((f) => [f.path, f]));
    expect(files.get('deep.py')).toMatchObject({ status: 'failed', error: { code: 'parse', message: expect.stringContaining('too many nested parentheses') } });
    expect(files.get('ok.py')?.status).toBe('changed');
    expect(fs.readFileSync(path.join(root, 'deep.py'), 'utf8')).toBe(text);
  });

  test('moderately deep nesting that the parser accepts is rewritten (the walk copes)', async () => {
    const text = `${IMPORT}export const p = ${'('.repeat(100)}${'['.repeat(100)}a${']'.repeat(100)}${')'.repeat(100)};\n`;
    expect(await hostile({ 'src/deep.ts': text }, 'src/deep.ts')).toMatchObject({ status: 'changed' });
  });

  test('filenames with spaces and unicode are processed and written', async () => {
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS, 'src/with space.ts': IMPORT, 'src/ünï cødé ✓.ts': IMPORT });
    const { files } = await runJson(root, ['--apply']);
    expect(files.get('src/with space.ts')?.status).toBe('changed');
    expect(files.get('src/ünï cødé ✓.ts')?.status).toBe('changed');
    expect(fs.readFileSync(path.join(root, 'src/ünï cødé ✓.ts'), 'utf8')).toBe(REWRITTEN);
  });

  test('a directory named like a source file (foo.ts/) is walked as a directory, not read as a file', async () => {
    const root = makeTempDir({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS, 'src/foo.ts/inner.ts': IMPORT });
    const { files } = await runJson(root);
    expect(files.has('src/foo.ts')).toBe(false);
    expect(files.get('src/foo.ts/inner.ts')?.status).toBe('changed');
    // Named explicitly as a path it is still a directory to walk.
    const named = await runCli(['run', '--format', 'json', 'src/foo.ts'], root, { rewriters: [javascriptRewriter] });
    expect(JSON.parse(named.stdout).files.map((f: JsonFile) => f.path)).toEqual(['src/foo.ts/inner.ts']);
  });

  test('a FIFO named like a source file is reported skipped: not-a-file when named, and never read (no hang)', async () => {
    const root = makeTempDir({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS });
    execFileSync('mkfifo', [path.join(root, 'src/pipe.ts')]);
    const { files } = await runJson(root, ['src/pipe.ts', 'src/witness.ts']);
    expect(files.get('src/pipe.ts')).toMatchObject({ status: 'skipped', reason: 'not-a-file' });
    expect(files.get('src/witness.ts')?.status).toBe('changed');
  });

  test('a git submodule is not entered by default', async () => {
    const sub = makeTempRepo({ 'inner.ts': IMPORT });
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, ...CORE_LIB, ...WITNESS });
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor/sub');
    git(root, 'commit', '-qm', 'add submodule');
    const { files } = await runJson(root);
    expect([...files.keys()]).toEqual(['src/witness.ts']);
  });
});

describe('read failures (simulated: the tests run as root, where chmod 000 does not stop reads)', () => {
  const plan = compilePlan({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }, { file: 'm.json' });

  test('an unreadable file (EACCES injected through the read hook) is failed: read; the next file is unaffected', async () => {
    const root = makeTempDir({ 'a.ts': IMPORT, 'b.ts': IMPORT });
    const process = createFileProcessor({
      root,
      plan,
      rewriters: [javascriptRewriter],
      readFile: (absolute) => {
        if (absolute.endsWith('a.ts')) throw Object.assign(new Error(`EACCES: permission denied, open '${absolute}'`), { code: 'EACCES' });
        return fs.readFileSync(absolute);
      },
    });
    expect(await process('a.ts')).toMatchObject({ status: 'failed', error: { code: 'read', message: expect.stringContaining('EACCES') } });
    expect(await process('b.ts')).toMatchObject({ status: 'changed' });
  });

  test('a file that vanishes between listing and reading is failed: read (real deletion, no hook)', async () => {
    const root = makeTempDir({ 'gone.ts': IMPORT });
    const process = createFileProcessor({ root, plan, rewriters: [javascriptRewriter] });
    fs.rmSync(path.join(root, 'gone.ts'));
    expect(await process('gone.ts')).toMatchObject({ status: 'failed', error: { code: 'read', message: expect.stringContaining('ENOENT') } });
  });

  test('a file that vanishes after its stat, during the read itself, is failed: read', async () => {
    const root = makeTempDir({ 'gone.ts': IMPORT });
    const process = createFileProcessor({
      root,
      plan,
      rewriters: [javascriptRewriter],
      readFile: (absolute) => {
        fs.rmSync(absolute);
        return fs.readFileSync(absolute);
      },
    });
    expect(await process('gone.ts')).toMatchObject({ status: 'failed', error: { code: 'read' } });
  });
});
