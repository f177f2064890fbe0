// --tolerant in the pipeline: the line shift of an error (tolerant-check), the results a broken
// file ends in (tolerant-result via process-file): changed (tolerant), failed: parse with findings,
// failed: output-unparseable when the output fails anywhere else than the input; and the run's tally.
import { createFileProcessor } from '../src/pipeline/process-file';
import { createSyntaxErrorTally, EXCLUDE_HINT, TOLERANT_HINT } from '../src/pipeline/syntax-error-tally';
import { createLineMover, expectedVerdict, failsWhereInputDid } from '../src/pipeline/tolerant-check';
import { pythonRewriter } from '../src/rewrite/python';
import type { LanguageRewriter } from '../src/rewrite/language';
import type { FileResult } from '../src/types';
import { testPlan } from './helpers/plans';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

describe('tolerant-check', () => {
  const source = 'a\nb\nc\nd\n';
  test('an error moves by the line count of the edits before it, never by those after it', () => {
    const edits = [
      { start: 1, end: 1, text: '\nx\ny' }, // +2 after line 1's text
      { start: 4, end: 6, text: '' }, // line 3 and its break removed: -1
      { start: 7, end: 7, text: '\n\n\n' }, // +3 right at (4, 2): an insertion there lands before the position
    ];
    const move = createLineMover(source, edits);
    expect([move(1), move(2), move(4, 1), move(4, 2)]).toEqual([1, 4, 5, 8]);
  });

  test('a position inside an edit has no line (it matches nothing)', () => {
    expect(createLineMover(source, [{ start: 2, end: 5, text: 'z' }])(2, 2)).toBeNaN();
  });

  test('"on line N" in the message moves too; parsing inputs predict parsing outputs', () => {
    const edits = [{ start: 0, end: 0, text: 'import x\n' }];
    const input = { ok: false, message: "expected an indented block after 'if' statement on line 2", line: 3 };
    expect(expectedVerdict(source, edits, input)).toEqual({ ok: false, message: "expected an indented block after 'if' statement on line 3", line: 4 });
    expect(failsWhereInputDid(source, edits, input, { ok: false, message: "expected an indented block after 'if' statement on line 3", line: 4 })).toBe(true);
    expect(failsWhereInputDid(source, edits, input, { ok: false, message: "expected an indented block after 'if' statement on line 2", line: 4 })).toBe(false);
    expect(failsWhereInputDid(source, edits, input, { ok: true })).toBe(false);
    expect(failsWhereInputDid(source, edits, { ok: true }, { ok: true })).toBe(true);
  });
});

describe('tolerant results', () => {
  const broken = 'from pkg.legacy import A, B\nif x\n    y = 1\n';
  const processor = (files: Record<string, string>, tolerant: boolean, rewriter: LanguageRewriter = pythonRewriter) =>
    createFileProcessor({ root: makeTempDir(files), plan: testPlan(), rewriters: [rewriter], rewriteOptions: { tolerant } });

  test('without --tolerant a broken file is failed: parse, as before', async () => {
    expect(await processor({ 'a.py': broken }, false)('a.py')).toMatchObject({ status: 'failed', error: { code: 'parse', line: 3, column: 5 }, findings: [] });
  });

  test('with --tolerant it is changed and carries the input parse error', async () => {
    const result = await processor({ 'a.py': broken }, true)('a.py');
    expect(result).toMatchObject({ status: 'changed', code: 'from pkg.core import A, B\nif x\n    y = 1\n', tolerant: { line: 3, column: 5, message: 'unexpected indent' } });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'rewritten', line: 1 })]);
  });

  test('nothing provable to rewrite: still failed: parse, now with the manual findings', async () => {
    const result = await processor({ 'a.py': 'x = (\nfrom pkg.legacy import A\n' }, true)('a.py');
    expect(result).toMatchObject({ status: 'failed', error: { code: 'parse', message: "a.py:1:5: '(' was never closed", line: 1, column: 5 } });
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'manual', line: 2, form: 'from-import' })]);
  });

  test('an output that fails anywhere else than the input is output-unparseable and never changed', async () => {
    // A rewriter whose "provable" edit breaks a line of its own before the real error.
    const sloppy: LanguageRewriter = {
      ...pythonRewriter,
      rewrite(input) {
        const outcome = pythonRewriter.rewrite(input);
        const code = outcome.code.replace('from pkg.core import A, B\n', 'from pkg.core import A, B)\n');
        return { ...outcome, code, edits: [...outcome.edits, { start: 27, end: 27, text: ')' }] };
      },
    };
    const result = await processor({ 'a.py': broken }, true, sloppy)('a.py');
    expect(result).toMatchObject({ status: 'failed', error: { code: 'output-unparseable', line: 1 } });
    expect(result.status === 'failed' && result.error.message).toMatch(/must fail where the input did \("unexpected indent" at output line 3\), but it fails with "unmatched '\)'" at line 1/);
  });
});

describe('syntax-error tally', () => {
  const parseFailure = (language?: 'python' | 'javascript'): FileResult => ({ path: 'x', findings: [], status: 'failed', ...(language ? { language } : {}), error: { code: 'parse', message: 'bad' } });
  const tolerantChange: FileResult = { path: 'y.py', findings: [], status: 'changed', language: 'python', original: 'a', code: 'b', edits: [], tolerant: { line: 1, message: 'bad' } };
  const tally = (tolerantRun: boolean, results: FileResult[]) => {
    const t = createSyntaxErrorTally(tolerantRun);
    results.forEach((r) => t.add(r));
    return t.finish();
  };

  test('counts files not parsed and tolerant changes; --tolerant is the hint when Python files were left unparsed without it', () => {
    expect(tally(false, [parseFailure('python'), parseFailure('python')])).toEqual({ notParsed: 2, tolerant: 0, hint: TOLERANT_HINT });
    expect(tally(false, [parseFailure('python'), parseFailure('javascript')])).toEqual({ notParsed: 2, tolerant: 0, hint: `${TOLERANT_HINT} (the 1 Python file among them)` });
    expect(tally(true, [parseFailure('python'), tolerantChange])).toEqual({ notParsed: 1, tolerant: 1 });
    expect(tally(false, [tolerantChange])).toEqual({ notParsed: 0, tolerant: 1 });
  });

  // prettier keeps fixtures that are invalid on purpose; one that the JS prefilter must let through
  // (a `\u` escape might hide a specifier) fails the run: the hint says how to leave such files out.
  test('files no tolerant rewrite applies to (JS) get the hint to exclude fixtures that are invalid on purpose', () => {
    expect(tally(false, [parseFailure('javascript')])).toEqual({ notParsed: 1, tolerant: 0, hint: EXCLUDE_HINT });
    expect(tally(true, [parseFailure('javascript'), parseFailure('python')])).toEqual({ notParsed: 2, tolerant: 0, hint: EXCLUDE_HINT });
    expect(tally(true, [parseFailure('python')])).toEqual({ notParsed: 1, tolerant: 0 });
  });
});
