// Differential fuzz test of the Python reader (tokenizer + parser + scope pass) against CPython
// 3.13's compile() (pyodide, one instance, one batch): thousands of seeded mutants of real-shaped
// files must get the same accept/reject verdict, or the reader says `unsure` (counted). A
// disagreement is shrunk (lines, then tokens) and printed. PY_FUZZ_MUTANTS / PY_FUZZ_SEED widen a
// local run; PY_FUZZ_SOURCES=<dir> adds that directory's .py files as seeds.
import fs from 'node:fs';
import path from 'node:path';
import { Rng } from '../scripts/corpus/prng';
import { pythonSource } from '../scripts/corpus/python-source';
import { parsePython } from '../src/rewrite/python/parse/parse-python';
import { PythonSyntaxProblem } from '../src/rewrite/python/syntax-problem';
import { tokenize } from '../src/rewrite/python/tokenizer';
import { FIXTURES_ROOT } from './helpers/fixture-cases';
import { loadCPython313, type CPython313 } from './helpers/pyodide-oracle';
import { mutate, type Mutant } from './helpers/python-mutants';
import { SYNTAX_SEEDS } from './helpers/python-syntax-seeds';

const MUTANTS = Number(process.env.PY_FUZZ_MUTANTS ?? 5000);
const SEED = Number(process.env.PY_FUZZ_SEED ?? 20261205);

type ReaderVerdict = 'ok' | 'error' | 'unsure' | 'crash';

function readerVerdict(source: string): { verdict: ReaderVerdict; detail: string } {
  try {
    const verdict = parsePython(source, tokenize(source));
    return verdict.kind === 'ok' ? { verdict: 'ok', detail: '' } : { verdict: 'unsure', detail: verdict.reason };
  } catch (error) {
    if (error instanceof PythonSyntaxProblem) return { verdict: 'error', detail: `${error.message} @${error.offset}` };
    return { verdict: 'crash', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const agrees = (reader: ReaderVerdict, cpythonOk: boolean) => reader === 'unsure' || (reader === 'ok') === cpythonOk && reader !== 'crash';

function seeds(): string[] {
  const rng = new Rng(SEED);
  const corpus = Array.from({ length: 40 }, (_, i) =>
    pythonSource({ path: `app/billing/api/module_${i}.py`, lines: rng.int(25, 90), legacy: rng.chance(0.5), isTest: rng.chance(0.3), siblings: ['app.billing.models.ledger'] }, rng),
  );
  const dir = path.join(FIXTURES_ROOT, 'py-imports');
  const fixtures = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.input.py') && !f.startsWith('syntax-error-') && !f.includes('tolerant-')) // broken on purpose
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  const extraDir = process.env.PY_FUZZ_SOURCES;
  const extra = extraDir ? listPython(extraDir).map((f) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '')) : [];
  return [...corpus, ...fixtures, ...SYNTAX_SEEDS, ...extra];
}

function listPython(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py')).map((f) => path.join(dir, f)).sort();
}

/** Deletes lines, then tokens-sized chunks, while the reader and CPython still disagree. */
async function shrink(cpython: CPython313, source: string): Promise<string> {
  const disagrees = async (s: string) => !agrees(readerVerdict(s).verdict, (await cpython.compile([s]))[0].ok);
  let current = source;
  for (let budget = 400, changed = true; changed && budget > 0; ) {
    changed = false;
    const lines = current.split('\n');
    for (let i = lines.length - 1; i >= 0 && budget > 0; i--, budget--) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      if (await disagrees(candidate)) {
        current = candidate;
        lines.splice(i, 1);
        changed = true;
      }
    }
    const words = current.split(/(?<=\s)|(?=\s)/);
    for (let i = words.length - 1; i >= 0 && budget > 0; i--, budget--) {
      if (/^\s+$/.test(words[i])) continue;
      const candidate = [...words.slice(0, i), ...words.slice(i + 1)].join('');
      if (await disagrees(candidate)) {
        current = candidate;
        words.splice(i, 1);
        changed = true;
      }
    }
  }
  return current;
}

describe('python reader vs CPython 3.13 compile()', () => {
  let cpython: CPython313;
  beforeAll(async () => {
    cpython = await loadCPython313();
  }, 60_000);

  afterAll(() => cpython?.close());

  test('every seed compiles, and the reader accepts it', async () => {
    const all = seeds();
    const verdicts = await cpython.compile(all);
    expect(all.filter((_, i) => !verdicts[i].ok).map((s, i) => ({ seed: s.slice(0, 200), error: verdicts[i].error }))).toEqual([]);
    expect(all.map(readerVerdict).filter((v) => v.verdict !== 'ok')).toEqual([]);
  });

  test(`${MUTANTS} seeded mutants: the reader's accept/reject is CPython's, or unsure`, async () => {
    const all = seeds();
    const rng = new Rng(SEED + 1);
    const mutants: Mutant[] = Array.from({ length: MUTANTS }, (_, i) => mutate(all[i % all.length], rng));
    const verdicts = await cpython.compile(mutants.map((m) => m.source));
    let rejected = 0;
    let unsure = 0;
    const disagreements: Array<Mutant & { cpython: string; reader: string }> = [];
    mutants.forEach((m, i) => {
      const reader = readerVerdict(m.source);
      if (!verdicts[i].ok) rejected++;
      if (reader.verdict === 'unsure') unsure++;
      if (!agrees(reader.verdict, verdicts[i].ok)) {
        disagreements.push({ ...m, cpython: verdicts[i].ok ? 'accepts' : `rejects: ${verdicts[i].error}`, reader: `${reader.verdict} ${reader.detail}` });
      }
    });
    console.log(`python reader fuzz: ${all.length} seeds, ${MUTANTS} mutants (${rejected} rejected by CPython), ${MUTANTS - disagreements.length - unsure} agreements, ${unsure} unsure, ${disagreements.length} disagreements`);
    const shown = [];
    for (const d of disagreements.slice(0, 3)) shown.push({ mutation: d.mutation, cpython: d.cpython, reader: d.reader, shrunk: await shrink(cpython, d.source) });
    expect(shown).toEqual([]);
  }, Math.max(60_000, MUTANTS * 15));
});
