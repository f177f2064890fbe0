// Counts the files of a run that do not parse: left untouched (`failed: parse`) or rewritten on
// their provable lines (`changed (tolerant)`), and the hint what to do: in a run without --tolerant
// that left Python files unparsed, how to rewrite them anyway; else how to leave fixtures out. Used by run-files' tally (RunSummary.syntaxErrors).
import type { FileResult, SyntaxErrorTotals } from '../types';

export const TOLERANT_HINT = 'rerun with --tolerant to rewrite their provable import lines';
/** For files no tolerant rewrite applies to (JS): a repository's fixtures that are invalid on purpose. */
export const EXCLUDE_HINT = 'files that are invalid on purpose (test fixtures) can be left out with --exclude or the manifest\'s "exclude"';

export function createSyntaxErrorTally(tolerantRun: boolean) {
  const totals: SyntaxErrorTotals = { notParsed: 0, tolerant: 0 };
  let python = 0;
  let javascript = 0;
  return {
    add(result: FileResult): void {
      if (result.status === 'failed' && result.error.code === 'parse') {
        totals.notParsed++;
        if (result.language === 'python') python++;
        else if (result.language === 'javascript') javascript++;
      } else if (result.status === 'changed' && result.tolerant) totals.tolerant++;
    },
    finish(): SyntaxErrorTotals {
      if (tolerantRun || python === 0) return javascript > 0 ? { ...totals, hint: EXCLUDE_HINT } : { ...totals };
      return { ...totals, hint: python === totals.notParsed ? TOLERANT_HINT : `${TOLERANT_HINT} (the ${python} Python ${python === 1 ? 'file' : 'files'} among them)` };
    },
  };
}
