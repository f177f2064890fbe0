// The `scan` report as one self-contained HTML page (no network): bar charts of remaining
// references per directory and per move, the manual findings, the files not read, and the
// report's JSON embedded in a <script type="application/json" id="scan-data"> element so tests can
// compare the DOM with it.
import { notReadOf } from './not-read';
import type { CountRow, ScanReport } from './scan-report';
import { groupByPlace, moreMovesHere } from './same-place';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function barChart(id: string, title: string, rows: (CountRow & { label: string })[]): string {
  const max = Math.max(1, ...rows.map((r) => r.references));
  const bars = rows
    .map(
      (r) => `<div class="row" data-label="${escapeHtml(r.label)}" data-count="${r.references}">
  <span class="label" title="${escapeHtml(r.label)}">${escapeHtml(r.label)}</span>
  <span class="track"><span class="bar auto" style="width:${((r.automatic / max) * 100).toFixed(2)}%"></span><span class="bar manual" style="width:${((r.manual / max) * 100).toFixed(2)}%"></span></span>
  <span class="count">${r.references}</span>
</div>`,
    )
    .join('\n');
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>${rows.length ? bars : '<p class="empty">No references left.</p>'}</section>`;
}

export function formatScanHtml(report: ScanReport, title = 'ssot-codemod scan'): string {
  const t = report.totals;
  // One row per place, as in the text report (same-place.ts).
  const places = groupByPlace(report.manual);
  const manualRows = places
    .map(({ finding: f, moves }) => `<tr><td>${escapeHtml(`${f.path}:${f.line}:${f.column}`)}</td><td>${escapeHtml(`${f.move}${moreMovesHere(moves)}`)}</td><td>${f.form}</td><td>${escapeHtml(f.reason ?? '')}</td></tr>`)
    .join('\n');
  // Files whose references are unknown (they do not parse, or were skipped unread though they name a legacy module), as in the text report.
  const notRead = notReadOf(report).map((n) => `${n.where}: ${n.why}`);
  const data = JSON.stringify(report).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1f2328; max-width: 72rem; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
  .totals { display: flex; gap: 1rem; flex-wrap: wrap; }
  .total { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem 1rem; min-width: 8rem; }
  .total b { display: block; font-size: 1.5rem; }
  .row { display: grid; grid-template-columns: 24rem 1fr 4rem; align-items: center; gap: .5rem; margin: .2rem 0; }
  .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-family: ui-monospace, monospace; font-size: 12px; }
  .track { display: flex; height: 1rem; background: #f6f8fa; border-radius: 3px; }
  .bar { display: block; height: 100%; min-width: 0; }
  .bar.auto { background: #2f81f7; } .bar.manual { background: #d29922; }
  .count { text-align: right; font-variant-numeric: tabular-nums; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #d0d7de; padding: .3rem; text-align: left; font-size: 12px; }
  .legend span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; vertical-align: middle; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<div class="totals">
  <div class="total" id="total-references"><b>${t.references}</b>legacy references</div>
  <div class="total" id="total-automatic"><b>${t.automatic}</b>automatic</div>
  <div class="total" id="total-manual"><b>${t.manual}</b>manual</div>
  <div class="total" id="total-files"><b>${report.files.withReferences}</b>files of ${report.files.scanned}</div>
  <div class="total" id="total-mentions"><b>${t.mentions}</b>mentions</div>
</div>
<p class="legend"><span style="background:#2f81f7"></span>automatic<span style="background:#d29922"></span>manual</p>
${barChart('by-directory', 'Remaining references by directory', report.byDirectory.map((r) => ({ ...r, label: r.directory })))}
${barChart('by-move', 'Remaining references by move', report.byMove.map((r) => ({ ...r, label: r.move })))}
<section id="manual"><h2>Manual work (${report.manual.length}${places.length < report.manual.length ? ` findings at ${places.length} ${places.length === 1 ? 'place' : 'places'}` : ''})</h2>
${report.manual.length ? `<table><thead><tr><th>where</th><th>move</th><th>form</th><th>reason</th></tr></thead><tbody>\n${manualRows}\n</tbody></table>` : '<p class="empty">None.</p>'}
</section>
${report.cycles.length ? `<section id="cycles"><h2>Import cycles</h2><ul>${report.cycles.map((c) => `<li>${escapeHtml(c.join(' → '))}</li>`).join('')}</ul></section>` : ''}
${notRead.length ? `<section id="not-read"><h2>Files not read (their references are not counted)</h2><ul>${notRead.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>` : ''}
<script type="application/json" id="scan-data">${data}</script>
</body>
</html>
`;
}
