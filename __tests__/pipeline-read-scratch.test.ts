// process-file reads every file into one reused buffer: files bigger than the buffer are read whole,
// a shorter file read later never shows the tail of an earlier one, results that go on keep their own
// bytes, and a FIFO is `not-a-file` without blocking the open.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createFileProcessor, createFileTriage } from '../src/pipeline/process-file';
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
