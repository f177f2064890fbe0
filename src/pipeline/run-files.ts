// Drives a run: feeds candidates to a file processor with bounded concurrency, passes each result
// through the optional write stage (apply), and delivers results to the sinks in sorted path order.
// Used by the run command; a worker-thread pool slots in as another FileProcessor.
import type { FileResult, MigrationPlan, RunSummary, Sink } from '../types';
import type { Candidate } from './discover';
import type { FileProcessor } from './process-file';

/** A stage between processing and the sinks that may turn a result into another (apply: write or conflict). */
export type ResultWriter = (result: FileResult) => Promise<FileResult>;

export interface RunFilesOptions {
  /** Sorted candidates from discover. */
  candidates: readonly Candidate[];
  process: FileProcessor;
  sinks: readonly Sink[];
  write?: ResultWriter;
  plan: MigrationPlan;
  /** How many files may be in flight at once; results are still delivered in order. */
  concurrency?: number;
  /** Clock, injectable for tests; default Date.now. */
  now?: () => number;
}

export async function runFiles(options: RunFilesOptions): Promise<RunSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const tally = createTally(options.plan);
  const { candidates } = options;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const inFlight = new Map<number, Promise<FileResult>>();
  let next = 0;
  const launch = () => {
    while (next < candidates.length && inFlight.size < concurrency) {
      const candidate = candidates[next];
      inFlight.set(next, candidate.skip ? Promise.resolve(skippedResult(candidate)) : options.process(candidate.path));
      next++;
    }
  };
  for (let i = 0; i < candidates.length; i++) {
    launch();
    let result = await inFlight.get(i)!;
    inFlight.delete(i);
    if (options.write && result.status === 'changed') result = await options.write(result);
    tally.add(result);
    for (const sink of options.sinks) await sink.onResult(result);
  }
  const summary = tally.finish(now() - started);
  for (const sink of options.sinks) await sink.onEnd(summary);
  return summary;
}

function skippedResult(candidate: Candidate): FileResult {
  const skip = candidate.skip!;
  return { path: candidate.path, findings: [], status: 'skipped', reason: skip.reason, ...(skip.detail ? { detail: skip.detail } : {}) };
}

/** Running totals; keeps counts and move ids only, never file text. */
export function createTally(plan: MigrationPlan) {
  const summary: RunSummary = {
    files: 0,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    failed: 0,
    findings: { rewritten: 0, manual: 0, mention: 0, ignored: 0 },
    unusedMoves: [],
    notices: [...plan.notices],
    durationMs: 0,
  };
  const usedMoves = new Set<string>();
  return {
    add(result: FileResult): void {
      summary.files++;
      summary[result.status]++;
      for (const finding of result.findings) {
        summary.findings[finding.kind]++;
        usedMoves.add(finding.move);
      }
    },
    finish(durationMs: number): RunSummary {
      summary.unusedMoves = unusedMoves(plan, usedMoves);
      summary.durationMs = durationMs;
      return summary;
    },
  };
}

/**
 * Manifest moves no finding referred to. Judged per manifest entry (a move's `source`), because
 * the plan derives extra per-symbol moves from one entry and those may rightly stay unused;
 * each unused entry is named by its first compiled move (the one written in the manifest).
 */
function unusedMoves(plan: MigrationPlan, used: ReadonlySet<string>): string[] {
  const bySource = new Map<string, { id: string; used: boolean }>();
  for (const move of [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])]) {
    const entry = bySource.get(move.source) ?? { id: move.id, used: false };
    entry.used ||= used.has(move.id);
    bySource.set(move.source, entry);
  }
  return [...bySource.values()].filter((e) => !e.used).map((e) => e.id);
}
