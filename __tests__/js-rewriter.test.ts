// Unit tests for the javascriptRewriter object (src/rewrite/js/index.ts): parsing per extension,
// syntax errors with 1-based positions, BOM handling, and the purity of src/rewrite/js.
import fs from 'node:fs';
import path from 'node:path';
import { compilePlan } from '../src/manifest/plan';
import { javascriptRewriter } from '../src/rewrite/js';
import { SourceSyntaxError } from '../src/rewrite/source-syntax-error';

const plan = compilePlan(
  { javascript: { moves: [{ from: './src/legacy.ts', to: './src/canonical.ts' }, { from: './src/old.ts:A', to: './src/new.ts:B' }] } },
  { file: 'test' },
);

describe('javascriptRewriter', () => {
  test('declares every JS/TS extension', () => {
    expect([...javascriptRewriter.extensions].sort()).toEqual(['.cjs', '.cts', '.js', '.jsx', '.mjs', '.mts', '.svelte', '.ts', '.tsx', '.vue']);
  });

  test('checkSyntax gives 1-based line and column', () => {
    const error = javascriptRewriter.checkSyntax('const a = 1;\nconst = 2;\n', 'src/x.ts');
    expect(error).toBeInstanceOf(SourceSyntaxError);
    expect([error?.line, error?.column]).toEqual([2, 7]);
    expect(javascriptRewriter.checkSyntax('const a = <div />;\n', 'src/x.tsx')).toBeUndefined();
    expect(javascriptRewriter.checkSyntax('const a = <T,>(x: T) => x;\n', 'src/x.ts')).toBeUndefined();
  });

  test('rewrite throws SourceSyntaxError on broken input', () => {
    expect(() => javascriptRewriter.rewrite({ source: "import { a from './legacy';\n", path: 'src/x.ts', plan })).toThrow(SourceSyntaxError);
  });

  test('sloppy-mode scripts still parse as .js', () => {
    const source = "with (o) { x = require('./legacy'); }\n";
    const outcome = javascriptRewriter.rewrite({ source, path: 'src/x.js', plan });
    expect(outcome.code).toBe("with (o) { x = require('./canonical'); }\n");
  });

  test('returns the input untouched, with no edits, when nothing matches', () => {
    const source = "import a from './elsewhere';\n";
    expect(javascriptRewriter.rewrite({ source, path: 'src/x.ts', plan })).toEqual({ code: source, edits: [], findings: [] });
  });

  test('edits are splices into the original text', () => {
    const source = "\uFEFFimport { A } from './old';\r\nA();\r\n";
    const outcome = javascriptRewriter.rewrite({ source, path: 'src/x.ts', plan });
    expect(outcome.code).toBe("\uFEFFimport { B } from './new';\r\nB();\r\n");
    expect(outcome.findings[0]).toMatchObject({ line: 1, column: 1, kind: 'rewritten', form: 'import' });
  });
});

test('nothing under src/rewrite/js touches the file system, child processes or the process', () => {
  const dir = path.join(__dirname, '..', 'src', 'rewrite', 'js');
  for (const file of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    expect({ file, fs: /from 'node:fs'|require\('fs'\)|from 'fs'|child_process|\bprocess\./.test(text) }).toEqual({ file, fs: false });
  }
});

describe('bare specifiers under tsconfig baseUrl', () => {
  const plan = compilePlan(
    { javascript: { moves: [{ from: './web/lib/logger.ts', to: './web/lib/logging/logger.ts' }, { from: 'old-pkg', to: 'new-pkg' }] } },
    { file: 'test', baseUrl: 'web' },
  );
  const rewrite = (source: string) => javascriptRewriter.rewrite({ source, path: 'web/components/a.tsx', plan }).code;

  test('a bare path under baseUrl names the file, and its replacement is spelled the same way', () => {
    expect(rewrite("import { log } from 'lib/logger';\n")).toBe("import { log } from 'lib/logging/logger';\n");
  });

  test('packages stay packages: bare names no move mentions, and package moves', () => {
    expect(rewrite("import x from 'lib/other';\nimport y from 'old-pkg';\n")).toBe("import x from 'lib/other';\nimport y from 'new-pkg';\n");
  });

  test('without baseUrl the same bare path is a package and is left alone', () => {
    const noBase = compilePlan({ javascript: { moves: [{ from: './web/lib/logger.ts', to: './web/lib/logging/logger.ts' }] } }, { file: 'test' });
    const source = "import { log } from 'lib/logger';\n";
    expect(javascriptRewriter.rewrite({ source, path: 'web/components/a.tsx', plan: noBase }).code).toBe(source);
  });
});
