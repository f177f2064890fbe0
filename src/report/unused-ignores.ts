// `check --report-unused-ignores`: the `ssot-codemod-ignore` comments that opt no legacy reference
// out, as ESLint's --report-unused-disable-directives reports its own. A stale one hides nothing
// today and would hide a legacy import written on its line tomorrow. Collected from the file
// results (the rewriters judge them: RewriteOptions.reportUnusedIgnores) and spelled per format.
import type { FileResult, SourcePosition, Sink } from '../types';

export interface UnusedIgnore extends SourcePosition {
  path: string;
}

export const UNUSED_IGNORE_WHY = 'this ssot-codemod-ignore comment opts no legacy reference out; remove it';

/** A sink keeping each file's unused ignore comments, in path and line order. */
export function createUnusedIgnoreCollector(): Sink & { found(): UnusedIgnore[] } {
  const found: UnusedIgnore[] = [];
  return {
    onResult: (result: FileResult) => {
      for (const at of result.unusedIgnores ?? []) found.push({ path: result.path, line: at.line, column: at.column });
    },
    onEnd: () => undefined,
    found: () => found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)),
  };
}

export function plainUnusedIgnoreLine(u: UnusedIgnore): string {
  return `${u.path}:${u.line}:${u.column}  unused ignore comment: ${UNUSED_IGNORE_WHY}`;
}
