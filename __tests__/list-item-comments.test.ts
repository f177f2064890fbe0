// Unit tests for src/rewrite/js/list-item-comments.ts: which comment a list item owns, and the
// comments and commas between items.
import { commaAfter, gapComments, ownedComment } from '../src/rewrite/js/list-item-comments';

const at = (source: string, word: string) => [source.indexOf(word), source.indexOf(word) + word.length] as const;

test('an item alone on its line owns the comment after its comma, to the end of the line', () => {
  const source = "import {\n  a, // why\n  b /* block */\r\n  c, d, // shared\n} from 'm';";
  expect(ownedComment(source, ...at(source, 'a'))?.text).toBe('// why');
  expect(ownedComment(source, ...at(source, 'b'))?.text).toBe('/* block */');
  // `c` has `d` after it, `d` does not open its line: neither owns `// shared`.
  expect(ownedComment(source, ...at(source, 'c'))).toBeUndefined();
  expect(ownedComment(source, ...at(source, 'd'))).toBeUndefined();
});

test('a comment that goes on past the line, or has code after it, is nobody\'s own', () => {
  const source = 'import {\n  a, /* one\n  two */\n  b, /* x */ c,\n} from "m";';
  expect(ownedComment(source, ...at(source, 'a'))).toBeUndefined();
  expect(ownedComment(source, ...at(source, 'b'))).toBeUndefined();
});

test('commas are found past comments, and comments between items are listed', () => {
  const source = "{ a /* x, y */, b // z\n}";
  expect(commaAfter(source, 3)).toBe(source.indexOf(', b'));
  expect(commaAfter(source, source.indexOf('b') + 1)).toBe(-1);
  expect(gapComments(source, 3, source.length).map((c) => c.text)).toEqual(['/* x, y */', '// z']);
});
