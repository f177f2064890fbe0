// The language rewriters the CLI uses unless a caller (a test) injects its own through main's io.
// This is the one place that names concrete rewriters (worker threads call it too).
import { javascriptRewriter } from '../rewrite/js';
import type { LanguageRewriter } from '../rewrite/language';
import { pythonRewriter } from '../rewrite/python';

export function defaultRewriters(): LanguageRewriter[] {
  return [javascriptRewriter, pythonRewriter];
}
