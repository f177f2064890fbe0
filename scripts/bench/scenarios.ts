// The benchmark scenarios and the runner that measures them: each scenario names its corpora,
// the commands to time, the ratios between their medians and the targets those ratios must meet.
// Runs alternate (run r measures every command once, in an order rotated by r) so drift cancels.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus } from '../make-corpus';
import {
  BenchError, corpusContext, displayCommand, gitGrep, jsArguments, jscodeshiftDry, ssotRun, ssotShardsSideBySide,
  type CorpusContext, type Tools,
} from './commands';
import { changedCount, measure, type Command, type Sample } from './measure';
import { median, target, type CorpusInfo, type MeasurementReport, type RatioReport, type ScenarioReport, type TargetReport } from './report';

/** CPUs this process may use: the pool's thread count and the side-by-side process count of the workers scenario. */
const CPUS = Math.max(2, os.availableParallelism());

export const SCENARIOS = ['js5000', 'mixed20000', 'scale', 'workers'] as const;
export type ScenarioName = (typeof SCENARIOS)[number] | 'smoke' | 'custom';

export interface CorpusSpec {
  files: number;
  pythonShare: number;
  legacyRatio: number;
}

interface MeasurementSpec {
  id: string;
  label: string;
  /** Index into the scenario's corpora. */
  corpus: number;
  build: (tools: Tools, context: CorpusContext) => { command: Command; files: number; note?: string };
}

interface RatioSpec {
  name: string;
  numerator: string;
  denominator: string;
  metric: 'time' | 'rss';
}

export interface ScenarioDefinition {
  name: ScenarioName;
  description: string;
  /** Corpora to generate; undefined means the --corpus checkout. */
  corpora?: CorpusSpec[];
  measurements: MeasurementSpec[];
  ratios: RatioSpec[];
  targets: (ratio: (name: string) => number | null, rssMB: (id: string) => number | null) => TargetReport[];
  needs: { ssot: boolean; jscodeshift: boolean };
}

/** What every scenario run shares: the tools, a scratch directory, the corpus cache. */
export interface BenchSession {
  tools: Tools;
  scratch: string;
  timeBin: string | undefined;
  runs: number;
  seed: string;
  given?: { root: string; manifest?: string };
  log: (line: string) => void;
  corpora: Map<string, { context: CorpusContext; info: CorpusInfo }>;
}

const whole: MeasurementSpec = {
  id: 'a', label: 'ssot-codemod run --dry-run, whole corpus', corpus: 0,
  build: (tools, c) => ({ command: ssotRun(tools, c, ['.']), files: c.trackedFiles }),
};
const jscodeshift: MeasurementSpec = {
  id: 'b', label: 'jscodeshift -t js-imports.ts --dry, TS/TSX files', corpus: 0,
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
  id: 'd', label: 'git grep -l -F <needles> (floor)', corpus: 0,
  build: (_tools, c) => ({ command: gitGrep(c), files: c.trackedFiles }),
};
const all = { ssot: true, jscodeshift: true };
const bc: RatioSpec = { name: 'b/c', numerator: 'b', denominator: 'c', metric: 'time' };
const ad: RatioSpec = { name: 'a/d', numerator: 'a', denominator: 'd', metric: 'time' };

