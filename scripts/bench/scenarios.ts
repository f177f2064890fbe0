// The benchmark scenarios: each names its corpora, the commands to time, the ratios between their
// medians and the targets those ratios must meet. The anchors are what a user would otherwise pick:
// ast-grep and git grep on the real repository, a conventional jscodeshift transform on TS files,
// git grep on a mixed corpus. Measured by run-scenario.ts.
import os from 'node:os';
import { astGrepDry } from './ast-grep';
import { gitGrep, jsArguments, jscodeshiftDry, ssotRun, ssotShardsSideBySide, type CorpusContext, type Tools } from './commands';
import type { Command } from './measure';
import { target, type TargetReport } from './report';

/** CPUs this process may use: the pool's thread count and the side-by-side process count of the workers scenario. */
const CPUS = Math.max(2, os.availableParallelism());

/** What `all` (the default) runs; `workers` and `smoke` run only when named. */
export const SCENARIOS = ['netra', 'ts2000', 'mixed4000', 'scale'] as const;
export type ScenarioName = (typeof SCENARIOS)[number] | 'workers' | 'smoke' | 'custom';
export const NAMED_SCENARIOS: readonly ScenarioName[] = [...SCENARIOS, 'workers'];

/** A corpus to generate, the real repository (the netra checkout), or undefined for --corpus DIR. */
export type CorpusSpec = { files: number; pythonShare: number; legacyRatio: number } | { netra: true };

/** What a measurement may need beyond its corpus (resolved once per session). */
export interface MeasurementTools extends Tools {
  /** The ast-grep binary, or undefined when it could not be installed (the measurement is skipped). */
  astGrep?: string;
}

export interface MeasurementSpec {
  id: string;
  label: string;
  /** Index into the scenario's corpora. */
  corpus: number;
  /** The command, or a reason it cannot run here (the measurement is left out with a warning). */
  build: (tools: MeasurementTools, context: CorpusContext) => { command: Command; files: number; note?: string } | { skip: string };
}

export interface RatioSpec {
  name: string;
  numerator: string;
  denominator: string;
  metric: 'time' | 'rss';
}

export interface ScenarioDefinition {
  name: ScenarioName;
  description: string;
  /** Corpora to generate or find; undefined means the --corpus checkout. */
  corpora?: CorpusSpec[];
  measurements: MeasurementSpec[];
  ratios: RatioSpec[];
  targets: (ratio: (name: string) => number | null, rssMB: (id: string) => number | null) => TargetReport[];
  needs: { ssot: boolean; jscodeshift: boolean; astGrep?: boolean };
}

const whole: MeasurementSpec = {
  id: 'a', label: 'ssot-codemod run --dry-run, whole tree', corpus: 0,
  build: (tools, c) => ({ command: ssotRun(tools, c, ['.']), files: c.trackedFiles }),
};
const conventional: MeasurementSpec = {
  id: 'b', label: 'jscodeshift, conventional transform with a guard, --dry', corpus: 0,
  build: (tools, c) => {
    const { args, note } = jsArguments(c);
    return { command: jscodeshiftDry(tools, c, args, tools.conventionalTransform), files: c.jsFiles.length, note };
  },
};
const ownTransform: MeasurementSpec = {
  id: 'b-own', label: 'jscodeshift -t transforms/js-imports.ts --dry (our rewrite, stock runner)', corpus: 0,
  build: (tools, c) => {
    const { args, note } = jsArguments(c);
    return { command: jscodeshiftDry(tools, c, args), files: c.jsFiles.length, note };
  },
};
const jsOnly: MeasurementSpec = {
  id: 'c', label: 'ssot-codemod run --dry-run, same TS/TSX files', corpus: 0,
  build: (tools, c) => {
    const { args, note } = jsArguments(c);
    return { command: ssotRun(tools, c, args), files: c.jsFiles.length, note };
  },
};
const grep: MeasurementSpec = {
  id: 'd', label: 'git grep -l -F <legacy paths> (the floor)', corpus: 0,
  build: (_tools, c) => ({ command: gitGrep(c), files: c.trackedFiles }),
};
const astGrep: MeasurementSpec = {
  id: 'e', label: 'ast-grep run, one Python import pattern + rewrite, dry', corpus: 0,
  build: (tools, c) => (tools.astGrep ? { command: astGrepDry(tools.astGrep, c.root), files: c.trackedFiles } : { skip: 'ast-grep is not available' }),
};
const all = { ssot: true, jscodeshift: true };
const bc: RatioSpec = { name: 'b/c', numerator: 'b', denominator: 'c', metric: 'time' };
const ad: RatioSpec = { name: 'a/d', numerator: 'a', denominator: 'd', metric: 'time' };
const ea: RatioSpec = { name: 'e/a', numerator: 'e', denominator: 'a', metric: 'time' };
const mixed = (files: number) => ({ files, pythonShare: 0.5, legacyRatio: 0.1 });

