// Property tests of the Python reader against CPython's `ast` (one python3 process per batch):
// on generated valid modules it finds exactly the imports and string literals CPython finds and
// reports no syntax error; on mutated modules it never claims an error CPython does not.
import fc from 'fast-check';
import { createLineIndex } from '../src/rewrite/line-index';
import { pythonRewriter } from '../src/rewrite/python';
import { SourceSyntaxError } from '../src/rewrite/source-syntax-error';
import { readSource } from '../src/rewrite/python/read-source';
import { Tok } from '../src/rewrite/python/tokenizer';
import { compareWithAst, type ReaderView } from './helpers/python-ast-oracle';
import { compileWithCPython } from './helpers/python-oracle';
import { moduleArb } from './helpers/python-source-arbitrary';

function view(source: string): ReaderView {
  const { tokens: t, imports } = readSource(source, 'gen.py');
  const lines = createLineIndex(source);
  const at = (offset: number) => lines.position(offset);
  const strings: ReaderView['strings'] = [];
  const fstrings: ReaderView['fstrings'] = [];
  for (let k = 0; k < t.count; k++) {
    if (t.kind[k] !== Tok.String) continue;
    if (t.code[k] === 1) fstrings.push(at(t.start[k]));
    else strings.push({ ...at(t.start[k]), text: source.slice(t.start[k], t.end[k]) });
  }
  return {
    source,
    strings,
    fstrings,
    imports: imports.map((i) => ({
      ...at(i.start),
      kind: i.kind,
      level: i.level,
      module: i.kind === 'from' ? i.module : '',
      names: i.star ? [['*', null]] : i.items.map((it): [string, string | null] => [it.name, it.alias ?? null]),
    })),
  };
}

// PY_ORACLE_RUNS / PY_ORACLE_SEED widen a local run; the defaults keep CI quick and deterministic.
const RUNS = Number(process.env.PY_ORACLE_RUNS ?? 400);
const SEED = Number(process.env.PY_ORACLE_SEED ?? 20261126);

describe('python reader vs CPython ast', () => {
  const sources = fc.sample(moduleArb, { numRuns: RUNS, seed: SEED });

  test('generated modules: same imports and string literals as ast, and no syntax error', () => {
    const views = sources.map(view);
    expect(views.reduce((n, v) => n + v.imports.length, 0)).toBeGreaterThan(RUNS);
    expect(views.reduce((n, v) => n + v.strings.length + v.fstrings.length, 0)).toBeGreaterThan(RUNS);
    const verdicts = compareWithAst(views);
    const invalid = verdicts.filter((v) => v.invalid).length;
    expect(invalid).toBe(0);
    const failures = verdicts.map((v, i) => ({ source: sources[i], ...v })).filter((v) => v.mismatches.length > 0);
    expect(failures.slice(0, 3)).toEqual([]);
  });

  test('mutated modules: every syntax error the reader claims, CPython 3.11 compile() also reports', () => {
    const mutation = fc.tuple(fc.nat(), fc.constantFrom('delete', '"', "'", '(', ')', ']', '{', ':', '\\', '\n    ', '\n', ' ', '#', 'f"{', 'import', 'from .'));
    const cases = fc.sample(fc.tuple(moduleArb, mutation), { numRuns: RUNS * 2, seed: SEED + 1 }).map(([source, [pos, what]]) => {
      const at = source.length === 0 ? 0 : pos % source.length;
      return what === 'delete' ? source.slice(0, at) + source.slice(at + 1) : source.slice(0, at) + what + source.slice(at);
    });
    const claim = (c: string) => {
      const problem = pythonRewriter.checkSyntax(c, 'm.py');
      return problem instanceof SourceSyntaxError ? problem.message : undefined;
    };
    const claimed = cases.filter((c) => claim(c) !== undefined);
    expect(claimed.length).toBeGreaterThan(50);
    const verdicts = compileWithCPython(claimed);
    const falseErrors = claimed.filter((_, i) => verdicts[i].ok).map((c) => ({ source: c, claim: claim(c) }));
    expect(falseErrors.slice(0, 3)).toEqual([]);
  });
});