export function scenarioDefinition(name: ScenarioName): ScenarioDefinition {
  switch (name) {
    case 'js5000':
      return {
        name, description: 'JS/TS only, 5,000 files, 10% legacy: ssot-codemod vs stock jscodeshift on the same files',
        corpora: [{ files: 5000, pythonShare: 0, legacyRatio: 0.1 }],
        measurements: [jscodeshift, jsOnly, grep], ratios: [bc], needs: all,
        targets: (r) => [target('ssot-codemod ≥10× faster than jscodeshift (b/c)', r('b/c'), '>=', 10)],
      };
    case 'mixed20000':
      return {
        name, description: 'mixed 20,000 files (half Python), 10% legacy: dry-run vs the git grep floor',
        corpora: [{ files: 20000, pythonShare: 0.5, legacyRatio: 0.1 }],
        measurements: [whole, grep], ratios: [ad], needs: { ssot: true, jscodeshift: false },
        targets: (r) => [target('dry-run within 15× of git grep (a/d)', r('a/d'), '<=', 15)],
      };
    case 'scale':
      return {
        name, description: 'scaling: dry-run on 20,000 vs 5,000 mixed files (10% legacy)',
        corpora: [{ files: 5000, pythonShare: 0.5, legacyRatio: 0.1 }, { files: 20000, pythonShare: 0.5, legacyRatio: 0.1 }],
        measurements: [{ ...whole, id: 'a@5000', corpus: 0 }, { ...whole, id: 'a@20000', corpus: 1 }],
        ratios: [
          { name: 'time 20000/5000', numerator: 'a@20000', denominator: 'a@5000', metric: 'time' },
          { name: 'rss 20000/5000', numerator: 'a@20000', denominator: 'a@5000', metric: 'rss' },
        ],
        needs: { ssot: true, jscodeshift: false },
        targets: (r, rss) => [
          target('time ratio 20,000/5,000 ≤ 4.4', r('time 20000/5000'), '<=', 4.4),
          target('peak RSS ratio 20,000/5,000 ≤ 1.3', r('rss 20000/5000'), '<=', 1.3),
          target('peak RSS at 20,000 files < 400 MB', rss('a@20000'), '<', 400, 'MB'),
        ],
      };
    case 'workers':
      return {
        name, description: 'all-legacy corpus (5,000 mixed files, 100% legacy): default workers vs --workers 1',
        corpora: [{ files: 5000, pythonShare: 0.5, legacyRatio: 1 }],
        measurements: [
          { ...whole, id: 'a', label: 'ssot-codemod run --dry-run, default workers' },
          { ...whole, id: 'a-w1', label: 'ssot-codemod run --dry-run --workers 1', build: (tools, c) => ({ command: ssotRun(tools, c, ['.'], ['--workers', '1']), files: c.trackedFiles }) },
          {
            ...whole, id: 'a-threads', label: `ssot-codemod run --dry-run --workers ${CPUS} (one thread per CPU)`,
            build: (tools, c) => ({ command: ssotRun(tools, c, ['.'], ['--workers', String(CPUS)]), files: c.trackedFiles }),
          },
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
    case 'smoke':
      return {
        name, description: 'a few hundred mixed files, one run of every command, no targets',
        corpora: [{ files: 300, pythonShare: 0.5, legacyRatio: 0.1 }],
        measurements: [whole, jscodeshift, jsOnly, grep], ratios: [bc, ad], needs: all, targets: () => [],
      };
    case 'custom':
      return {
        name, description: 'a given checkout (--corpus): all four commands',
        measurements: [whole, jscodeshift, jsOnly, grep], ratios: [bc, ad], needs: all,
        targets: (r) => [target('ssot-codemod ≥10× faster than jscodeshift (b/c)', r('b/c'), '>=', 10), target('dry-run within 15× of git grep (a/d)', r('a/d'), '<=', 15)],
      };
  }
}

async function corpusFor(session: BenchSession, spec: CorpusSpec | undefined): Promise<{ context: CorpusContext; info: CorpusInfo }> {
  const key = spec ? `${spec.files}-${spec.pythonShare}-${spec.legacyRatio}` : 'given';
  const cached = session.corpora.get(key);
  if (cached) return cached;
  let entry: { context: CorpusContext; info: CorpusInfo };
  if (!spec) {
    if (!session.given) throw new BenchError('the custom scenario needs --corpus DIR');
    const context = corpusContext(session.given.root, session.given.manifest);
    entry = { context, info: { root: context.root, origin: 'given', files: context.trackedFiles, legacyFiles: null, jsFiles: context.jsFiles.length, bytes: null, generateSeconds: null } };
  } else {
    session.log(`generating corpus: ${spec.files} files, python share ${spec.pythonShare}, legacy ratio ${spec.legacyRatio} …`);
    const made = makeCorpus({ ...spec, seed: session.seed, out: path.join(session.scratch, `corpus-${key}`) });
    const context = corpusContext(made.root);
    entry = {
      context,
      info: { root: made.root, origin: 'generated', files: made.files.length, legacyFiles: made.legacyFiles.length, jsFiles: context.jsFiles.length, bytes: made.bytes, generateSeconds: Math.round(made.durationMs / 100) / 10 },
    };
    session.log(`  ${made.files.length} files (${made.legacyFiles.length} legacy), ${(made.bytes / 1e6).toFixed(1)} MB, generated in ${(made.durationMs / 1000).toFixed(1)} s`);
  }
  // One unmeasured pass over the bytes, so the first measured command does not pay for a cold page cache.
  const warm = gitGrep(entry.context);
  spawnSync(warm.argv[0], warm.argv.slice(1), { cwd: warm.cwd, stdio: 'ignore' });
  session.corpora.set(key, entry);
  return entry;
}

export async function runScenario(definition: ScenarioDefinition, session: BenchSession): Promise<ScenarioReport> {
  const corpora = await Promise.all((definition.corpora ?? [undefined]).map((spec) => corpusFor(session, spec)));
  const warnings: string[] = [];
  const planned = definition.measurements.map((m) => {
    const built = m.build(session.tools, corpora[m.corpus].context);
    if (built.note) warnings.push(`${m.id}: ${built.note}`);
    return { spec: m, ...built, samples: [] as Sample[] };
  });
  const runs = session.runs;
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < planned.length; k++) {
      const p = planned[(k + r) % planned.length];
      const sample = await measure(p.command, session.scratch, session.timeBin, `${definition.name}-${p.spec.id}-${r}`.replace(/[^\w.-]/g, '_'));
      checkExit(p.spec.id, p.command, sample, warnings);
      p.samples.push(sample);
      const rss = sample.peakRssKB === null ? 'n/a' : `${(sample.peakRssKB / 1024).toFixed(0)} MB`;
      session.log(`  [${definition.name} ${r + 1}/${runs}] ${p.spec.id.padEnd(8)} ${(sample.wallMs / 1000).toFixed(2).padStart(8)} s  peak RSS ${rss}`);
    }
  }
  const measurements = planned.map((p) => report(p.spec, p.command, p.files, p.samples));
  for (const p of planned) for (const s of p.samples) fs.rmSync(s.stdoutFile, { force: true });
  const byId = new Map(measurements.map((m) => [m.id, m]));
  const ratios: RatioReport[] = definition.ratios.map((spec) => {
    const num = byId.get(spec.numerator);
    const den = byId.get(spec.denominator);
    const value = spec.metric === 'time' ? divide(num?.medianMs, den?.medianMs) : divide(num?.peakRssMB, den?.peakRssMB);
    return { name: spec.name, numerator: spec.numerator, denominator: spec.denominator, value };
  });
  const ratio = (name: string) => ratios.find((x) => x.name === name)?.value ?? null;
  const targets = definition.targets(ratio, (id) => byId.get(id)?.peakRssMB ?? null);
  return { name: definition.name, description: definition.description, corpora: corpora.map((c) => c.info), measurements, ratios, targets, warnings };
}

