// The real language rewriters behind facades that load each one at its first use: a run whose files
// all stop at the prefilter (or a Python-only manifest's run, for the JS rewriter) never loads the
// rewriter's modules. Used by cli/main.ts in place of defaultRewriters(); worker threads, which
// always rewrite, take defaultRewriters() directly. A test keeps language and extensions equal.
import type { LanguageRewriter } from '../rewrite/language';
import { JS_EXTENSIONS } from '../rewrite/js/module-key';
import type { Language } from '../types';

/** Extensions each rewriter takes, known without loading it (lazy-rewriters.test.ts checks them). */
export const REWRITER_EXTENSIONS: Record<Language, readonly string[]> = {
  javascript: JS_EXTENSIONS,
  python: ['.py', '.pyi'],
};

export function lazyDefaultRewriters(): LanguageRewriter[] {
  const load = (language: Language): LanguageRewriter => {
    const { defaultRewriters } = require('../rewrite/default-rewriters') as typeof import('../rewrite/default-rewriters');
    return defaultRewriters().find((r) => r.language === language)!;
  };
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
