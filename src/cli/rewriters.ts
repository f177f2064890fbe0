// The language rewriters the CLI uses unless a caller (a test) injects its own through main's io.
// This is the one place that names concrete rewriters: the JavaScript/TypeScript rewriter
// (src/rewrite/js, `javascriptRewriter`) and the Python one (src/rewrite/python, `pythonRewriter`)
// are imported and listed here when their branches merge; until then the list is empty and
// `run` stops with a usage error saying no rewriter handles the manifest's languages.
import type { LanguageRewriter } from '../rewrite/language';

export function defaultRewriters(): LanguageRewriter[] {
  return [];
}
