// The benchmark's smoke run, for the test suite (so scripts/bench.ts cannot rot): ~300 generated
// files, one run of each command (ssot-codemod dry-run, stock jscodeshift, ssot-codemod on TS/TSX,
// git grep), no timing assertions. Needs `npm run build` first (bin/ loads dist/src/cli).
// A test can assert: one scenario named 'smoke' with measurements a, b, c, d; every exitCodes
// entry 0 (git grep: 0 = matches found); no warnings; and, if the JSON output has a summary,
// `changed` of a > 0.
import { runBench, type BenchOptions, type BenchReport } from './bench';

export type { BenchReport } from './bench';

/** Resolves to the report; rejects with a BenchError when a program is missing or exits unexpectedly. */
export function runBenchSmoke(options: Pick<BenchOptions, 'tools' | 'log' | 'seed' | 'workdir'> = {}): Promise<BenchReport> {
  return runBench({ ...options, scenario: 'smoke', runs: 1 });
}
