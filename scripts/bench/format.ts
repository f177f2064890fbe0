// Prints a BenchReport as plain-text tables (one per scenario), with PASS/FAIL per target.
import type { BenchReport, ScenarioReport } from './report';

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

export function formatReport(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `ssot-codemod bench — ${report.startedAt}, node ${m.node}, ${m.cpus} × ${m.cpuModel}, ${m.totalMemoryMB} MB RAM, ${m.git}, load ${m.load.start} → ${m.load.end}`,
    `runs per command: ${report.options.runs} (median shown), peak RSS and cpu (user + system): ${m.rss === 'gnu-time' ? '/usr/bin/time %M %U %S' : 'n/a (/usr/bin/time not available)'}`,
  ];
  if (report.options.runs < 3 && !report.options.scenario.includes('smoke')) lines.push('note: fewer than 3 runs per command; medians are not robust against noise');
  for (const scenario of report.scenarios) lines.push('', ...formatScenario(scenario));
  const targets = report.scenarios.flatMap((s) => s.targets);
  if (targets.length > 0) {
    const count = (status: string) => targets.filter((t) => t.status === status).length;
    lines.push('', `targets: ${count('PASS')} PASS, ${count('FAIL')} FAIL, ${count('n/a')} n/a (missed targets do not change the exit code)`);
  }
  return lines.join('\n') + '\n';
}

function formatScenario(s: ScenarioReport): string[] {
  const lines = [`== ${s.name}: ${s.description}`];
  if (s.skipped) return [...lines, `   SKIPPED: ${s.skipped}`];
  for (const c of s.corpora) {
    const legacy = c.legacyFiles === null ? '' : `, ${c.legacyFiles} legacy`;
    const size = c.bytes === null ? '' : `, ${(c.bytes / 1e6).toFixed(1)} MB`;
    const made = c.origin === 'generated' ? ' generated' : ' tracked';
    lines.push(`   corpus ${c.root}: ${c.files}${made} files${legacy}, ${c.jsFiles} TS/TSX${size}`);
  }
  // Columns as wide as their longest entry (the workers scenario has long ids and labels).
  const idWidth = Math.max(9, ...s.measurements.map((r) => r.id.length + 2));
  const labelWidth = Math.max(56, ...s.measurements.map((r) => r.label.length + 2));
  lines.push(`   ${pad('id', idWidth)}${pad('what', labelWidth)}${pad('files', 7, true)}${pad('median', 11, true)}${pad('cpu', 9, true)}${pad('files/s', 10, true)}${pad('peak RSS', 11, true)}${pad('changed', 9, true)}`);
  for (const r of s.measurements) {
    const rss = r.peakRssMB === null ? 'n/a' : `${r.peakRssMB.toFixed(0)} MB`;
    lines.push(
      `   ${pad(r.id, idWidth)}${pad(r.label, labelWidth)}${pad(String(r.files), 7, true)}${pad(`${(r.medianMs / 1000).toFixed(2)} s`, 11, true)}` +
        `${pad(r.cpuMedianMs === null ? 'n/a' : `${(r.cpuMedianMs / 1000).toFixed(2)} s`, 9, true)}` +
        `${pad(String(r.filesPerSecond), 10, true)}${pad(rss, 11, true)}${pad(r.changed === null ? '-' : String(r.changed), 9, true)}`,
    );
  }
  for (const ratio of s.ratios) {
    const cpu = ratio.cpuValue === undefined || ratio.cpuValue === null ? '' : ` (by cpu time: ${ratio.cpuValue.toFixed(2)})`;
    lines.push(`   ratio ${ratio.name} = ${ratio.value === null ? 'n/a' : ratio.value.toFixed(2)}${cpu}`);
  }
  for (const t of s.targets) {
    const value = t.value === null ? 'n/a' : `${t.value.toFixed(2)}${t.unit === 'MB' ? ' MB' : '×'}`;
    lines.push(`   ${pad(t.status, 5)} ${t.name}: ${value} (target ${t.comparison} ${t.threshold}${t.unit === 'MB' ? ' MB' : '×'})`);
  }
  for (const w of s.warnings) lines.push(`   warning: ${w}`);
  return lines;
}
