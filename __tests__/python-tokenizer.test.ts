// Unit tests of the Python tokenizer and reader: token kinds and offsets, NEWLINE vs NL,
// INDENT/DEDENT, every string prefix, PEP 701 f-strings, and each syntax error it must report.
import { pythonRewriter } from '../src/rewrite/python';
import { SourceSyntaxError } from '../src/rewrite/source-syntax-error';
import { readSource } from '../src/rewrite/python/read-source';
import { Tok, tokenize } from '../src/rewrite/python/tokenizer';
import { SyntaxUnsure } from '../src/rewrite/syntax-unsure';
import { compileWithCPython, pythonMinor } from './helpers/python-oracle';

const NAMES = ['', 'Name', 'Number', 'String', 'Op', 'Comment', 'Newline', 'Nl', 'Indent', 'Dedent', 'End'];
const kinds = (src: string) => {
  const t = tokenize(src);
  return Array.from(t.kind.subarray(0, t.count), (k, i) => `${NAMES[k]}:${src.slice(t.start[i], t.end[i]).replace(/\r?\n/g, '⏎')}`);
};
const error = (src: string) => pythonRewriter.checkSyntax(src, 'x.py');

describe('tokenize', () => {
  test('NEWLINE ends logical lines; NL inside brackets and on blank lines; INDENT/DEDENT', () => {
    expect(kinds('if a:\n    x = (1,\n  2)\n\n# c\ny\n')).toEqual([
      'Name:if', 'Name:a', 'Op::', 'Newline:⏎', 'Indent:    ', 'Name:x', 'Op:=', 'Op:(', 'Number:1', 'Op:,', 'Nl:⏎',
      'Number:2', 'Op:)', 'Newline:⏎', 'Nl:⏎', 'Comment:# c', 'Nl:⏎', 'Dedent:', 'Name:y', 'Newline:⏎', 'End:',
    ]);
  });

  test.each([
    ['r"\\"', false],
    ["rb'x'", true],
    ["BR'x'", true],
    ["Rb'x'", true],
    ["u'x'", true],
    ["F'{a!r:>{w}}'", true],
    ["rf'{a}\\d'", true],
    ['fR"{a}"', true],
    ["'''a\n'b'\n'''", true],
    ['"""x\\""""', true],
    ['f"{x["k"]}"', true],
    ['f"{f"{1}"}"', true],
    ['f"{{}}"', true],
    ['f"\\N{EM DASH}{x}"', true],
    ['f"{x:{y}.{z}f}"', true],
    ['f"""{\n  x # comment\n}"""', true],
    ["f'{a!r}' f'{b=}'", true],
  ])('string %s is one literal: %s', (src, valid) => {
    if (!valid) {
      expect(() => tokenize(src + '\n')).toThrow('unterminated');
      return;
    }
    const t = tokenize(src + '\n');
    {
      expect(t.kind.subarray(0, t.count).filter((k) => k === Tok.String).length).toBe(src.includes("' f'") ? 2 : 1);
      expect(t.start[0]).toBe(0);
    }
  });

  test('a string prefix is only a prefix before a quote', () => {
    expect(kinds('rb = br\n')).toEqual(['Name:rb', 'Op:=', 'Name:br', 'Newline:⏎', 'End:']);
  });

  test('CRLF, BOM and form feed', () => {
    expect(kinds('\uFEFFx\r\n\fy\r\n')).toEqual(['Name:x', 'Newline:⏎', 'Name:y', 'Newline:⏎', 'End:']);
  });
});

