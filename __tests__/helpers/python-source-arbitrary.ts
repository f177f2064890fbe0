// fast-check arbitraries generating valid Python 3.8–3.11 modules (ASCII only, so CPython's byte
// columns equal ours): imports in every form and block, string literals of every prefix and quote,
// f-strings with fields/conversions/specs, comments, `;`, backslash continuations, nested blocks.
import fc from 'fast-check';

const nameArb = fc.constantFrom('a', 'b', 'mod', 'legacy', 'manager', 'X', 'Y2', '_p', 'WebSocketManager', 'app', 'Ünicode'.slice(1));
const dottedArb = fc.array(nameArb, { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));

const plainPrefix = fc.constantFrom('', '', '', 'r', 'u', 'R', 'U', 'b', 'B', 'rb', 'Rb', 'bR', 'BR', 'br');
const fPrefix = fc.constantFrom('f', 'F', 'rf', 'fR', 'Rf', 'FR');
const quoteArb = fc.constantFrom('"', "'", '"""', "'''");

function bodyPiece(quote: string, raw: boolean, triple: boolean): fc.Arbitrary<string> {
  const other = quote[0] === '"' ? "'" : '"';
  const pieces = ['app.websocket_core.manager', 'x', ' ', '.', '#', '\\n', '\\\\', `\\${quote[0]}`, other, '{', '}', 'legacy.mod'];
  if (triple) pieces.push('\n', `${quote[0]}x`);
  if (!raw) pieces.push('\\t', '\\x41', '\\u00e9', '\\N{DASH}'.replace('DASH', 'EM DASH'));
  return fc.constantFrom(...pieces);
}

export const stringLiteralArb: fc.Arbitrary<string> = fc
  .tuple(plainPrefix, quoteArb)
  .chain(([prefix, quote]) => {
    const raw = /r/i.test(prefix);
    const bytes = /b/i.test(prefix);
    return fc
      .array(bodyPiece(quote, raw, quote.length === 3), { maxLength: 6 })
      .map((parts) => parts.filter((p) => !(bytes && /\\u|\\N/.test(p))).join(''))
      .map((body) => `${prefix}${quote}${body}${quote}`);
  });

export const fStringArb: fc.Arbitrary<string> = fc.tuple(fPrefix, quoteArb).chain(([prefix, quote]) => {
  const other = quote[0] === '"' ? "'" : '"';
  const field = fc.constantFrom('{a}', '{a!r}', '{a:>10}', '{a:{b}}', `{d[${other}k${other}]}`, '{a + 1}', '{{', '}}', '{a=}', '{ {1: 2}[1] }', '{a:.{b}f}');
  const text = fc.constantFrom('app.websocket_core.manager', ' ', 'x', '.', other);
  return fc.array(fc.oneof(field, text), { maxLength: 5 }).map((parts) => `${prefix}${quote}${parts.join('')}${quote}`);
});

const importArb = (atModuleLevel: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    dottedArb.map((d) => `import ${d}`),
    fc.tuple(dottedArb, nameArb).map(([d, n]) => `import ${d} as ${n}`),
    fc.tuple(dottedArb, dottedArb, nameArb).map(([d, e, n]) => `import ${d}, ${e} as ${n}`),
    fc.tuple(fc.constantFrom('', '.', '..', '...'), dottedArb, fc.array(fc.tuple(nameArb, fc.option(nameArb)), { minLength: 1, maxLength: 3 })).map(
      ([dots, d, names]) => `from ${dots}${d} import ${names.map(([n, a]) => (a ? `${n} as ${a}` : n)).join(', ')}`,
    ),
    fc.tuple(fc.constantFrom('.', '..'), nameArb).map(([dots, n]) => `from ${dots} import ${n}`),
    fc.tuple(dottedArb, nameArb, nameArb).map(([d, n, m]) => `from ${d} import (  # lead\n    ${n},  # c\n    # own line\n    ${m} as zz,\n)`),
    fc.tuple(dottedArb, nameArb, nameArb).map(([d, n, m]) => `from ${d} import (${n},\n        ${m})`),
    fc.tuple(dottedArb, nameArb, nameArb).map(([d, n, m]) => `from ${d} import ${n}, \\\n    ${m}`),
    ...(atModuleLevel ? [dottedArb.map((d) => `from ${d} import *`)] : []),
  );

const simpleArb = (atModuleLevel: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    importArb(atModuleLevel),
    fc.tuple(nameArb, stringLiteralArb).map(([n, s]) => `${n} = ${s}`),
    fc.tuple(nameArb, stringLiteralArb, fStringArb).map(([n, s, f]) => `${n}(${s}, key=${f})`),
    fc.tuple(nameArb, stringLiteralArb).map(([n, s]) => `${n}[${s}] = [\n    1,\n  2]`),
    fc.tuple(importArb(false), nameArb).map(([i, n]) => `${n} = 1; ${i}`),
    fc.constantFrom('pass', 'x = (1 +\n     2)', 'y = 1 + \\\n    2', '# just a comment', 'z = {"a": [1, (2, 3)]}', 'w = a.b.c(d=1)', 'v = lambda q: q', 'u = 1.5e-3 + 0x1F'),
  );

interface Block {
  lines: string[];
}

function indentLines(text: string, indent: string): string[] {
  // continuation lines of multi-line statements keep their own relative indentation
  return text.split('\n').map((l) => indent + l);
}

export const blockArb: fc.Memo<Block> = fc.memo((depth: number) => {
  const atTop = false;
  const simple = simpleArb(atTop).map((s) => ({ lines: indentLines(s, '') }));
  if (depth <= 1) return fc.array(simple, { minLength: 1, maxLength: 3 }).map(flatten);
  const compound = fc
    .tuple(
      fc.constantFrom('def f(a, b=1):', 'class C:', 'if a:', 'while b:', 'for i in a:', 'with a as b:', 'async def g():', 'try:'),
      blockArb(depth - 1),
      fc.option(stringLiteralArb.filter((s) => !/^[bB]|^r?b/i.test(s))),
      blockArb(depth - 1),
    )
    .map(([header, body, doc, handler]) => {
      // a block of only comments is no block: every body ends with `pass`
      const inner = [...(doc ? [doc] : []), ...body.lines, 'pass'].flatMap((l) => indentLines(l, '    '));
      const lines = [header, ...inner];
      if (header === 'try:') lines.push('except ImportError:', ...[...handler.lines, 'pass'].flatMap((l) => indentLines(l, '    ')));
      if (header === 'if a:') lines.push('else:', ...[...handler.lines, 'pass'].flatMap((l) => indentLines(l, '\t')));
      return { lines };
    });
  return fc.array(fc.oneof(simple, compound), { minLength: 1, maxLength: 3 }).map(flatten);
});

function flatten(blocks: Block[]): Block {
  return { lines: blocks.flatMap((b) => b.lines) };
}

/** A whole module: module-level statements (star imports allowed) and nested blocks. */
export const moduleArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(simpleArb(true), { maxLength: 3 }), blockArb(3), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([top, block, eol, finalNewline]) => {
    const text = [...top, ...block.lines].join('\n');
    return (text + (finalNewline ? '\n' : '')).replace(/\n/g, eol);
  });
