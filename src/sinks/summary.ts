// The closing text report of a run: totals by status (skips by reason), every failed file with
// path:line: message, findings by kind, moves that matched nothing (likely typos), notices, time.
// Used by the run command in text mode (on stderr in JSON mode); keeps only failures, never file text.
import type { FileError, FileResult, Finding, MigrationPlan, RunSummary, Sink } from '../types';
import { syntaxErrorLines, tolerantChangeOf, tolerantCount, type TolerantChange } from './syntax-error-lines';
import { createPainter, type TextOutput } from './text-output';

export interface SummarySinkOptions {
  out: TextOutput;
  color: boolean;
  plan: MigrationPlan;
  /** 'dry-run' adds how to write the changes; 'apply' says they were written. */
  mode: 'dry-run' | 'apply';
  /** Only the totals line and failures. */
  quiet?: boolean;
  /** Where the patch was written, if --patch was given. */
  patchFile?: string;
}

/** How many manual findings the text summary lists before it only counts the rest. */
const MANUAL_SHOWN = 50;

interface FailedFile {
  path: string;
  error: FileError;
}

export function createSummarySink(options: SummarySinkOptions): Sink {
  const failures: FailedFile[] = [];
  const manual: Finding[] = [];
  let manualTotal = 0;
  const skipReasons = new Map<string, number>();
  const tolerantChanges: TolerantChange[] = [];
  const paint = createPainter(options.color);
  return {
    onResult(result: FileResult) {
      if (result.status === 'failed') failures.push({ path: result.path, error: result.error });
      const tolerant = tolerantChangeOf(result);
      if (tolerant) tolerantChanges.push(tolerant);
      for (const finding of result.findings) {
        if (finding.kind !== 'manual') continue;
        if (manual.length < MANUAL_SHOWN) manual.push(finding);
        manualTotal++;
      }
      if (result.status === 'skipped') skipReasons.set(result.reason, (skipReasons.get(result.reason) ?? 0) + 1);
    },
    onEnd(summary: RunSummary) {
      const lines: string[] = [];
      const reasons = [...skipReasons].sort().map(([reason, n]) => `${n} ${reason}`).join(', ');
      lines.push(
        paint('bold', `${summary.files} ${plural(summary.files, 'file')} scanned: `) +
          `${summary.changed} changed${tolerantCount(summary)}, ${summary.unchanged} unchanged, ` +
          `${summary.skipped} skipped${reasons ? ` (${reasons})` : ''}, ` +
          (summary.failed > 0 ? paint('red', `${summary.failed} failed`) : `${summary.failed} failed`) +
          ` in ${(summary.durationMs / 1000).toFixed(1)}s`,
      );
      for (const { path, error } of failures) {
        const where = error.line !== undefined ? `${path}:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : path;
        lines.push(`  ${paint('red', 'failed')} ${where}: ${error.code}: ${error.message}`);
      }
      lines.push(...syntaxErrorLines(summary, options.quiet ? [] : tolerantChanges, paint));
      if (!options.quiet) {
        const f = summary.findings;
        lines.push(`findings: ${f.rewritten} rewritten, ${f.manual} manual, ${f.mention} mention, ${f.ignored} ignored`);
        for (const m of manual) {
          lines.push(`  ${paint('yellow', 'manual')} ${m.path}:${m.line}:${m.column}: ${m.move}: ${m.reason ?? 'cannot be rewritten automatically'}`);
        }
        if (manualTotal > manual.length) lines.push(`  … and ${manualTotal - manual.length} more manual findings (see --format json or scan)`);
        const sources = moveSources(options.plan);
        for (const id of summary.unusedMoves) {
          const at = sources.get(id);
          lines.push(paint('yellow', `warning: move "${id}"${at ? ` (${at})` : ''} matched no reference; likely a manifest typo, check its "from".`));
        }
        for (const notice of summary.notices) lines.push(`notice: ${notice}`);
        if (options.patchFile) lines.push(`patch written to ${options.patchFile}`);
        if (options.mode === 'dry-run' && summary.changed > 0) {
          lines.push(paint('dim', `dry run: nothing written; re-run with --apply to write ${summary.changed} ${plural(summary.changed, 'file')}.`));
        } else if (options.mode === 'apply') {
          lines.push(`${summary.changed} ${plural(summary.changed, 'file')} written.`);
        }
      }
      options.out.write(lines.join('\n') + '\n');
    },
  };
}

function moveSources(plan: MigrationPlan): Map<string, string> {
  const sources = new Map<string, string>();
  for (const move of [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])]) sources.set(move.id, move.source);
  return sources;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
