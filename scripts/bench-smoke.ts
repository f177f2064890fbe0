// The benchmark's smoke run, for the test suite (so scripts/bench.ts cannot rot): a few hundred
// generated files, one run of each command (ssot-codemod dry-run, stock jscodeshift, ssot-codemod on
// TS/TSX, git grep), no timing assertions. Needs `npm run build` first (bin/ loads dist/src/cli).
import { runBench, type BenchOptions, type BenchReport } from './bench';

export type { BenchReport } from './bench';

/** Resolves to the report; rejects (BenchError) when a command is missing or fails outright. */
export function runBenchSmoke(options: Pick<BenchOptions, 'tools' | 'log' | 'seed'> = {}): Promise<BenchReport> {
  return runBench({ ...options, scenario: 'smoke', runs: 1 });
}
