// What crosses the thread boundary of the file pool: the settings each worker gets once, and the
// batches of paths it is given. Shared by the worker entry and the in-process path, so both run
// the same code (--workers 1 and tests go through processBatch too).
import type { MigrationPlan, RewriteOptions, FileResult } from '../types';
import type { FileProcessor } from './process-file';

/** Sent once per worker (structured-cloned): everything createFileProcessor needs but the rewriters. */
export interface PoolSettings {
  root: string;
  plan: MigrationPlan;
  maxFileSize?: number;
  rewriteOptions?: RewriteOptions;
  prefilter?: boolean;
}

/** One unit of work: repo-relative paths, processed in order; results come back in the same order. */
export interface BatchTask {
  paths: string[];
}

export async function processBatch(processor: FileProcessor, task: BatchTask): Promise<FileResult[]> {
  const results: FileResult[] = [];
  // One after another: reads are synchronous and rewrites CPU-bound, so overlapping gains nothing.
  for (const p of task.paths) results.push(await processor(p));
  return results;
}
