// literal-edits: when a changed output may skip its verifying re-parse. Only edits that replace the
// text between a string literal's quotes with text needing no escape qualify, and only when the
// rewriter claims it; the JS rewriter claims it for specifier edits, never for renamed identifiers
// (those have a proof of their own: pipeline-javascript-safe-edits.test.ts).
import fc from 'fast-check';
import { compilePlan } from '../src/manifest/plan';
import { javascriptEditsProvablyParse as provablyParses } from '../src/pipeline/javascript-safe-edits';
import { sameAsEdited } from '../src/pipeline/literal-edits';
import { createFileProcessor } from '../src/pipeline/process-file';
import { javascriptRewriter } from '../src/rewrite/js';
import type { LanguageRewriter } from '../src/rewrite/language';
import { applyEdits } from '../src/rewrite/edits';
import type { Edit, RewriteOutcome } from '../src/types';
import { testPlan } from './helpers/plans';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';
import { rewrittenFinding } from './helpers/fake-rewriter';

afterAll(cleanupTempDirs);

/** What a rewriter claiming literal-content edits returns for `source`: the code is the edited source. */
const claimedFor = (source: string) => (edits: Edit[]): RewriteOutcome => {
  let code: string;
  try {
    code = applyEdits(source, edits);
  } catch {
    code = source; // overlapping edits cannot be applied; the claim is refused anyway
  }
  return { code, edits, findings: [], literalEdits: edits.map((_, i) => i) };
};
/** An edit replacing `old` (its first occurrence in `source`) with `text`. */
const at = (source: string, old: string, text: string): Edit => ({ start: source.indexOf(old), end: source.indexOf(old) + old.length, text });

describe('provablyParses', () => {
  const source = "import a from './legacy';\nconst b = require(\"./legacy\");\njest.mock(`./legacy`);\n";
  const claimed = claimedFor(source);

  test('accepts claimed edits of whole literal contents in any quote style', () => {
    const double = source.indexOf('"./legacy"') + 1;
    const edits = [at(source, './legacy', '@/core/x'), { start: double, end: double + 8, text: '../y' }];
    expect(provablyParses(source, claimed(edits))).toBe(true);
    const template = source.indexOf('`') + 1;
    expect(provablyParses(source, claimed([{ start: template, end: template + 8, text: './core' }]))).toBe(true);
  });

  test('refuses a claim whose code is not the source with exactly these edits (a bug elsewhere in the output)', () => {
    const outcome = claimed([at(source, './legacy', './core')]);
    expect(provablyParses(source, outcome)).toBe(true);
    expect(provablyParses(source, { ...outcome, code: outcome.code.replace('import a', 'import {a') })).toBe(false);
    expect(provablyParses(source, { ...outcome, code: outcome.code + ';' })).toBe(false);
    expect(provablyParses(source, { ...outcome, code: outcome.code.slice(1) })).toBe(false);
  });

  test('accepts edits listed in any order (rewriters list them as they make them)', () => {
    const double = source.indexOf('"./legacy"') + 1;
    const edits = [{ start: double, end: double + 8, text: '../y' }, at(source, './legacy', '@/core/x')];
    expect(provablyParses(source, claimed(edits))).toBe(true);
  });

  test('refuses without the claim, or with no edits', () => {
    expect(provablyParses(source, { ...claimed([at(source, './legacy', './core')]), literalEdits: undefined })).toBe(false);
    expect(provablyParses(source, claimed([]))).toBe(false);
  });

  test.each([
    ['a quote of the literal in the new text', "./it's"],
    ['a backslash', './a\\b'],
    ['a line feed', './a\nb'],
    ['a carriage return', './a\rb'],
    ['a line separator', './a\u2028b'],
  ])('refuses %s', (_label, text) => {
    expect(provablyParses(source, claimed([at(source, './legacy', text)]))).toBe(false);
  });

  test('refuses edits that are not the whole text between two equal quotes', () => {
    const start = source.indexOf('./legacy');
    expect(provablyParses(source, claimed([{ start: start + 1, end: start + 8, text: 'x' }]))).toBe(false); // starts after the quote
    expect(provablyParses(source, claimed([{ start, end: start + 7, text: 'x' }]))).toBe(false); // stops before the quote
    expect(provablyParses(source, claimed([{ start: 0, end: 6, text: 'export' }]))).toBe(false); // not in a literal
    const mixed = "f('a\", 'b');";
    expect(provablyParses(mixed, claimedFor(mixed)([{ start: 3, end: 4, text: './z' }]))).toBe(false); // ' … " do not pair
  });

  test('refuses old text that needed escaping, `$` in templates, and overlapping edits', () => {
    const escaped = "import a from './le\\x67acy';";
    expect(provablyParses(escaped, claimedFor(escaped)([at(escaped, './le\\x67acy', './core')]))).toBe(false);
    const template = source.indexOf('`') + 1;
    expect(provablyParses(source, claimed([{ start: template, end: template + 8, text: './${x}' }]))).toBe(false);
    const twice = "f('a','b')";
    expect(provablyParses(twice, claimedFor(twice)([{ start: 3, end: 4, text: 'x' }, { start: 3, end: 4, text: 'y' }]))).toBe(false);
  });
});

