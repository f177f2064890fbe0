// What a run does with a Python file the built-in reader cannot decide (`unsure`): the processor
// marks the changed result with a syntaxDoubt, and runFiles asks python3 before anything is shown
// or written; without python3 the file is left untouched and reported as failed.
import { createFileProcessor } from '../src/pipeline/process-file';
import { runFiles } from '../src/pipeline/run-files';
import { createSyntaxDoubtResolver } from '../src/pipeline/syntax-doubts';
import type { LanguageRewriter } from '../src/rewrite/language';
import { pythonRewriter } from '../src/rewrite/python';
import { SyntaxUnsure } from '../src/rewrite/syntax-unsure';
import type { FileResult } from '../src/types';
import { createFakeRewriter, rewrittenFinding } from './helpers/fake-rewriter';
import { testPlan } from './helpers/plans';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

/** `\N{…}` needs the Unicode name database, so the reader leaves the verdict to CPython. */
const UNDECIDED = 'from pkg.legacy import thing\nDASH = "\\N{EM DASH}"\n';
const REJECTED = 'from pkg.legacy import thing\nDASH = "\\N{NO SUCH CHARACTER NAME}"\n';

async function run(files: Record<string, string>, python: string, rewriters: LanguageRewriter[] = [pythonRewriter]): Promise<FileResult[]> {
  const root = makeTempDir(files);
  const results: FileResult[] = [];
  const syntaxDoubts = createSyntaxDoubtResolver({ python });
  try {
    await runFiles({
      candidates: Object.keys(files).map((path) => ({ path })),
      process: createFileProcessor({ root, plan: testPlan(), rewriters }),
      plan: testPlan(),
      sinks: [{ onResult: (r) => void results.push(r), onEnd: () => undefined }],
      syntaxDoubts,
    });
  } finally {
    syntaxDoubts.close();
  }
  return results;
}

describe('undecided Python files', () => {
  test('the processor marks the changed result with the doubt about its input', async () => {
    const root = makeTempDir({ 'a.py': UNDECIDED });
    const result = await createFileProcessor({ root, plan: testPlan(), rewriters: [pythonRewriter] })('a.py');
    expect(result).toMatchObject({ status: 'changed', syntaxDoubt: { input: { line: 2, column: 9, reason: expect.stringContaining('\\N{') } } });
  });

  test('with python3: CPython decides; an accepted file is changed, a rejected one failed and untouched', async () => {
    const [accepted, rejected] = await run({ 'a.py': UNDECIDED, 'b.py': REJECTED }, 'python3');
    expect(accepted).toMatchObject({ path: 'a.py', status: 'changed', code: UNDECIDED.replace('pkg.legacy', 'pkg.core') });
    expect(accepted).not.toHaveProperty('syntaxDoubt');
    expect(rejected).toMatchObject({ path: 'b.py', status: 'failed', error: { code: 'parse', message: expect.stringMatching(/^CPython rejects this file \(.*unknown Unicode character name.*\); it was left untouched$/), line: 2 } });
  });

  test('without python3: left untouched and reported as failed: parse, saying why', async () => {
    const [result] = await run({ 'a.py': UNDECIDED }, '/nonexistent/python3');
    expect(result).toMatchObject({ status: 'failed', error: { code: 'parse', line: 2, column: 9 } });
    if (result.status !== 'failed') throw new Error('expected a failure');
    expect(result.error.message).toMatch(/the built-in Python reader could not decide whether this file parses \(.*\\N\{.*line 2\) and python3 was not found/);
  });

  test('an undecided output is compiled by CPython before it counts', async () => {
    const unsureOutputs: LanguageRewriter = {
      ...createFakeRewriter('python', ['.py']),
      rewrite: ({ source, path }) => ({ code: source.replace('pkg.legacy', 'x = ('), edits: [{ start: 0, end: 1, text: 'x' }], findings: [rewrittenFinding(path)] }),
      checkSyntax: () => new SyntaxUnsure('a test says so', 1, 1),
    };
    const [result] = await run({ 'a.py': 'import pkg.legacy\n' }, 'python3', [unsureOutputs]);
    expect(result).toMatchObject({ status: 'failed', error: { code: 'output-unparseable', message: expect.stringMatching(/^CPython rejects the rewritten file/) } });
  });
});
