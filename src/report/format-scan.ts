// The `scan` report as text (terminal table) or Markdown (paste into a PR or tracking issue).
// JSON is the ScanReport itself; HTML lives in format-scan-html.ts.
import type { CountRow, ScanReport } from './scan-report';
import { markdownTable, textTable, type Cell } from './render-table';

type Table = (header: Cell[], rows: Cell[][]) => string;

function sections(report: ScanReport, table: Table, heading: (s: string) => string): string[] {
  const counts = (r: CountRow): Cell[] => [r.references, r.automatic, r.manual];
  const head = ['references', 'automatic', 'manual'];
  const t = report.totals;
  const out = [
    heading('Summary'),
    `${t.references} legacy references in ${report.files.withReferences} of ${report.files.scanned} files: ` +
      `${t.automatic} automatic, ${t.manual} manual; ${t.mentions} mentions in comments/docstrings; ${t.ignored} ignored; ${report.files.failed} files failed to parse.`,
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
    out.push(heading('Manual work'), table(['where', 'move', 'form', 'reason'], report.manual.map((f) => [`${f.path}:${f.line}:${f.column}`, f.move, f.form, f.reason ?? ''])));
  }
  if (report.cycles.length > 0) {
    out.push(heading('Import cycles among the manifest modules'), ...report.cycles.map((c) => c.join(' → ')));
  }
  if (report.failed.length > 0) {
    out.push(heading('Files that failed to parse'), ...report.failed.map((f) => `${f.path}${f.line ? `:${f.line}` : ''}: ${f.message}`));
  }
  return out;
}

export function formatScanText(report: ScanReport): string {
  return sections(report, textTable, (s) => `\n${s}`).join('\n').trimStart() + '\n';
}

export function formatScanMarkdown(report: ScanReport): string {
  return sections(report, markdownTable, (s) => `\n## ${s}\n`).join('\n').trimStart() + '\n';
}
