// process-file reads every file into one reused buffer: files bigger than the buffer are read whole,
// a shorter file read later never shows the tail of an earlier one, results that go on keep their own
// bytes, and a FIFO is `not-a-file` without blocking the open.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createFileProcessor, createFileTriage } from '../src/pipeline/process-file';
import { createReadScratch, readIntoScratch } from '../src/pipeline/read-scratch';
import { createFakeRewriter } from './helpers/fake-rewriter';
import { testPlan } from './helpers/plans';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const LONG = `${'// filler line\n'.repeat(20_000)}import x from 'legacy-lib';\n`;

test('large then short files: each is read whole and alone, changed results keep their text', async () => {
  const root = makeTempDir({ 'a.ts': LONG, 'b.ts': "import 'legacy-lib';\n", 'c.ts': 'export {};\n' });
  const context = { root, plan: testPlan(), rewriters: [createFakeRewriter('javascript', ['.ts'])] };
  const process = createFileProcessor(context);
  const a = await process('a.ts');
  const b = await process('b.ts');
  const c = await process('c.ts');
  expect(a).toMatchObject({ status: 'changed', original: LONG, code: LONG.replace('legacy-lib', 'core-lib') });
  expect(b).toMatchObject({ status: 'changed', original: "import 'legacy-lib';\n", code: "import 'core-lib';\n" });
  expect(c).toMatchObject({ status: 'skipped', reason: 'no-legacy-name' });
  const triage = createFileTriage(context);
  expect([triage('a.ts'), triage('c.ts'), triage('b.ts')]).toEqual([undefined, c, undefined]);
});

test('a FIFO is not-a-file and the open does not block', async () => {
  const root = makeTempDir({});
  execFileSync('mkfifo', [path.join(root, 'pipe.ts')]);
  const process = createFileProcessor({ root, plan: testPlan(), rewriters: [createFakeRewriter('javascript', ['.ts'])] });
  expect(await process('pipe.ts')).toMatchObject({ status: 'skipped', reason: 'not-a-file' });
});

test('without fstat: an empty file, a file of exactly the buffer size and one a byte bigger are files, read whole', () => {
  const exact = 'x'.repeat(64 * 1024);
  const root = makeTempDir({ 'empty.ts': '', 'exact.ts': exact, 'bigger.ts': `${exact}y` });
  const scratch = createReadScratch();
  expect(readIntoScratch(path.join(root, 'empty.ts'), 1 << 20, scratch)).toEqual(Buffer.alloc(0));
  expect(String(readIntoScratch(path.join(root, 'exact.ts'), 1 << 20, scratch))).toBe(exact);
  expect(String(readIntoScratch(path.join(root, 'bigger.ts'), 1 << 20, scratch))).toBe(`${exact}y`);
  expect(String(readIntoScratch(path.join(root, 'exact.ts'), 1 << 20, scratch))).toBe(exact);
});

test('over the limit: the size fstat gives, not the bytes read so far; a directory is not-a-file', () => {
  const root = makeTempDir({ 'big.ts': 'z'.repeat(300_000), 'dir.ts/a.ts': '' });
  const scratch = createReadScratch();
  expect(readIntoScratch(path.join(root, 'big.ts'), 100_000, scratch)).toBe(300_000);
  expect(readIntoScratch(path.join(root, 'dir.ts'), 100_000, scratch)).toBe('not-a-file');
});
