// The benchmark's report: what scripts/bench.ts prints as a table and writes with --json, and
// what runBenchSmoke() (scripts/bench-smoke.ts) returns. Plain data, stable field names.

export type TargetStatus = 'PASS' | 'FAIL' | 'n/a';

/** One corpus a scenario ran against. */
export interface CorpusInfo {
  root: string;
  /** Generated (`--files …`) or given with --corpus. */
  origin: 'generated' | 'given';
  files: number;
  legacyFiles: number | null;
  jsFiles: number;
  bytes: number | null;
  /** Seconds spent generating it (null for a given corpus). */
  generateSeconds: number | null;
}

/** One measured command: every sample, and the medians the ratios use. */
export interface MeasurementReport {
  /** Short id used by ratios: a (dry-run, whole corpus), b (jscodeshift), c (ssot on JS/TS), d (git grep), e (ast-grep), with a suffix for variants. */
  id: string;
  label: string;
  /** The command line, with long file lists abbreviated. */
  command: string;
  /** Files the command was given or covers. */
  files: number;
  wallMs: number[];
  medianMs: number;
  /** Median CPU time (user + system, every thread and child process), null without GNU time. */
  cpuMedianMs: number | null;
  filesPerSecond: number;
  /** Median peak RSS in MB of the measured process (the largest single process for multi-process tools); null without /usr/bin/time. */
  peakRssMB: number | null;
  maxPeakRssMB: number | null;
  exitCodes: number[];
  /** Files reported changed, read from ssot-codemod's JSON output when it has a recognisable summary. */
  changed: number | null;
  stdoutBytes: number;
}

export interface RatioReport {
  name: string;
  numerator: string;
  denominator: string;
  /** numerator / denominator of the median wall times (or peak RSS for rss ratios). */
  value: number | null;
  /** The same ratio of median CPU times (time ratios only): what a quiet single core would show. */
  cpuValue?: number | null;
}

export interface TargetReport {
  name: string;
  value: number | null;
  comparison: '>=' | '<=' | '<';
  threshold: number;
  unit: string;
  status: TargetStatus;
}

export interface ScenarioReport {
  name: string;
  description: string;
  corpora: CorpusInfo[];
  measurements: MeasurementReport[];
  ratios: RatioReport[];
  targets: TargetReport[];
  warnings: string[];
  /** Why the scenario did not run here (its corpus is absent); nothing was measured. */
  skipped?: string;
}

export interface BenchReport {
  tool: 'ssot-codemod bench';
  version: 1;
  startedAt: string;
  durationSeconds: number;
  machine: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    totalMemoryMB: number;
    /** How peak RSS was measured: GNU time's %M, or not at all. */
    rss: 'gnu-time' | 'n/a';
    git: string;
    /** 1-minute load average when the run started and ended (other work on the machine skews wall times). */
    load: { start: number; end: number };
  };
  options: { scenario: string; runs: number; seed: string; corpus?: string; netra?: string };
  scenarios: ScenarioReport[];
}

export function target(name: string, value: number | null, comparison: TargetReport['comparison'], threshold: number, unit = '×'): TargetReport {
  let status: TargetStatus = 'n/a';
  if (value !== null && Number.isFinite(value)) {
    const ok = comparison === '>=' ? value >= threshold : comparison === '<=' ? value <= threshold : value < threshold;
    status = ok ? 'PASS' : 'FAIL';
  }
  return { name, value, comparison, threshold, unit, status };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
