// The real language rewriters behind facades that load each one at its first use: a run whose files
// all stop at the prefilter, or hold one language only, never loads the other rewriter's modules.
// Used by cli/main.ts in place of defaultRewriters(); worker threads, which always rewrite, take
// defaultRewriters() directly. A test keeps language and extensions equal.
import type { LanguageRewriter } from '../rewrite/language';
import { COMPONENT_EXTENSIONS, JS_EXTENSIONS } from '../rewrite/js/module-key';
import type { Language } from '../types';

/** Extensions each rewriter takes, known without loading it (lazy-rewriters.test.ts checks them). */
export const REWRITER_EXTENSIONS: Record<Language, readonly string[]> = {
  javascript: [...JS_EXTENSIONS, ...COMPONENT_EXTENSIONS],
  python: ['.py', '.pyi'],
};

/**
 * Each language's rewriter module alone (not default-rewriters, which imports both): a run over
 * TS files only does not load the Python rewriter's ~40 modules, nor a Python run the JS rewriter's.
 */
const LOADERS: Record<Language, () => LanguageRewriter> = {
  javascript: () => (require('../rewrite/js') as typeof import('../rewrite/js')).javascriptRewriter,
  python: () => (require('../rewrite/python') as typeof import('../rewrite/python')).pythonRewriter,
};

export function lazyDefaultRewriters(): LanguageRewriter[] {
  const load = (language: Language): LanguageRewriter => LOADERS[language]();
  return (['javascript', 'python'] as const).map((language): LanguageRewriter => {
    let real: LanguageRewriter | undefined;
    const rewriter = () => (real ??= load(language));
    return {
      language,
      extensions: REWRITER_EXTENSIONS[language],
      rewrite: (input) => rewriter().rewrite(input),
      checkSyntax: (source, path) => rewriter().checkSyntax(source, path),
    };
  });
}
