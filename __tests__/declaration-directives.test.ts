// Unit tests for src/rewrite/js/declaration-directives.ts: the linter directives a declaration split
// off another copies from it.
import type { Node } from '@babel/types';
import { declarationDirectives } from '../src/rewrite/js/declaration-directives';

const node = (source: string, text: string) => ({ start: source.indexOf(text), end: source.indexOf(text) + text.length }) as Node;

test('directive lines just above and an eslint-disable-line at the end are read', () => {
  const source = "a();\r\n// @ts-ignore\r\n  // eslint-disable-next-line no-x\r\n  import { a } from 'm'; // eslint-disable-line no-y\r\n";
  expect(declarationDirectives(source, node(source, "import { a } from 'm';"))).toEqual({
    above: ['// @ts-ignore', '// eslint-disable-next-line no-x'],
    trailing: '// eslint-disable-line no-y',
  });
});

test('other comments are no directives, and stop the lines above', () => {
  const source = "// eslint-disable-next-line no-x\n// why\nimport { a } from 'm'; // see eslint-disable-line\n";
  expect(declarationDirectives(source, node(source, "import { a } from 'm';"))).toEqual({ above: [] });
  const first = "/* eslint-disable-next-line no-x */\nimport b from 'm'; /* eslint-disable-line no-y */";
  expect(declarationDirectives(first, node(first, "import b from 'm';"))).toEqual({ above: ['/* eslint-disable-next-line no-x */'], trailing: '/* eslint-disable-line no-y */' });
});