describe('syntax errors', () => {
  test.each([
    ['x = "abc\n', 'unterminated string literal', 1, 5],
    ['x = """abc\n', 'unterminated triple-quoted string literal', 1, 5],
    ["x = f'{a'\n", 'unterminated', 1, 9], // the field's quote opens a nested string (PEP 701)
    ['x = (1, 2]\n', 'does not match', 1, 10],
    ['x = (1,\n', "'(' was never closed", 1, 5],
    ['x = 1)\n', "unmatched ')'", 1, 6],
    ['if a:\n        b\n    c\n', 'unindent does not match', 3, 5],
    ['if a:\nb\n', 'expected an indented block', 2, 1],
    ['def f():\n', 'expected an indented block', 2, 1],
    ['x\n    y\n', 'unexpected indent', 2, 5],
    ['from a import\n', 'import statement', 1, 14],
    ['from a import (b\n', "'(' was never closed", 1, 15],
    ['from a import b,\n', 'import statement', 1, 17],
    ['import a.\n', 'import statement', 1, 10],
    ['import a as\n', 'import statement', 1, 12],
    ['from . import *, b\n', 'import statement', 1, 16],
    ['x = import y\n', 'unexpected import', 1, 5],
    ['x = 1 \\ y\n', 'line continuation', 1, 7],
    ['x = $\n', 'invalid character', 1, 5],
    ['if a:\n\tb\n        c\n', 'inconsistent use of tabs', 3, 9],
  ])('%j → %s', (src, message, line, column) => {
    const e = error(src);
    if (!(e instanceof SourceSyntaxError)) throw new Error(`expected a syntax error, got ${JSON.stringify(e)}`);
    expect(e?.message).toContain(message);
    expect([e?.line, e?.column]).toEqual([line, column]);
  });

  test.each([
    'match x:\n    case {"a": 1}:\n        pass\n    case _:\n        pass\n',
    'type X[T] = list[T]\n',
    'def f[T: int, *Ts, **P](x: T) -> T:\n    return x\n',
    'class C[T]:\n    pass\n',
    'x = f"{d["k"]!r:>{w}} {f"{1}"}"\n',
    'async def f():\n    async with a as b, c as d:\n        await b\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\n',
    'if (n := 10) > 5: pass\n',
    'def f(a, /, b, *, c): pass\n',
    'print(1); import os; from . import x\n',
    'with (open(a) as b,\n      open(c) as d):\n    pass\n',
    'x = 1 if y else 2  # c\n\n\n',
    'if a:\n    pass\n  # odd comment\nelse:\n    pass\n',
    'if x:\n\\\n    y = 1\n    z = 2\n',
    '',
    '\n\n# only comments\n',
    'x = 1',
    'class A: pass\nclass B: x = 1; y = 2\n',
    'l = [\n1,\n    2,\n        3]\n',
    'x = 0xFF + 1e-5 + 1_000j + .5 + 0o7 + 0b1\n',
  ])('valid Python is accepted: %j', (src) => {
    expect(error(src)).toBeUndefined();
  });
});

describe('import statements', () => {
  test('every form, in any block, with exact spans', () => {
    const src = [
      'import a.b as c, d',
      'from ..x import (A as B,  # comment',
      '    C,)',
      'def f():',
      '    try: from m import \\',
      '        n',
      '    except ImportError: pass',
      'x = 1; from . import *',
      '',
    ].join('\n');
    const { imports } = readSource(src, 'x.py');
    expect(imports.map((i) => [i.kind, i.level, i.module, i.star, i.items.map((it) => [it.name, it.alias]), i.block, i.indent, i.startsLine])).toEqual([
      ['import', 0, '', false, [['a.b', 'c'], ['d', undefined]], 0, '', true],
      ['from', 2, 'x', false, [['A', 'B'], ['C', undefined]], 0, '', true],
      ['from', 0, 'm', false, [['n', undefined]], 1, '    ', false],
      ['from', 1, '', true, [], 0, '', false],
    ]);
    const rel = imports[1];
    expect(src.slice(rel.sourceStart, rel.moduleEnd)).toBe('..x');
    expect(src.slice(rel.parenOpen!, rel.parenClose! + 1)).toBe('(A as B,  # comment\n    C,)');
    expect(src.slice(imports[3].sourceStart, imports[3].moduleEnd)).toBe('.');
  });

  test('`from` in yield from / raise from is not an import', () => {
    expect(readSource('def g():\n    yield from x\n    raise E from e\n', 'x.py').imports).toEqual([]);
  });
});

// The tokenizer reads a padded copy of the source (PAST_END): reads past the end see NUL instead
// of NaN. Cutting sources at every offset puts the end of the text inside every kind of token
// (numbers, prefixes, strings, f-string fields, operators, continuations); the verdict must stay
// CPython's. Only sources CPython 3.11 and the 3.13 reader judge alike (no PEP 701 nesting).
const minor = pythonMinor();
(minor !== undefined ? test : test.skip)('a source cut at any offset gets CPython’s verdict', () => {
  const whole = [
    'x = 0x1F + 0o7 + 0b1 + 1_000 + 1e-5 + 2.5j + .5 + 0 + 00 + 1if y else 2\n',
    "s = rb'a\\'' + f'{a!r:>{w}}' + '''t\\\n''' + u\"q\" + Rb\"\\x00\" + f\"{{}}{b}\"\n",
    'y = a.b ... ** //= >>= <<= -> != := @= ~ ; x\n',
    'if a:\\\n  \tpass\nelif b: c = d[1:2, ::3]\n',
    'def f(a, /, *b, **c) -> "T": return (yield)\n',
  ];
  const cuts = [...new Set(whole.flatMap((src) => Array.from({ length: src.length + 1 }, (_, k) => src.slice(0, k))))];
  const ours = cuts.map((src) => error(src));
  const theirs = compileWithCPython(cuts);
  const disagree = cuts.filter((src, k) => ours[k] instanceof SyntaxUnsure ? false : (ours[k] === undefined) !== theirs[k].ok);
  expect(disagree).toEqual([]);
  expect(theirs.filter((v) => !v.ok).length).toBeGreaterThan(cuts.length / 3);
});
