// The tolerant reader of broken Python files: which logical lines the recovering scanner proves
// (statement boundary at depth 0, outside strings, not after a broken backslash line) and what the
// per-line reader keeps (tokens and imports with offsets in the whole text).
import { scanLines } from '../src/rewrite/python/tolerant/line-scan';
import { readProvableLines } from '../src/rewrite/python/tolerant/provable-lines';
import { Tok } from '../src/rewrite/python/tokenizer';

/** Each line's first physical line, with ✓ (provable) or ✗. */
function verdicts(text: string): string[] {
  return scanLines(text).map((l) => `${l.provable ? '✓' : '✗'} ${text.slice(l.start, l.end).split(/\r?\n/)[0]}`);
}

describe('scanLines', () => {
  test('cuts a clean file into its logical lines, all provable, covering every byte', () => {
    const text = 'import a\nx = (1,\n     2)\ny = 1 + \\\n    2\n\n# note\nif x:\n    pass';
    const lines = scanLines(text);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['import a\n', 'x = (1,\n     2)\n', 'y = 1 + \\\n    2\n', '\n', '# note\n', 'if x:\n', '    pass']);
    expect(lines.every((l) => l.provable)).toBe(true);
    expect(lines[6].codeStart - lines[6].start).toBe(4);
  });

  test('an unclosed bracket hides everything after it', () => {
    expect(verdicts('import a\nx = dict(\n    k=1,\nimport b\nimport c\n')).toEqual(['✓ import a', '✗ x = dict(']);
  });

  test('a stray closer breaks its own line and the code line before it, and depth stays 0 after it', () => {
    expect(verdicts('from m import A\n    B)\nimport c\n')).toEqual(['✗ from m import A', '✗     B)', '✓ import c']);
    expect(verdicts('x = 1\n\n# c\ny = f(1))\nimport c\n')).toEqual(['✗ x = 1', '✓ ', '✓ # c', '✗ y = f(1))', '✓ import c']);
  });

  test('a closer of the wrong kind is read every way: the line ends where every reading is back at depth 0', () => {
    // `{ )`: stray (the dict goes on to `}`) or closing `{` (then `}` is stray): both agree after `}`.
    const text = 'def f():\n    return { )\n        "a": 1,\n    }\nimport c\n';
    expect(verdicts(text)).toEqual(['✓ def f():', '✗     return { )', '✓ import c']);
    // `[1, 2)` with no reading that ever closes: the rest of the file is hidden.
    expect(verdicts('x = [1, 2)\nimport c\ny = 2\n')).toEqual(['✗ x = [1, 2)']);
  });

  test('an unterminated one-line string breaks its line only; a triple-quoted one hides the rest', () => {
    expect(verdicts('m = "abc\nimport c\n')).toEqual(['✗ m = "abc', '✓ import c']);
    expect(verdicts('m = (\n  "abc\n)\nimport c\n')).toEqual(['✗ m = (', '✓ import c']);
    expect(verdicts('"""doc\nimport c\n')).toEqual(['✗ """doc']);
  });

  test('strings and comments hide their brackets and quotes; f-strings nest', () => {
    expect(verdicts('a = "(" + \'[\'  # {\nb = f"{x["k"]}" + """\n)"""\nimport c\n')).toEqual(['✓ a = "(" + \'[\'  # {', '✓ b = f"{x["k"]}" + """', '✓ import c']);
  });

  test('a backslash followed by anything but a line break drags the next line into its broken line', () => {
    expect(verdicts('x = 1 + \\ \nimport b\nimport c\n')).toEqual(['✗ x = 1 + \\ ', '✓ import c']);
  });

  test('CRLF and CR line breaks, and a BOM', () => {
    const text = '\uFEFFimport a\r\nx = (\r\n1)\rimport c';
    const lines = scanLines(text);
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['import a\r\n', 'x = (\r\n1)\r', 'import c']);
    expect(lines[0].start).toBe(1);
  });

  test('linear on a deep unclosed nest and on many mismatched closers', () => {
    const deep = 'x = ' + '('.repeat(200_000) + '\nimport a\n';
    const t0 = Date.now();
    expect(scanLines(deep)).toHaveLength(1);
    const mismatched = ('y = {' + '('.repeat(300) + ']'.repeat(300) + '\n').repeat(200) + 'import a\n';
    expect(scanLines(mismatched)[0].provable).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('readProvableLines', () => {
  test('keeps tokens and imports of provable lines at their offsets in the whole text, with the real indentation', () => {
    const text = 'x = (\ndef f():\n    from m import (A,\n        B)\n    y = 1\n';
    const read = readProvableLines('import a\n' + 'if x\n    from m import A  # c\n');
    expect(read.imports.map((s) => [s.module || s.items[0].name, s.indent, s.start])).toEqual([['a', '', 0], ['m', '    ', 18]]);
    expect(read.hidden).toEqual([]);
    const broken = readProvableLines(text);
    expect(broken.imports).toEqual([]);
    expect(broken.hidden).toEqual([{ start: 0, end: text.length }]);
  });

  test('lines that do not tokenize or whose import is malformed are hidden, and adjacent hidden lines merge', () => {
    const text = 'import a\nfrom m import ( )\nB,\nC)\nx = 1 $ 2\nimport b\n';
    const read = readProvableLines(text);
    expect(read.imports.map((s) => s.items[0].name)).toEqual(['a', 'b']);
    const hiddenText = read.hidden.map((h) => text.slice(h.start, h.end));
    // `B,` is hidden too: the stray `)` after it may close a statement it belongs to.
    expect(hiddenText).toEqual(['from m import ( )\nB,\nC)\nx = 1 $ 2\n']);
  });

  test('a compound header is read with its body elsewhere: its strings are tokens', () => {
    const text = 'if x\n    with patch("m.A") as p:\n        pass\n';
    const read = readProvableLines(text);
    const strings = [...Array(read.tokens.count).keys()].filter((k) => read.tokens.kind[k] === Tok.String).map((k) => text.slice(read.tokens.start[k], read.tokens.end[k]));
    expect(strings).toEqual(['"m.A"']);
    expect(read.tokens.kind[read.tokens.count - 1]).toBe(Tok.End);
  });

  test('statements on one logical line share a block; separate lines never do', () => {
    const read = readProvableLines('from a import X; from b import Y\nfrom b import Z\n');
    expect(read.imports.map((s) => s.block)).toEqual([1, 1, 2]);
    expect(read.imports.map((s) => s.startsLine)).toEqual([true, false, true]);
  });
});