function checkExit(id: string, command: Command, sample: Sample, warnings: string[]): void {
  if (command.okExitCodes.includes(sample.exitCode)) return;
  const tail = sample.stderrTail.trim().split('\n').slice(-5).join('\n    ');
  if (command.warnExitCodes?.includes(sample.exitCode)) {
    const message = `${id}: exited ${sample.exitCode}${tail ? `: ${tail}` : ''}`;
    if (!warnings.includes(message)) warnings.push(message);
    return;
  }
  throw new BenchError(`${id} failed (exit ${sample.exitCode}): ${displayCommand(command.argv, 99)}\n    ${tail || '(no stderr)'}`);
}

function report(spec: MeasurementSpec, command: Command, files: number, samples: Sample[]): MeasurementReport {
  const wallMs = samples.map((s) => s.wallMs);
  const rss = samples.map((s) => s.peakRssKB).filter((v): v is number => v !== null);
  const medianMs = median(wallMs);
  const isSsot = command.argv.includes('run') && command.argv.includes('--dry-run');
  return {
    id: spec.id,
    label: spec.label,
    command: displayCommand(command.argv, files),
    files,
    wallMs: wallMs.map((v) => Math.round(v * 10) / 10),
    medianMs: Math.round(medianMs * 10) / 10,
    filesPerSecond: Math.round(files / (medianMs / 1000)),
    peakRssMB: rss.length === samples.length && rss.length > 0 ? Math.round(median(rss) / 102.4) / 10 : null,
    maxPeakRssMB: rss.length > 0 ? Math.round(Math.max(...rss) / 102.4) / 10 : null,
    exitCodes: samples.map((s) => s.exitCode),
    changed: isSsot && samples.length > 0 ? changedCount(samples[samples.length - 1].stdoutFile) : null,
    stdoutBytes: samples.length > 0 ? samples[samples.length - 1].stdoutBytes : 0,
  };
}

function divide(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}
