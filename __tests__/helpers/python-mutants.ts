// Seeded, deterministic mutations of real-shaped Python files for the reader's differential fuzz
// test: delete, duplicate, swap or splice tokens, swap keywords, drop a colon, unbalance a bracket,
// break an indent, insert a Python 2 statement or one CPython refuses in some places, replace a line
// with random tokens, and char-level edits.
// Used by python-reader-fuzz.test.ts.
import { Rng } from '../../scripts/corpus/prng';
import { Tok, tokenize } from '../../src/rewrite/python/tokenizer';

export interface Mutant {
  source: string;
  /** What was done, for messages (`delete-token 'x' at 120`). */
  mutation: string;
}

const PYTHON2 = [
  'print "decoded:", x',
  'print x',
  'exec code',
  'exec "x = 1" in ns',
  'x = `y`',
  'if a <> b: pass',
  'mode = 0777',
  "s = ur'abc'",
  'raise ValueError, "bad"',
  'print >>sys.stderr, "x"',
  'try:\n    pass\nexcept ValueError, e:\n    pass',
  'def f(a, (b, c)): pass',
  'x = 10L',
  'assert isinstance(x, (int, long)), "x"',
];

/** Statements whose validity depends on where they land (function, loop, async, module top…). */
const STATEMENTS = [
  'return x', 'return', 'yield x', 'yield from y', 'await x', 'break', 'continue', 'global x', 'nonlocal x',
  'del f()', 'del x, y[0]', 'f() = 1', '*a = b', 'a, *b = c', 'a, *b, *c = d', 'x := 1', '(x := 1)', 'x: int = 1',
  '(x): int', 'x.y: int', 'a, b: int', 'from __future__ import annotations', 'from m import *', 'async with a: pass',
  'async for a in b: pass', 'lambda: (yield)', 'z = [x async for x in y]', 'z = (await x for x in y)', 'z = [(w := x) for x in y]',
  'z = [x for x in (w := y)]', '__debug__ = 1', 'None = 1', 'f(x=1, x=2)', 'f(**k, *a)', 'f(a=1, b)', 'def g(a, a): pass',
  'def g(a=1, b): pass', 'class K(x for x in y): pass', 'type T = int', 'type T[U] = list[U]', 'def g[T](x: T) -> T: return x',
  'match x:\n    case 1: pass\n    case _: pass', 'match x:\n    case y: pass\n    case 1: pass', 'with (a as b, c as d): pass',
  'try:\n    pass\nexcept* E:\n    pass', 'x = f"{a!r:>{w}}"', 'x = f"{a = }"', "x = f'{'nested'}'", 'x = 1if y else 2', 'x = 0x1for',
  'import a.b as c', 'from . import (a, b,)', 'assert x, "m"', 'raise E from e', 'x = yield', 'del (a), [b]', 'x = *a, *b',
  '@decorator\ndef g(): pass', 'for x in *a, b: pass', 'x = {**a, "b": 1}', 'x = a if b else c', 'x = not not y', 'x = -1 ** -2',
];

const REPLACEMENTS = [
  'await', 'yield', 'return', 'lambda', 'not', 'in', 'is', 'and', 'if', 'else', 'for', 'async', 'def', 'class', 'None',
  'True', '_', 'match', 'case', 'type', ':=', '*', '**', '=', '==', '->', '...', '.', ',', ':', ';', '@', '|', '(', ')',
  '[', ']', '{', '}', '"s"', "f'{x}'", 'b"b"', '0', '1.5j', '0777', 'x', '__debug__', 'print', 'exec',
];

const KEYWORDS = [
  'def', 'class', 'for', 'while', 'if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'async', 'await', 'return', 'yield',
  'lambda', 'global', 'nonlocal', 'del', 'pass', 'break', 'continue', 'import', 'from', 'as', 'in', 'is', 'not', 'and', 'or', 'raise',
  'assert', 'match', 'case', 'type', 'None', 'True', 'False',
];

const CHARS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '"', "'", '\\', '#', '@', '.', 'f"{', '`', '$', '0', 'e', '_', '\n', '\t', ' ', '!', ';'];

interface Token {
  start: number;
  end: number;
  kind: Tok;
}

