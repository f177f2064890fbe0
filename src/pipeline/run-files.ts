// Drives a run: cuts the sorted candidates into batches, keeps a bounded number of batches in flight
// (worker threads or in-process), and delivers results to the optional write stage (apply) and the
// sinks in sorted path order whatever order batches finish in (a reorder buffer). Used by run.
import type { FileResult, MigrationPlan, RunSummary, Sink } from '../types';
import type { Candidate } from './discover';
import type { FileProcessor } from './process-file';

/** A stage between processing and the sinks that may turn a result into another (apply: write or conflict). */
export type ResultWriter = (result: FileResult) => Promise<FileResult>;

/** Processes paths in order and resolves to their results in the same order (see pool.ts). */
export type BatchProcessor = (paths: string[]) => Promise<FileResult[]>;

export const DEFAULT_BATCH_SIZE = 32;

export interface RunFilesOptions {
  /** Sorted candidates from discover. */
  candidates: readonly Candidate[];
  /** Per-file processing (tests, simple callers); ignored when processBatch is given. */
  process?: FileProcessor;
  /** Batch processing (the pool); preferred. */
  processBatch?: BatchProcessor;
  sinks: readonly Sink[];
  write?: ResultWriter;
  plan: MigrationPlan;
  /** How many batches may be in flight at once (default 8); results are still delivered in order. */
  concurrency?: number;
  /** Paths per batch (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Called after each delivered batch with the number of files delivered so far. */
  onProgress?: (done: number) => void;
  /** Clock, injectable for tests; default Date.now. */
  now?: () => number;
}

export async function runFiles(options: RunFilesOptions): Promise<RunSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const tally = createTally(options.plan);
  const processBatch = options.processBatch ?? perFile(options.process);
  const batches = cutBatches(options.candidates, Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE));
  const concurrency = Math.max(1, options.concurrency ?? 8);
  // The reorder buffer: batch i's promise is awaited before batch i+1's, never more than `concurrency` ahead.
  const inFlight: Array<Promise<FileResult[]>> = [];
  let next = 0;
  let done = 0;
  const launch = () => {
    while (next < batches.length && inFlight.length < concurrency) {
      const batch = runBatch(batches[next++], processBatch);
      // A failure surfaces when its turn comes; until then it must not count as unhandled.
      batch.catch(() => undefined);
      inFlight.push(batch);
    }
  };
  launch();
  while (inFlight.length > 0) {
    const results = await inFlight.shift()!;
    launch();
    for (let result of results) {
      if (options.write && result.status === 'changed') result = await options.write(result);
      tally.add(result);
      for (const sink of options.sinks) await sink.onResult(result);
    }
    done += results.length;
    options.onProgress?.(done);
  }
  const summary = tally.finish(now() - started);
  for (const sink of options.sinks) await sink.onEnd(summary);
  return summary;
}

function perFile(process: FileProcessor | undefined): BatchProcessor {
  if (!process) throw new Error('runFiles needs process or processBatch');
  return (paths) => Promise.all(paths.map((p) => process(p)));
}

/** Consecutive runs of sorted candidates, so each batch's results are already in path order. */
function cutBatches(candidates: readonly Candidate[], size: number): Candidate[][] {
  const batches: Candidate[][] = [];
  for (let i = 0; i < candidates.length; i += size) batches.push(candidates.slice(i, i + size));
  return batches;
}

/** Known skips are answered here; only the rest cross to the processor. */
async function runBatch(batch: Candidate[], processBatch: BatchProcessor): Promise<FileResult[]> {
  const work = batch.filter((c) => !c.skip).map((c) => c.path);
  const processed = work.length > 0 ? await processBatch(work) : [];
  let k = 0;
  return batch.map((c) => (c.skip ? skippedResult(c) : processed[k++]));
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
