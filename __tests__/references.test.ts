// Unit tests for src/rewrite/js/references.ts: every syntactic form that names a module by string.
import { parseSource } from '../src/rewrite/js/parse';
import { collectReferenceSites } from '../src/rewrite/js/references';

function forms(code: string, file = 'a.ts'): string[] {
  return collectReferenceSites(parseSource(code, file).program).map((s) => (s.kind === 'computed' ? `computed:${s.form}:${s.staticText.join('|')}` : s.kind === 'glob' ? `glob:${s.patterns.join('|')}` : `${s.form}:${s.value}`));
}

test('finds imports, re-exports, calls, TS forms and mocks', () => {
  const code = [
    "import a from 'm1';",
    "import type { T } from 'm2';",
    "export * from 'm3';",
    "export { b } from 'm4';",
    "const c = require('m5');",
    "const d = require.resolve('m6');",
    "const e = import('m7');",
    "import f = require('m8');",
    "type G = typeof import('m9');",
    "jest.mock('m10'); vi.importActual('m11'); jest.requireActual(`m12`);",
    "export const h = 1;",
    "other.mock('not-a-module'); require(name);",
  ].join('\n');
  expect(forms(code)).toEqual([
    'import:m1', 'type-import:m2', 're-export:m3', 're-export:m4', 'require:m5', 'require-resolve:m6',
    'dynamic-import:m7', 'import-equals:m8', 'type-query:m9', 'jest-mock:m10', 'jest-mock:m11', 'jest-mock:m12',
  ]);
});

test('computed specifiers keep their static text', () => {
  expect(forms("require('./legacy/' + name); import(`./legacy/${x}.js`);", 'a.js')).toEqual([
    'computed:require:./legacy/',
    'computed:dynamic-import:./legacy/|.js',
  ]);
});
