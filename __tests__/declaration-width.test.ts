// Unit tests for src/rewrite/js/declaration-width.ts: prettier's 80 or the file's widest line, and
// the file's indentation step for names one per line.
import type { RewriteContext } from '../src/rewrite/js/context';
import { canBreak, endsItsLine, namesIndent, passesWidth } from '../src/rewrite/js/declaration-width';

const file = (source: string) => ({ source }) as RewriteContext;

test('the width is 80, or the widest line of the file (a BOM not counted)', () => {
  const short = file('\uFEFFconst a = 1;\n');
  expect(passesWidth(short, 80)).toBe(false);
  expect(passesWidth(short, 81)).toBe(true);
  const wide = file(`const a = 1;\r\n// ${'x'.repeat(97)}\r\n`);
  expect(passesWidth(wide, 100)).toBe(false);
  expect(passesWidth(wide, 101)).toBe(true);
});

test('names are indented one step of the file: two spaces when nothing says, else its first block', () => {
  expect(namesIndent(file("import { a } from 'a';\n"), '')).toBe('  ');
  expect(namesIndent(file('/**\n * doc\n */\nfunction f() {\n    return [\n        1,\n    ];\n}\n'), '')).toBe('    ');
  expect(namesIndent(file('if (x) {\n\tf();\n}\n'), '\t')).toBe('\t\t');
});

test('a lone name stays on its line as prettier leaves it; a comment after a declaration keeps it there', () => {
  expect(canBreak(1, false)).toBe(false);
  expect(canBreak(1, true)).toBe(true);
  expect(canBreak(2, false)).toBe(true);
  const source = "import { a } from 'a'; // eslint-disable-line\nimport { b } from 'b';  \n";
  expect(endsItsLine(source, source.indexOf(';') + 1)).toBe(false);
  expect(endsItsLine(source, source.lastIndexOf(';') + 1)).toBe(true);
});