type Mutation = (source: string, tokens: Token[], rng: Rng) => Mutant | undefined;

const splice = (source: string, start: number, end: number, text: string) => source.slice(0, start) + text + source.slice(end);
const show = (text: string) => JSON.stringify(text.length > 30 ? text.slice(0, 30) + '…' : text);

/** Offsets of line starts that begin a statement line (some code on it), with that line's indentation. */
function statementLines(source: string, tokens: Token[]): Array<{ at: number; indent: string }> {
  const lines: Array<{ at: number; indent: string }> = [];
  let lineStart = true;
  for (const t of tokens) {
    if (t.kind === Tok.Newline) lineStart = true;
    else if (lineStart && t.kind !== Tok.Indent && t.kind !== Tok.Dedent && t.kind !== Tok.Comment && t.kind !== Tok.Nl) {
      const at = source.lastIndexOf('\n', t.start - 1) + 1;
      lines.push({ at, indent: source.slice(at, t.start) });
      lineStart = false;
    }
  }
  return lines;
}

const significant = (tokens: Token[]) => tokens.filter((t) => t.kind === Tok.Name || t.kind === Tok.Number || t.kind === Tok.String || t.kind === Tok.Op);

const insertLine = (pool: readonly string[], name: string): Mutation => (source, tokens, rng) => {
  const lines = statementLines(source, tokens);
  if (lines.length === 0) return undefined;
  const { at, indent } = rng.pick(lines);
  const statement = rng.pick(pool).replace(/\n/g, '\n' + indent);
  return { source: splice(source, at, at, indent + statement + '\n'), mutation: `${name} ${show(statement)} at ${at}` };
};

