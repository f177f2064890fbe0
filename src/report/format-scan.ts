// The `scan` report as text (terminal table) or Markdown (paste into a PR or tracking issue).
// JSON is the ScanReport itself; HTML lives in format-scan-html.ts.
import { failureWhere } from '../rewrite/parse-error-at';
import { groupByPlace, moreMovesHere } from './same-place';
import type { Finding } from '../types';
import type { CountRow, ScanReport } from './scan-report';
import { markdownTable, textTable, type Cell } from './render-table';

type Table = (header: Cell[], rows: Cell[][]) => string;

function sections(report: ScanReport, table: Table, heading: (s: string) => string): string[] {
  const counts = (r: CountRow): Cell[] => [r.references, r.automatic, r.manual];
  const head = ['references', 'automatic', 'manual'];
  const t = report.totals;
  const f = report.files;
  const skipped = Object.entries(f.skippedBy).sort().map(([reason, n]) => `${n} ${reason}`).join(', ');
  const out = [
    heading('Summary'),
    `${f.scanned} ${plural(f.scanned, 'file')} scanned: ${f.withReferences} with legacy references, ${f.scanned - f.withReferences - f.skipped - f.failed} without, ` +
      `${f.skipped} skipped${skipped ? ` (${skipped})` : ''}, ${f.failed} failed.`,
    `${t.references} legacy ${plural(t.references, 'reference')}: ${t.automatic} automatic, ${t.manual} manual; ` +
      `${t.mentions} ${plural(t.mentions, 'mention')} in comments, docstrings or strings (not rewritten); ${t.ignored} ignored (opted out).`,
    heading('By move'),
    table(['move', ...head], report.byMove.map((r) => [r.move, ...counts(r)])),
    heading('By form'),
    table(['form', ...head], report.byForm.map((r) => [r.form, ...counts(r)])),
    heading('By language'),
    table(['language', ...head], report.byLanguage.map((r) => [r.language, ...counts(r)])),
    heading('By directory'),
    table(['directory', ...head], report.byDirectory.map((r) => [r.directory, ...counts(r)])),
  ];
  if (report.manual.length > 0) {
    // One row per place: a use touching several moves is one thing to fix (same-place.ts).
    const rows = groupByPlace(report.manual).map(({ finding: f, moves }) => [`${f.path}:${f.line}:${f.column}`, `${f.move}${moreMovesHere(moves)}`, f.form, f.reason ?? '']);
    out.push(heading('Manual work'), table(['where', 'move', 'form', 'reason'], rows));
  }
  if (report.mentioned.length > 0) {
    out.push(heading('Mentions in comments, docstrings or strings (not rewritten)'), ...located(report.mentioned, true));
  }
  if (report.ignored.length > 0) {
    out.push(heading('Ignored (excluded or opted out with ssot-codemod-ignore)'), ...located(report.ignored));
  }
  if (report.cycles.length > 0) {
    out.push(heading('Import cycles among the manifest modules'), ...report.cycles.map((c) => c.join(' → ')));
  }
  if (report.failed.length > 0) {
    out.push(heading('Files that failed'), ...report.failed.map((f) => {
      const { where, message } = failureWhere(f.path, f);
      return `${where}: ${message}`;
    }));
  }
  if (report.unread.length > 0) {
    out.push(heading('Files not read that name a legacy module (their references are not counted)'), ...report.unread.map((u) => `${u.path}: ${u.detail}`));
  }
  return out;
}

/** How many located findings a text section lists before it only counts the rest. */
const LISTED = 50;

/** `path:line:col  move  (form)`, with a mention's reason when it has one (a doctest example says what rewrites it). */
function located(findings: readonly Finding[], withReason = false): string[] {
  const lines = findings.slice(0, LISTED).map((f) => `${f.path}:${f.line}:${f.column}  ${f.move}  (${f.form}${withReason && f.reason ? `: ${f.reason}` : ''})`);
  if (findings.length > LISTED) lines.push(`… and ${findings.length - LISTED} more (see --format json)`);
  return lines;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

export function formatScanText(report: ScanReport): string {
  return sections(report, textTable, (s) => `\n${s}`).join('\n').trimStart() + '\n';
}

export function formatScanMarkdown(report: ScanReport): string {
  return sections(report, markdownTable, (s) => `\n## ${s}\n`).join('\n').trimStart() + '\n';
}
