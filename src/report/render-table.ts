// Renders rows as an aligned plain-text table or a GitHub-flavoured Markdown table;
// the text and markdown scan formats share it.

export type Cell = string | number;

export function textTable(header: Cell[], rows: Cell[][]): string {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const numeric = header.map((_, i) => isNumericColumn(rows, i));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

export function markdownTable(header: Cell[], rows: Cell[][]): string {
  const escape = (c: Cell) => String(c).replace(/\|/g, '\\|');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `| ${header.map((_, i) => (isNumericColumn(rows, i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Numbers are right-aligned, text left-aligned. */
function isNumericColumn(rows: Cell[][], i: number): boolean {
  return rows.length > 0 && rows.every((r) => typeof r[i] === 'number');
}
