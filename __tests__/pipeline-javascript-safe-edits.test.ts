// javascript-safe-edits: when a renaming JS/TS output may skip Babel's re-parse. Accepted outputs
// re-parse (checked here with the real parser); each refusal is shown to guard an output that would
// not parse, where one exists.
import { compilePlan } from '../src/manifest/plan';
import { javascriptEditsProvablyParse } from '../src/pipeline/javascript-safe-edits';
import { createFileProcessor } from '../src/pipeline/process-file';
import { applyEdits } from '../src/rewrite/edits';
import { javascriptRewriter } from '../src/rewrite/js';
import type { LanguageRewriter } from '../src/rewrite/language';
import type { Edit, RewriteOutcome } from '../src/types';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';
import { rewrittenFinding } from './helpers/fake-rewriter';

afterAll(cleanupTempDirs);

/** Edits replacing the given occurrences (0-based, in source order) of whole word `old` with `text`. */
function swaps(source: string, old: string, text: string, which?: number[]): Edit[] {
  const edits: Edit[] = [];
  const word = new RegExp(`(?<![A-Za-z0-9_$])${old.replace(/\$/g, '\\$')}(?![A-Za-z0-9_$])`, 'g');
  let n = 0;
  for (const m of source.matchAll(word)) {
    if (!which || which.includes(n)) edits.push({ start: m.index!, end: m.index! + old.length, text });
    n++;
  }
  return edits;
}

const outcomeOf = (source: string, edits: Edit[], literalEdits?: number[]): RewriteOutcome => ({
  code: applyEdits(source, edits),
  edits,
  findings: [],
  ...(literalEdits ? { literalEdits } : {}),
});

const parses = (code: string, path = 'a.tsx') => javascriptRewriter.checkSyntax(code, path) === undefined;

describe('renames proven parse-safe', () => {
  test.each([
    ['an import and its uses', "import { A } from './x';\nA();\nconst b: A = new A();\n", 'A', 'B'],
    ['JSX opening and closing tags', "import { A } from './x';\nexport const e = <A>text A</A>;\n", 'A', 'Widget'],
    ['a word in strings and comments too', "import { A } from './x';\n// A is here\nconst s = 'A';\n", 'A', 'B'],
    ['a property named like the old name', "import { A } from './x';\nobj.A = A;\n", 'A', 'B'],
    ['the new name only inside longer words', "import { A } from './x';\nconst xB = A, By = 1, $B = 2, B_ = 3;\n", 'A', 'B'],
    ['the old name left only inside longer words', "import { A } from './x';\nconst Ax = A, xA = 1;\n", 'A', 'B'],
  ])('%s', (_label, source, old, text) => {
    const outcome = outcomeOf(source, swaps(source, old, text));
    expect(javascriptEditsProvablyParse(source, outcome)).toBe(true);
    expect(parses(outcome.code)).toBe(true);
  });

  test('an edit holding an alias keeps its other words (`A as Pool` → `B as Pool`), beside a claimed specifier', () => {
    const source = "import { A as Pool } from './old';\nnew Pool();\n";
    const start = source.indexOf('A as Pool');
    const literal = source.indexOf('./old');
    const edits = [
      { start: literal, end: literal + 5, text: './new' },
      { start, end: start + 9, text: 'WSManager as Pool' },
    ];
    const outcome = outcomeOf(source, edits, [0]);
    expect(javascriptEditsProvablyParse(source, outcome)).toBe(true);
    expect(javascriptEditsProvablyParse(source, { ...outcome, code: outcome.code + ';' })).toBe(false);
  });
});

