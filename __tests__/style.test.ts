// Unit tests for src/rewrite/js/style.ts: reading the local style new text must follow.
import { indentationAt, insertionPointAfter, lineEndingOf, quoteString, statementStyle } from '../src/rewrite/js/style';

test('line endings, indentation and semicolons come from the file', () => {
  expect(lineEndingOf('a\r\nb')).toBe('\r\n');
  expect(lineEndingOf('a\nb\r\n')).toBe('\n');
  expect(indentationAt('x\n\t  const a = 1;', 5)).toBe('\t  ');
  expect(indentationAt('\uFEFFimport a', 1)).toBe('');
  const source = "import {A} from 'm'\nimport { B } from \"n\";";
  expect(statementStyle(source, 0, 19, "'")).toMatchObject({ semicolon: false, bracePadding: false, indent: '' });
  expect(statementStyle(source, 20, source.length, '"')).toMatchObject({ semicolon: true, bracePadding: true });
});

test('a list one name a line keeps that layout with comment lines and comments after names', () => {
  const source = "import {\n  // section\n  a, // why\n  b /* why */\n} from 'm';";
  expect(statementStyle(source, 0, source.length, "'").exploded).toEqual({ indent: '  ', trailingComma: false });
  const inline = "import {\n  a, b, // why\n} from 'm';";
  expect(statementStyle(inline, 0, inline.length, "'").exploded).toBeUndefined();
});

test('insertions after a statement stay after its trailing comment', () => {
  const source = "import a from 'a'; // note\r\nnext();";
  expect(insertionPointAfter(source, 18)).toBe(26);
  expect(insertionPointAfter("import a from 'a'; next();", 18)).toBe(18);
});

test('quoteString escapes only what the quote needs', () => {
  expect(quoteString("it's", "'")).toBe("'it\\'s'");
  expect(quoteString("it's", '"')).toBe('"it\'s"');
});
