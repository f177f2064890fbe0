// The file pool: processes batches of paths either in worker threads (piscina, one maintained pool
// per run, the plan sent to each worker once as workerData) or in this thread with the same code
// (--workers 1, tests, injected rewriters, or when no compiled worker entry exists). Used by run.
import fs from 'node:fs';
import path from 'node:path';
import type Piscina from 'piscina';
import type { LanguageRewriter } from '../rewrite/language';
import type { FileResult } from '../types';
import { processBatch, type BatchTask, type PoolSettings } from './batch';
import { createFileProcessor } from './process-file';

const YOUNG_GENERATION_MB = 12;

export interface PoolOptions extends PoolSettings {
  /** Rewriters for in-process work (workers build the default ones themselves). */
  rewriters: readonly LanguageRewriter[];
  /** Worker threads wanted; 1 (or no workerEntry) means in-process. */
  workers: number;
  /** Compiled worker entry (see resolveWorkerEntry); undefined forces in-process. */
  workerEntry?: string;
}

export interface FilePool {
  /** Worker threads in use; 0 when processing in-process. */
  readonly threads: number;
  run(paths: string[]): Promise<FileResult[]>;
  close(): Promise<void>;
}

export function createPool(options: PoolOptions): FilePool {
  const settings: PoolSettings = {
    root: options.root,
    plan: options.plan,
    maxFileSize: options.maxFileSize,
    rewriteOptions: options.rewriteOptions,
    prefilter: options.prefilter,
  };
  if (options.workers <= 1 || options.workerEntry === undefined) {
    const processor = createFileProcessor({ ...settings, rewriters: options.rewriters });
    return { threads: 0, run: (paths) => processBatch(processor, { paths }), close: async () => undefined };
  }
  // Started on the first batch: a run whose files all stop at the prefilter never pays for threads.
  let piscina: Piscina<BatchTask, FileResult[]> | undefined;
  // piscina itself is required only then too (a fifth of start-up otherwise).
  const start = () =>
    (piscina ??= new (require('piscina') as typeof import('piscina')).Piscina<BatchTask, FileResult[]>({
      filename: options.workerEntry,
      minThreads: options.workers,
      maxThreads: options.workers,
      idleTimeout: 60_000,
      workerData: settings,
      // A small young generation: per-file garbage is short-lived, and V8's default (up to 48 MB per
      // thread) grows peak memory with the length of the run without making it faster.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    }));
  return {
    threads: options.workers,
    run: (paths) => start().run({ paths }),
    close: async () => {
      await piscina?.destroy();
    },
  };
}

/**
 * The compiled worker entry: worker.js next to this file when running from dist/. Running from
 * TypeScript sources (jest), dist/src/pipeline/worker.js is used only when `fromSources` allows it
 * (an explicit --workers N): a stale or half-rebuilt dist must not silently stand in for the sources.
 */
export function resolveWorkerEntry(options: { fromSources: boolean }): string | undefined {
  const adjacent = path.join(__dirname, 'worker.js');
  if (__filename.endsWith('.js')) return fs.existsSync(adjacent) ? adjacent : undefined;
  if (!options.fromSources) return undefined;
  const built = path.join(__dirname, '..', '..', 'dist', 'src', 'pipeline', 'worker.js');
  return fs.existsSync(built) ? built : undefined;
}
