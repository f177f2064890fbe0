// The spelling a JS shim gives its canonical module follows the project's relative imports.
import { quoteStyleOf, specifierStyleOf, styledSpecifier } from '../src/shims/specifier-style';

test('the relative specifiers of a file vote; assets do not count; no specifier, no verdict', () => {
  expect(specifierStyleOf("import a from './a.js';\nexport * from '../b/index.js';\nimport c from './c';\n")).toBe('runtime');
  expect(specifierStyleOf("import a from './a';\nconst b = require('../b');\nimport './styles.css';\n")).toBe('bare');
  expect(specifierStyleOf("import { a } from './a.ts';\nimport b from './b.tsx';\n")).toBe('source');
  expect(specifierStyleOf("import x from 'pkg';\nimport './a.css';\n")).toBeUndefined();
});

test('each style spells the target file its way from the shim', () => {
  expect(styledSpecifier('src/utils/error.ts', 'src/utils/errors/index.ts', 'bare')).toBe('./errors');
  expect(styledSpecifier('src/utils/error.ts', 'src/utils/errors/index.ts', 'runtime')).toBe('./errors/index.js');
  expect(styledSpecifier('src/a/old.mts', 'src/b/new.mts', 'runtime')).toBe('../b/new.mjs');
  expect(styledSpecifier('src/old.tsx', 'src/new.tsx', 'source')).toBe('./new.tsx');
  expect(styledSpecifier('lib/old.js', 'lib/new.js', 'runtime')).toBe('./new.js');
});

test("the quote most of a file's specifiers are written with, bare ones included; none, no verdict", () => {
  expect(quoteStyleOf('import type { A } from "node:fs";\nconst b = require("pkg");\nimport \'./c.css\';\n')).toBe('"');
  expect(quoteStyleOf("import a from './a';\nexport * from \"../b\";\nconst c = await import('c');\n")).toBe("'");
  expect(quoteStyleOf('export const a = "x";\n')).toBeUndefined();
});
