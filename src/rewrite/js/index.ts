// The JavaScript/TypeScript LanguageRewriter: rewrites imports, re-exports, require/import()
// calls, TS import forms and jest/vitest mocks of legacy modules (see rewrite.ts), and re-parses
// outputs for verification. The pipeline and transforms/js-imports.ts use this object only.
import type { LanguageRewriter } from '../language';
import { SourceSyntaxError } from '../source-syntax-error';
import { JS_EXTENSIONS } from './module-key';
import { parseSource } from './parse';
import { rewriteJavaScript } from './rewrite';

export const javascriptRewriter: LanguageRewriter = {
  language: 'javascript',
  extensions: JS_EXTENSIONS,
  rewrite: rewriteJavaScript,
  checkSyntax(source, path) {
    try {
      parseSource(source, path);
      return undefined;
    } catch (error) {
      if (error instanceof SourceSyntaxError) return error;
      throw error;
    }
  },
};
