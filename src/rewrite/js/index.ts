// The JavaScript/TypeScript LanguageRewriter: rewrites imports, re-exports, require/import()
// calls, TS import forms and jest/vitest mocks of legacy modules (see rewrite.ts), and re-parses
// outputs for verification. The pipeline and transforms/js-imports.ts use this object only.
import type { LanguageRewriter } from '../language';
import { SourceSyntaxError } from '../source-syntax-error';
import { COMPONENT_EXTENSIONS, JS_EXTENSIONS } from './module-key';
import { parseSource } from './parse';
import { rewriteJavaScript } from './rewrite';
import { checkComponentSyntax, isComponentFile, rewriteComponent } from './sfc';

export const javascriptRewriter: LanguageRewriter = {
  language: 'javascript',
  // A component's (.vue, .svelte) script blocks are modules of their own (sfc.ts).
  extensions: [...JS_EXTENSIONS, ...COMPONENT_EXTENSIONS],
  rewrite: (input) => (isComponentFile(input.path) ? rewriteComponent(input, rewriteJavaScript) : rewriteJavaScript(input)),
  checkSyntax: (source, path) => (isComponentFile(path) ? checkComponentSyntax(source, path, checkModuleSyntax) : checkModuleSyntax(source, path)),
};

function checkModuleSyntax(source: string, path: string): SourceSyntaxError | undefined {
  try {
    parseSource(source, path);
    return undefined;
  } catch (error) {
    if (error instanceof SourceSyntaxError) return error;
    throw error;
  }
}
