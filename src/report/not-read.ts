// The files whose legacy references a run could not count: those that do not parse, and those the
// guards skipped unread (not UTF-8, @generated) although their bytes name a legacy module. check
// leaves them out of the baseline's judgement (unknown, not gone), names them in its closing note,
// and annotates them (GitHub, SARIF) as warnings; scan's HTML report lists them.
import { failureWhere } from '../rewrite/parse-error-at';
import type { ScanReport } from './scan-report';

export interface NotRead {
  path: string;
  line?: number;
  column?: number;
  /** The path, with the line and column of a parse error. */
  where: string;
  /** Why, as one clause (`does not parse: expected ':'`, `not UTF-8, yet it names…`). */
  why: string;
  /** The path (with its location) and the reason in brackets, for the closing note. */
  shown: string;
}

export function notReadOf(report: Pick<ScanReport, 'failed' | 'unread'>): NotRead[] {
  return [
    ...report.failed.map((f) => {
      const { where, message } = failureWhere(f.path, f);
      return { path: f.path, line: f.line, column: f.column, where, why: `does not parse: ${message}`, shown: `${where} (${message})` };
    }),
    ...report.unread.map((u) => ({ path: u.path, where: u.path, why: u.detail, shown: `${u.path} (${u.reason})` })),
  ];
}

/** check's closing note; `parseHint`: some of them do not parse and --tolerant was not given. */
export function notReadNote(notRead: readonly NotRead[], parseHint: boolean): string {
  const one = notRead.length === 1;
  const shown = notRead.slice(0, 10).map((n) => n.shown).join(', ') + (notRead.length > 10 ? `, … (${notRead.length} files)` : '');
  return (
    `note: ${notRead.length} ${one ? 'file that names a legacy module was' : 'files that name a legacy module were'} not read, so their references are not counted: ${shown}; ` +
    `fix ${one ? 'it' : 'them'}${parseHint ? ' (--tolerant reads the provable lines of a file that does not parse)' : ''}, or migrate ${one ? 'it' : 'them'} by hand.`
  );
}