const MUTATIONS: Array<readonly [string, Mutation, number]> = [
  ['delete-token', (source, tokens, rng) => {
    const t = rng.pick(significant(tokens));
    return t && { source: splice(source, t.start, t.end, ''), mutation: `delete-token ${show(source.slice(t.start, t.end))} at ${t.start}` };
  }, 4],
  ['duplicate-token', (source, tokens, rng) => {
    const t = rng.pick(significant(tokens));
    const text = t && source.slice(t.start, t.end);
    return t && { source: splice(source, t.end, t.end, ' ' + text), mutation: `duplicate-token ${show(text)} at ${t.start}` };
  }, 3],
  ['drop-colon', (source, tokens, rng) => {
    const colons = tokens.filter((t) => t.kind === Tok.Op && source[t.start] === ':' && t.end - t.start === 1);
    const t = colons.length > 0 ? rng.pick(colons) : undefined;
    return t && { source: splice(source, t.start, t.end, ''), mutation: `drop-colon at ${t.start}` };
  }, 2],
  ['unbalance-bracket', (source, tokens, rng) => {
    const brackets = tokens.filter((t) => t.kind === Tok.Op && '()[]{}'.includes(source[t.start]));
    if (brackets.length > 0 && rng.chance(0.5)) {
      const t = rng.pick(brackets);
      return { source: splice(source, t.start, t.end, ''), mutation: `delete-bracket ${source[t.start]} at ${t.start}` };
    }
    const t = rng.pick(significant(tokens));
    const c = rng.pick(['(', ')', '[', ']', '{', '}']);
    return t && { source: splice(source, t.start, t.start, c), mutation: `insert-bracket ${c} at ${t.start}` };
  }, 2],
  ['break-indent', (source, tokens, rng) => {
    const lines = statementLines(source, tokens);
    if (lines.length === 0) return undefined;
    const { at, indent } = rng.pick(lines);
    const replacement = rng.pick([indent + ' ', indent + '    ', indent.slice(1), indent.slice(4), indent + '\t', '\t' + indent.slice(4), '']);
    return { source: splice(source, at, at + indent.length, replacement), mutation: `break-indent ${show(indent)}→${show(replacement)} at ${at}` };
  }, 2],
  ['insert-python2', insertLine(PYTHON2, 'insert-python2'), 2],
  ['insert-statement', insertLine(STATEMENTS, 'insert-statement'), 4],
  ['swap-tokens', (source, tokens, rng) => {
    const sig = significant(tokens);
    if (sig.length < 2) return undefined;
    const i = rng.int(0, sig.length - 2);
    const [a, b] = [sig[i], sig[i + 1]];
    const between = source.slice(a.end, b.start);
    if (between.includes('\n')) return undefined;
    const swapped = source.slice(b.start, b.end) + between + source.slice(a.start, a.end);
    return { source: splice(source, a.start, b.end, swapped), mutation: `swap-tokens at ${a.start}` };
  }, 2],
  ['replace-token', (source, tokens, rng) => {
    const t = rng.pick(significant(tokens));
    const text = rng.pick(REPLACEMENTS);
    return t && { source: splice(source, t.start, t.end, text), mutation: `replace-token ${show(source.slice(t.start, t.end))}→${show(text)} at ${t.start}` };
  }, 3],
  ['line', (source, tokens, rng) => {
    const lines = statementLines(source, tokens);
    if (lines.length === 0) return undefined;
    const { at } = rng.pick(lines);
    const end = source.indexOf('\n', at) + 1 || source.length;
    const line = source.slice(at, end);
    return rng.chance(0.5)
      ? { source: splice(source, at, end, ''), mutation: `delete-line at ${at}` }
      : { source: splice(source, at, at, line), mutation: `duplicate-line at ${at}` };
  }, 2],
  ['random-tokens', (source, tokens, rng) => {
    const lines = statementLines(source, tokens);
    if (lines.length === 0) return undefined;
    const { at, indent } = rng.pick(lines);
    const end = source.indexOf('\n', at);
    const words = Array.from({ length: rng.int(2, 8) }, () => rng.pick(REPLACEMENTS));
    const line = indent + words.join(rng.chance(0.5) ? ' ' : '');
    return { source: splice(source, at, end < 0 ? source.length : end, line), mutation: `random-tokens ${show(line)} at ${at}` };
  }, 2],
  ['splice-tokens', (source, tokens, rng) => {
    const sig = significant(tokens);
    if (sig.length < 2) return undefined;
    const from = rng.int(0, sig.length - 1);
    const to = Math.min(sig.length - 1, from + rng.int(0, 5));
    const text = source.slice(sig[from].start, sig[to].end);
    if (text.includes('\n')) return undefined;
    const at = rng.pick(sig).start;
    return { source: splice(source, at, at, text + ' '), mutation: `splice-tokens ${show(text)} at ${at}` };
  }, 2],
  ['swap-keyword', (source, tokens, rng) => {
    const words = significant(tokens).filter((t) => KEYWORDS.includes(source.slice(t.start, t.end)));
    if (words.length === 0) return undefined;
    const t = rng.pick(words);
    const text = rng.pick(KEYWORDS);
    return { source: splice(source, t.start, t.end, text), mutation: `swap-keyword ${source.slice(t.start, t.end)}→${text} at ${t.start}` };
  }, 2],
  ['insert-char', (source, _tokens, rng) => {
    const at = rng.int(0, source.length);
    const c = rng.pick(CHARS);
    return { source: splice(source, at, at, c), mutation: `insert-char ${show(c)} at ${at}` };
  }, 3],
];

/** One mutant of `source` (which must tokenize); one or, sometimes, two mutations. */
export function mutate(source: string, rng: Rng): Mutant {
  let current: Mutant = { source, mutation: '' };
  const rounds = rng.chance(0.2) ? 2 : 1;
  for (let r = 0; r < rounds; r++) {
    let tokens: Token[];
    try {
      const t = tokenize(current.source);
      tokens = Array.from({ length: t.count }, (_, k) => ({ start: t.start[k], end: t.end[k], kind: t.kind[k] as Tok }));
    } catch {
      tokens = [];
    }
    for (let attempt = 0; attempt < 10; attempt++) {
      const [, mutation] = rng.weighted(MUTATIONS.map(([name, fn, weight]) => [[name, fn] as const, weight] as const));
      const next = mutation(current.source, tokens, rng);
      if (next && next.source !== current.source) {
        current = { source: next.source, mutation: current.mutation ? `${current.mutation}; ${next.mutation}` : next.mutation };
        break;
      }
    }
  }
  return current;
}
