// The contract each language's pure rewriter fulfils; the pipeline and the jscodeshift
// adapters depend on this interface only, never on a language's internals.
import type { Language, MigrationPlan, RewriteOptions, RewriteOutcome } from '../types';
import type { SourceSyntaxError } from './source-syntax-error';
import type { SyntaxUnsure } from './syntax-unsure';

export interface RewriteInput {
  source: string;
  /** Repo-relative path with `/` separators: module resolution and findings use it. */
  path: string;
  plan: MigrationPlan;
  options?: RewriteOptions;
}

export interface LanguageRewriter {
  language: Language;
  /** Extensions (with the dot) this rewriter takes, e.g. ['.py', '.pyi']. */
  extensions: readonly string[];
  /** Pure: rewrites every reference the plan names. Throws SourceSyntaxError when `source` does not parse. */
  rewrite(input: RewriteInput): RewriteOutcome;
  /**
   * Re-parses text (used to verify outputs before they are written): undefined when it parses, the
   * error when it surely does not, SyntaxUnsure when the rewriter cannot decide (the pipeline then asks CPython).
   */
  checkSyntax(source: string, path: string): SourceSyntaxError | SyntaxUnsure | undefined;
}
