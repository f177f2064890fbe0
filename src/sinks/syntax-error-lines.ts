// The text summary's account of files that do not parse: the tolerant rewrites (each with the
// parse error it keeps, so a reviewer knows the file was broken before) and the count of files left
// untouched, with the hint to --tolerant. Used by summary.ts; the counts come from RunSummary.syntaxErrors.
import { failureWhere } from '../rewrite/parse-error-at';
import type { FileResult, ParseErrorAt, RunSummary } from '../types';

export interface TolerantChange {
  path: string;
  error: ParseErrorAt;
}

/** The tolerant change a result is, if any (collected while results stream by). */
export function tolerantChangeOf(result: FileResult): TolerantChange | undefined {
  return result.status === 'changed' && result.tolerant ? { path: result.path, error: result.tolerant } : undefined;
}

/** `path:line:column: message` of a parse error (the location spelled as failureWhere spells it). */
export function parseErrorWhere(path: string, error: ParseErrorAt): string {
  return `${failureWhere(path, error).where}: ${error.message}`;
}

/** Lines for the summary: one per tolerant change, then the not-parsed count with its hint. */
export function syntaxErrorLines(summary: RunSummary, changes: readonly TolerantChange[], paint: (style: 'yellow', text: string) => string): string[] {
  const lines = changes.map((c) => `  ${paint('yellow', 'changed (tolerant)')} ${parseErrorWhere(c.path, c.error)}`);
  const notParsed = summary.syntaxErrors?.notParsed ?? 0;
  if (notParsed > 0) {
    const hint = summary.syntaxErrors?.hint;
    lines.push(`${notParsed} ${notParsed === 1 ? 'file' : 'files'} not parsed (syntax errors)${hint ? `: ${hint}` : ''}`);
  }
  return lines;
}

/** ` (N tolerant)` after the changed count, when some changes were tolerant. */
export function tolerantCount(summary: RunSummary): string {
  const n = summary.syntaxErrors?.tolerant ?? 0;
  return n > 0 ? ` (${n} tolerant)` : '';
}
