// The language rewriters a run uses unless a caller (a test) injects its own through main's io.
// The one place that names the concrete rewriters: the CLI and the worker-thread entry both take
// them from here, so neither depends on the other.
import { javascriptRewriter } from './js';
import type { LanguageRewriter } from './language';
import { pythonRewriter } from './python';

export function defaultRewriters(): LanguageRewriter[] {
  return [javascriptRewriter, pythonRewriter];
}