describe('refusals, each guarding an output that would not parse', () => {
  /** The output of these edits does not parse, and the proof says so by refusing them. */
  function expectGuarded(source: string, edits: Edit[], path = 'a.tsx') {
    const outcome = outcomeOf(source, edits);
    expect(parses(outcome.code, path)).toBe(false);
    expect(javascriptEditsProvablyParse(source, outcome)).toBe(false);
  }

  test.each([
    ['the old name left somewhere (a JSX closing tag)', 'const e = <A></A>;\n', (s: string) => swaps(s, 'A', 'B', [0])],
    ['a new name the input already has', 'let B = 1;\nlet A = 2;\n', (s: string) => swaps(s, 'A', 'B')],
    ['two names merged into one', 'let A = 1;\nlet C = 2;\n', (s: string) => [...swaps(s, 'A', 'B'), ...swaps(s, 'C', 'B')]],
    ['one name split in two', 'const e = <A></A>;\n', (s: string) => [...swaps(s, 'A', 'B', [0]), ...swaps(s, 'A', 'C', [1])]],
  ])('%s', (_label, source, edits) => expectGuarded(source, edits(source)));

  test.each([
    ['a keyword as the new name', 'let A = 1;\n', 'A', 'let'],
    ['a contextual keyword as the old name', 'type A = string;\n', 'type', 'kind'],
    ['regular-expression flags', 'const g = 1;\nconst r = /x/g;\n', 'g', 'h'],
    ['an exponent after `1.`', 'const e5 = 1.e5;\n', 'e5', 'z'],
  ])('%s', (_label, source, old, text) => expectGuarded(source, swaps(source, old, text), 'a.ts'));

  test('a file spelling an ASCII name with a \\u escape', () => {
    const source = 'let \\u0042 = 1;\nlet A = 2;\n';
    expectGuarded(source, swaps(source, 'A', 'B'));
    const plain = 'let C = 1;\nlet A = 2;\n';
    expect(javascriptEditsProvablyParse(plain, outcomeOf(plain, swaps(plain, 'A', 'B')))).toBe(true);
  });

  test('part of a word, a private name, and edits that are not word swaps', () => {
    const source = 'class K { #A = 1; m() { return this.#A + AB; } }\n';
    const partial = source.indexOf('AB');
    expect(javascriptEditsProvablyParse(source, outcomeOf(source, [{ start: partial, end: partial + 1, text: 'C' }]))).toBe(false);
    expect(javascriptEditsProvablyParse(source, outcomeOf(source, swaps(source, 'A', 'B')))).toBe(false);
    const removal = "import { A } from './x';\nA();\n";
    const end = removal.indexOf('\n') + 1;
    expect(javascriptEditsProvablyParse(removal, outcomeOf(removal, [{ start: 0, end, text: '' }]))).toBe(false);
  });
});

describe('process-file skips the re-parse only for proven renames', () => {
  function countingRewriter(rewrite?: LanguageRewriter['rewrite']) {
    const calls = { checkSyntax: 0 };
    const rewriter: LanguageRewriter = {
      ...javascriptRewriter,
      extensions: ['.tsx'],
      ...(rewrite ? { rewrite } : {}),
      checkSyntax: (code, path) => {
        calls.checkSyntax++;
        return javascriptRewriter.checkSyntax(code, path);
      },
    };
    return { rewriter, calls };
  }
  const plan = compilePlan({ javascript: { moves: [{ from: './src/old.ts:A', to: './src/new.ts:B' }] } }, { file: 'test' });
  const source = "import { A } from './old';\nexport const e = <A>{A.name}</A>;\n";
  const processWith = (rewriter: LanguageRewriter) => createFileProcessor({ root: makeTempDir({ 'src/a.tsx': source }), plan, rewriters: [rewriter] })('src/a.tsx');

  test('the real rewriter renaming a symbol: changed, no re-parse', async () => {
    const { rewriter, calls } = countingRewriter();
    expect(await processWith(rewriter)).toMatchObject({ status: 'changed', code: "import { B } from './new';\nexport const e = <B>{B.name}</B>;\n" });
    expect(calls.checkSyntax).toBe(0);
  });

  test('a rename that misses the closing tag is re-parsed and refused', async () => {
    const { rewriter, calls } = countingRewriter((input) => ({ ...outcomeOf(input.source, swaps(input.source, 'A', 'B', [0, 1, 2])), findings: [rewrittenFinding(input.path)] }));
    expect(await processWith(rewriter)).toMatchObject({ status: 'failed', error: { code: 'output-unparseable' } });
    expect(calls.checkSyntax).toBe(1);
  });
});
