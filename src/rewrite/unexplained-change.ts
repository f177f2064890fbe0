// Every change a rewriter makes answers to a reference it reports as rewritten. A change without one
// is unexplained, a bug of the rewriter (a second `default as` binding was once dropped so, with no
// finding): such a file is refused, left as it is, by the pipeline and the jscodeshift adapter alike.
import type { RewriteOutcome } from '../types';

/** The reason to refuse the outcome, or undefined when every change is accounted for. */
export function unexplainedChange(outcome: Pick<RewriteOutcome, 'edits' | 'findings'>): string | undefined {
  if (outcome.edits.length === 0 || outcome.findings.some((f) => f.kind === 'rewritten')) return undefined;
  return 'the rewrite changed the file without reporting any rewritten reference, so the change is unexplained; it was left untouched (an ssot-codemod bug: please report it with this file)';
}
