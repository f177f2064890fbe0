// Text report of replays for scripts/replay-history.ts: per commit the figures (identical /
// compared, files set aside and why), then each mismatch with a small diff of the relevant import
// statements (ours vs theirs) and the uses of renamed symbols, so a human can classify it.
import { diffArrays } from 'diff';
import { classify, countClasses } from './classify';
import type { ImportStatement } from './python-imports';
import { countOutcomes, type CommitReplay, type FileOutcome } from './replay-commit';

export interface ReportOptions {
  /** Print at most this many mismatches per commit (default: all). */
  maxMismatches?: number;
  /** Also list the files that did not parse before (default true). */
  listUnparseable?: boolean;
}

const percent = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

/** The one-line figure of a replay: `identical/compared (pct)`. */
export function figureOf(replay: CommitReplay): string {
  const c = countOutcomes(replay);
  return `${c.identical}/${c.compared} (${percent(c.identical, c.compared)})`;
}

export function formatSummaryTable(replays: readonly CommitReplay[]): string {
  const rows = replays.map((r) => {
    const c = countOutcomes(r);
    return [r.id, r.date.slice(0, 10), String(c.modified), `${c.identical}/${c.compared}`, percent(c.identical, c.compared), String(c.mismatch), String(c['unparseable-before']), String(c['not-relevant']), String(c.absent)];
  });
  const header = ['commit', 'date', 'modified', 'identical', '%', 'mismatch', 'unparseable-before', 'not-relevant', 'absent'];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells: string[]) => cells.map((cell, k) => (k < 2 ? cell.padEnd(widths[k]) : cell.padStart(widths[k]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export function formatReplay(replay: CommitReplay, options: ReportOptions = {}): string {
  const c = countOutcomes(replay);
  const out: string[] = [];
  out.push(`== ${replay.id}  ${replay.date}  ${replay.subject}`);
  const js = replay.language === 'javascript';
  out.push(`   parent ${replay.parent.slice(0, 9)}; ${c.modified} ${js ? 'JS/TS' : 'Python'} files modified; ${(replay.durationMs / 1000).toFixed(1)} s`);
  out.push(`   identical ${figureOf(replay)}; mismatch ${c.mismatch}; set aside: unparseable before ${c['unparseable-before']}, blob absent ${c.absent},`);
  out.push(`   not about the mapping ${c['not-relevant']} (no import statement of its modules on any side; ${c.mentionsOnly} of them name a legacy module in comments or strings)`);
  if (replay.skippedScripts.length > 0) out.push(`   not compared: ${replay.skippedScripts.length} modified ${js ? 'Python or out-of-root' : '.ts/.tsx'} files (this case compares ${js ? 'the JS/TS files of its root' : 'Python imports'})`);
  for (const notice of replay.notices) out.push(`   notice: ${notice}`);
  const mismatches = replay.files.filter((f) => f.category === 'mismatch');
  for (const [c, n] of countClasses(replay.files)) out.push(`   ${String(n).padStart(4)}  ${c.side.padEnd(8)} ${c.id}: ${c.label}`);
  const shown = mismatches.slice(0, options.maxMismatches ?? mismatches.length);
  for (const f of shown) out.push(...formatMismatch(f));
  if (shown.length < mismatches.length) out.push(`   … ${mismatches.length - shown.length} more mismatches (raise --max-mismatches)`);
  if (options.listUnparseable ?? true) {
    for (const f of replay.files.filter((x) => x.category === 'unparseable-before')) {
      const e = f.ours?.error;
      out.push(`   unparseable before: ${f.path}:${e?.line ?? '?'}: ${e?.message.replace(`${f.path}:`, '') ?? ''}${f.hints.includes('theirs-unparseable') ? '' : ' (the team\'s version parses)'}`);
    }
  }
  return out.join('\n') + '\n';
}

/** One mismatch: its path and hints, a diff of the relevant statements, and the uses of renamed names. */
export function formatMismatch(f: FileOutcome): string[] {
  const c = f.comparison!;
  const out = [`   -- ${f.path}  {${classify(f).id}}${f.hints.length > 0 ? `  [${f.hints.join(', ')}]` : ''}`];
  if (!c.importsEqual) out.push(...diffStatements(c.ours, c.theirs));
  if (!c.usagesEqual) out.push(`      uses: ${c.usages.map((u) => `${u.name} before ${u.before} / ours ${u.ours} / theirs ${u.theirs}`).join('; ')}`);
  const manual = (f.ours?.findings ?? []).filter((x) => x.kind === 'manual');
  for (const m of manual.slice(0, 3)) out.push(`      tool: manual at line ${m.line}: ${m.reason ?? m.form}`);
  return out;
}

function diffStatements(ours: ImportStatement[], theirs: ImportStatement[]): string[] {
  const out: string[] = [];
  let [i, j] = [0, 0];
  for (const part of diffArrays(ours.map((s) => s.text), theirs.map((s) => s.text))) {
    const n = part.value.length;
    if (part.added) for (let k = 0; k < n; k++) out.push(`      + theirs L${theirs[j + k].line}: ${theirs[j + k].text}`);
    else if (part.removed) for (let k = 0; k < n; k++) out.push(`      - ours   L${ours[i + k].line}: ${ours[i + k].text}`);
    if (!part.added) i += n;
    if (!part.removed) j += n;
  }
  return out;
}