export function scenarioDefinition(name: ScenarioName): ScenarioDefinition {
  switch (name) {
    case 'netra':
      return {
        name, description: 'the real repository (netra-systems/zen at 08ff0bd4b, preset netra-websocket-ssot): dry-run vs ast-grep and the git grep floor',
        corpora: [{ netra: true }],
        measurements: [whole, astGrep, grep], ratios: [ea, ad], needs: { ssot: true, jscodeshift: false, astGrep: true },
        targets: (r) => [target('≥10× faster than ast-grep (e/a)', r('e/a'), '>=', 10), target('within 5× of git grep (a/d)', r('a/d'), '<=', 5)],
      };
    case 'ts2000':
      return {
        name, description: 'TS/TSX only, 2,000 files, 10% legacy: ssot-codemod vs a conventional jscodeshift transform with a guard',
        corpora: [{ files: 2000, pythonShare: 0, legacyRatio: 0.1 }],
        measurements: [conventional, ownTransform, jsOnly, grep],
        ratios: [bc, { name: 'b-own/c', numerator: 'b-own', denominator: 'c', metric: 'time' }], needs: all,
        targets: (r) => [target('≥10× faster than the conventional transform (b/c)', r('b/c'), '>=', 10)],
      };
    case 'mixed4000':
      return {
        name, description: 'mixed 4,000 files (half Python), 10% legacy: dry-run vs the git grep floor',
        corpora: [mixed(4000)],
        measurements: [whole, grep], ratios: [ad], needs: { ssot: true, jscodeshift: false },
        targets: (r) => [target('within 10× of git grep (a/d)', r('a/d'), '<=', 10)],
      };
    case 'scale':
      return {
        name, description: 'scaling: dry-run on 20,000 vs 5,000 mixed files (10% legacy)',
        corpora: [mixed(5000), mixed(20000)],
        measurements: [{ ...whole, id: 'a@5000', corpus: 0 }, { ...whole, id: 'a@20000', corpus: 1 }],
        ratios: [
          { name: 'time 20000/5000', numerator: 'a@20000', denominator: 'a@5000', metric: 'time' },
          { name: 'rss 20000/5000', numerator: 'a@20000', denominator: 'a@5000', metric: 'rss' },
        ],
        needs: { ssot: true, jscodeshift: false },
        targets: (r, rss) => [
          target('time ratio 20,000/5,000 ≤ 4.4', r('time 20000/5000'), '<=', 4.4),
          target('peak RSS ratio 20,000/5,000 ≤ 1.3 (flat in corpus size)', r('rss 20000/5000'), '<=', 1.3),
          target('peak RSS at 20,000 files < 400 MB', rss('a@20000'), '<', 400, 'MB'),
        ],
      };
    case 'workers':
      return workersScenario();
    case 'smoke':
      return {
        name, description: 'a few hundred mixed files, one run of every command, no targets',
        corpora: [mixed(300)],
        measurements: [whole, conventional, jsOnly, grep], ratios: [bc, ad], needs: all, targets: () => [],
      };
    case 'custom':
      return {
        name, description: 'a given checkout (--corpus): the dry-run, our transform under stock jscodeshift, the dry-run on its TS/TSX files, git grep',
        measurements: [whole, { ...ownTransform, id: 'b' }, jsOnly, grep], ratios: [bc, ad], needs: all,
        targets: (r) => [target('ssot-codemod ≥10× faster than jscodeshift (b/c)', r('b/c'), '>=', 10), target('dry-run within 10× of git grep (a/d)', r('a/d'), '<=', 10)],
      };
  }
}

/** Worker threads against one thread: informational on two vCPUs, which behave like one core here. */
function workersScenario(): ScenarioDefinition {
  const variant = (id: string, label: string, extra: string[]): MeasurementSpec => ({
    ...whole, id, label, build: (tools, c) => ({ command: ssotRun(tools, c, ['.'], extra), files: c.trackedFiles }),
  });
  return {
    name: 'workers', description: 'all-legacy corpus (5,000 mixed files, 100% legacy): default workers vs --workers 1',
    corpora: [{ files: 5000, pythonShare: 0.5, legacyRatio: 1 }],
    measurements: [
      { ...whole, label: 'ssot-codemod run --dry-run, default workers' },
      variant('a-w1', 'ssot-codemod run --dry-run --workers 1', ['--workers', '1']),
      variant('a-threads', `ssot-codemod run --dry-run --workers ${CPUS} (one thread per CPU)`, ['--workers', String(CPUS)]),
      {
        ...whole, id: 'a-procs', label: `${CPUS} processes side by side, --workers 1 --shard k/${CPUS} each (the machine's ceiling)`,
        build: (tools, c) => ({ command: ssotShardsSideBySide(tools, c, CPUS), files: c.trackedFiles }),
      },
    ],
    ratios: [
      { name: 'workers 1/default', numerator: 'a-w1', denominator: 'a', metric: 'time' },
      { name: `workers 1/${CPUS} threads`, numerator: 'a-w1', denominator: 'a-threads', metric: 'time' },
      { name: `workers 1/${CPUS} processes`, numerator: 'a-w1', denominator: 'a-procs', metric: 'time' },
    ],
    needs: { ssot: true, jscodeshift: false },
    targets: (r) => [target('default workers ≥1.6× faster than --workers 1', r('workers 1/default'), '>=', 1.6)],
  };
}