describe('the JS rewriter claims literal contents only for specifier rewrites', () => {
  const plan = compilePlan(
    { javascript: { moves: [{ from: './src/legacy.ts', to: './src/canonical.ts' }, { from: './src/old.ts:A', to: './src/new.ts:B' }] } },
    { file: 'test' },
  );

  test('a module move is a specifier edit: claimed, and the pipeline check agrees', () => {
    const source = "import { x } from './legacy';\njest.mock('./legacy');\n";
    const outcome = javascriptRewriter.rewrite({ source, path: 'src/a.ts', plan });
    expect(outcome.code).toBe("import { x } from './canonical';\njest.mock('./canonical');\n");
    expect(outcome.literalEdits).toEqual([0, 1]);
    expect(provablyParses(source, outcome)).toBe(true);
  });

  test('a renamed symbol edits identifiers: only its specifier is claimed, the rest is proven as a rename', () => {
    const source = "import { A } from './old';\nA();\n";
    const outcome = javascriptRewriter.rewrite({ source, path: 'src/a.ts', plan });
    expect(outcome.code).toBe("import { B } from './new';\nB();\n");
    expect(outcome.literalEdits?.map((i) => outcome.edits[i].text)).toEqual(['./new']);
    expect(provablyParses(source, outcome)).toBe(true);
    expect(provablyParses(source, { ...outcome, literalEdits: undefined })).toBe(false);
  });
});

describe('process-file re-parses unless the edits are provably safe', () => {
  /** A rewriter that swaps `'old'` for `'<replacement>'`, claims literal contents, and counts re-parses. */
  function claimingRewriter(replacement: string) {
    const calls = { checkSyntax: 0 };
    const rewriter: LanguageRewriter = {
      language: 'javascript',
      extensions: ['.ts'],
      rewrite: ({ source, path }) => {
        const start = source.indexOf("'legacy-lib'") + 1;
        const edits = [{ start, end: start + 'legacy-lib'.length, text: replacement }];
        return { code: source.slice(0, start) + replacement + source.slice(edits[0].end), edits, findings: [rewrittenFinding(path)], literalEdits: [0] };
      },
      checkSyntax: (code) => {
        calls.checkSyntax++;
        return javascriptRewriter.checkSyntax(code, 'a.ts');
      },
    };
    return { rewriter, calls };
  }
  const processWith = (rewriter: LanguageRewriter) =>
    createFileProcessor({ root: makeTempDir({ 'a.ts': "import x from 'legacy-lib';\n" }), plan: testPlan(), rewriters: [rewriter] })('a.ts');

  test('a plain specifier swap is changed without a re-parse', async () => {
    const { rewriter, calls } = claimingRewriter('core-lib');
    expect(await processWith(rewriter)).toMatchObject({ status: 'changed', code: "import x from 'core-lib';\n" });
    expect(calls.checkSyntax).toBe(0);
  });

  test('a wrong claim (the new text closes the string) is re-parsed and refused', async () => {
    const { rewriter, calls } = claimingRewriter("core'; oops");
    expect(await processWith(rewriter)).toMatchObject({ status: 'failed', error: { code: 'output-unparseable' } });
    expect(calls.checkSyntax).toBe(1);
  });
});

describe('sameAsEdited', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '"', '\n', 'é'), maxLength: 40 });
  const case_ = text.chain((source) =>
    fc.tuple(
      fc.constant(source),
      fc.uniqueArray(fc.nat({ max: source.length }), { maxLength: 6 }).chain((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const pairs: Array<[number, number]> = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i], sorted[i + 1]]);
        return fc.tuple(...pairs.map(([start, end]) => text.map((t): Edit => ({ start, end, text: t }))));
      }),
    ),
  );

  test('is true exactly for the source with the edits applied', () => {
    fc.assert(
      fc.property(case_, fc.nat(), fc.constantFrom('x', ''), ([source, edits], at, extra) => {
        const code = applyEdits(source, edits);
        expect(sameAsEdited(source, code, edits)).toBe(true);
        // Any other text is refused: one character changed, added or removed anywhere.
        const k = code.length === 0 ? 0 : at % code.length;
        const resized = extra === '' ? code.slice(0, k) + code.slice(k + 1) : code.slice(0, k) + extra + code.slice(k);
        if (resized.length !== code.length) expect(sameAsEdited(source, resized, edits)).toBe(false);
        const changed = code.length === 0 ? 'z' : code.slice(0, k) + (code[k] === 'z' ? 'y' : 'z') + code.slice(k + 1);
        expect(sameAsEdited(source, changed, edits)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
