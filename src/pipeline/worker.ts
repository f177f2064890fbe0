// The worker-thread entry of the file pool (compiled to dist/src/pipeline/worker.js and loaded by
// piscina): it receives the run's settings and plan once, as workerData, builds the default
// rewriters itself (functions cannot cross threads), and processes batches of paths in order.
import { workerData } from 'node:worker_threads';
import { defaultRewriters } from '../rewrite/default-rewriters';
import type { FileResult } from '../types';
import { processBatch, type BatchTask, type PoolSettings } from './batch';
import { createFileProcessor } from './process-file';

const settings = workerData as PoolSettings;
const processor = createFileProcessor({
  ...settings,
  rewriters: defaultRewriters().filter((r) => settings.plan[r.language] !== undefined),
});

export default function run(task: BatchTask): Promise<FileResult[]> {
  return processBatch(processor, task);
}
