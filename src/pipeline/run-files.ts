// Drives a run: triages the sorted candidates in this thread (read, guards, prefilter), cuts the files
// that need a rewrite into batches for the processor (worker threads or in-process), keeps a bounded
// number of batches in flight, and delivers results to the optional write stage (apply) and the sinks
// in sorted path order whatever order batches finish in (a reorder buffer), after asking CPython
// what the built-in parsers could not decide (syntax-doubts.ts). Used by run, scan, check.
import type { FileResult, MigrationPlan, RunSummary, Sink } from '../types';
import type { Candidate } from './discover';
import type { FileProcessor, FileTriage } from './process-file';
import { createSyntaxErrorTally } from './syntax-error-tally';
import { createSyntaxDoubtResolver, type SyntaxDoubtResolver } from './syntax-doubts';

/** A stage between processing and the sinks that may turn a result into another (apply: write or conflict). */
export type ResultWriter = (result: FileResult) => Promise<FileResult>;

/** Processes paths in order and resolves to their results in the same order (see pool.ts). */
export type BatchProcessor = (paths: string[]) => Promise<FileResult[]>;

export const DEFAULT_BATCH_SIZE = 32;
/** With triage, a batch spans at most this many candidates even when few of them need a rewrite. */
const TRIAGED_SPAN = 512;

export interface RunFilesOptions {
  /** Sorted candidates from discover. */
  candidates: readonly Candidate[];
  /** Per-file processing (tests, simple callers); ignored when processBatch is given. */
  process?: FileProcessor;
  /** Batch processing (the pool); preferred. */
  processBatch?: BatchProcessor;
  /** Answers the files that need no rewrite here, so only the rest reach the processor. */
  triage?: FileTriage;
  sinks: readonly Sink[];
  write?: ResultWriter;
  /** Answers the built-in parsers' undecided results (FileResult.syntaxDoubt); default: a python3 started on the first one, closed at the end. */
  syntaxDoubts?: SyntaxDoubtResolver;
  plan: MigrationPlan;
  /** How many batches may be in flight at once (default 8); results are still delivered in order. */
  concurrency?: number;
  /** Paths sent to the processor per batch (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Called after each delivered batch with the number of files delivered so far. */
  onProgress?: (done: number) => void;
  /** Clock, injectable for tests; default Date.now. */
  now?: () => number;
  /** The run rewrites files that do not parse (--tolerant): no hint to rerun with it. */
  tolerant?: boolean;
}

export async function runFiles(options: RunFilesOptions): Promise<RunSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const tally = createTally(options.plan, { tolerant: options.tolerant });
  const processBatch = options.processBatch ?? perFile(options.process);
  const { candidates, triage } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const span = triage ? Math.max(batchSize, TRIAGED_SPAN) : batchSize;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  // The reorder buffer: batch i's promise is awaited before batch i+1's, never more than `concurrency` ahead.
  const inFlight: Array<Promise<FileResult[]>> = [];
  let cursor = 0;
  let done = 0;
  const nextBatch = (): Promise<FileResult[]> => {
    const slots: Array<FileResult | undefined> = [];
    const work: string[] = [];
    while (cursor < candidates.length && work.length < batchSize && slots.length < span) {
      const candidate = candidates[cursor++];
      const known = candidate.skip ? skippedResult(candidate) : triage?.(candidate.path);
      slots.push(known);
      if (!known) work.push(candidate.path);
    }
    return fillBatch(slots, work, processBatch);
  };
  const launch = () => {
    while (cursor < candidates.length && inFlight.length < concurrency) {
      const batch = nextBatch();
      // A failure surfaces when its turn comes; until then it must not count as unhandled.
      batch.catch(() => undefined);
      inFlight.push(batch);
    }
  };
  const doubts = options.syntaxDoubts ?? createSyntaxDoubtResolver();
  launch();
  try {
    while (inFlight.length > 0) {
      const results = await inFlight.shift()!;
      launch();
      for (let result of results) {
        if (result.status === 'changed' && result.syntaxDoubt) result = await doubts.resolve(result);
        if (options.write && result.status === 'changed') result = await options.write(result);
        tally.add(result);
        for (const sink of options.sinks) await sink.onResult(result);
      }
      done += results.length;
      options.onProgress?.(done);
    }
  } finally {
    if (!options.syntaxDoubts) doubts.close();
  }
  const summary = tally.finish(now() - started);
  for (const sink of options.sinks) await sink.onEnd(summary);
  return summary;
}

function perFile(process: FileProcessor | undefined): BatchProcessor {
  if (!process) throw new Error('runFiles needs process or processBatch');
  return (paths) => Promise.all(paths.map((p) => process(p)));
}

/** Slots already answered keep their result; the others are filled, in order, from the processor. */
async function fillBatch(slots: Array<FileResult | undefined>, work: string[], processBatch: BatchProcessor): Promise<FileResult[]> {
  const processed = work.length > 0 ? await processBatch(work) : [];
  let k = 0;
  return slots.map((slot) => slot ?? processed[k++]);
}

function skippedResult(candidate: Candidate): FileResult {
  const skip = candidate.skip!;
  return { path: candidate.path, findings: [], status: 'skipped', reason: skip.reason, ...(skip.detail ? { detail: skip.detail } : {}) };
}

/** Running totals; keeps counts and move ids only, never file text. */
export function createTally(plan: MigrationPlan, options: { tolerant?: boolean } = {}) {
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
  let failedUnread = 0;
  const syntaxErrors = createSyntaxErrorTally(options.tolerant === true);
  return {
    add(result: FileResult): void {
      syntaxErrors.add(result);
      summary.files++;
      summary[result.status]++;
      for (const finding of result.findings) {
        summary.findings[finding.kind]++;
        usedMoves.add(finding.move);
      }
      // Failed without findings, its references are unknown: the moves no other file used may be its.
      if (result.status === 'failed' && result.findings.length === 0) failedUnread++;
    },
    finish(durationMs: number): RunSummary {
      summary.unusedMoves = unusedMoves(plan, usedMoves);
      summary.failedUnread = failedUnread;
      summary.durationMs = durationMs;
      summary.syntaxErrors = syntaxErrors.finish();
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
  // A moved file's carried imports (JavascriptPlan.relocated, PythonPlan.relocated) follow its entry, and
  // the entry of the module they reached when that moves too: re-pointing them uses both.
  for (const move of [...Object.values(plan.javascript?.relocated ?? {}), ...Object.values(plan.python?.relocated ?? {})].flat()) {
    if (!used.has(move.id)) continue;
    for (const source of [move.source, move.carried?.via]) {
      const entry = source === undefined ? undefined : bySource.get(source);
      if (entry) entry.used = true;
    }
  }
  // A chain (`a → b`, `b:X → b:Y` gives `a:X → b:Y`) applies every entry it went through.
  for (const move of [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])]) {
    if (!used.has(move.id)) continue;
    for (const source of move.via ?? []) {
      const entry = bySource.get(source);
      if (entry) entry.used = true;
    }
  }
  return [...bySource.values()].filter((e) => !e.used).map((e) => e.id);
}
