// Measures one scenario (scenarios.ts): finds or generates its corpora, runs every command in
// alternation (run r measures each command once, in an order rotated by r) so drift cancels, and
// turns the samples into medians, ratios and PASS/FAIL targets. Used by scripts/bench.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { presetFile } from '../../src/manifest/presets';
import { makeCorpus } from '../make-corpus';
import { installAstGrep } from './ast-grep';
import { BenchError, corpusContext, displayCommand, gitGrep, type CorpusContext, type Tools } from './commands';
import { changedCount, measure, type Command, type Sample } from './measure';
import { median, type CorpusInfo, type MeasurementReport, type RatioReport, type ScenarioReport } from './report';
import type { CorpusSpec, MeasurementSpec, MeasurementTools, ScenarioDefinition } from './scenarios';

/** The preset the netra scenario runs with. */
export const NETRA_PRESET = 'netra-websocket-ssot';

/** What every scenario run shares: the tools, a scratch directory, the corpus cache. */
export interface BenchSession {
  tools: Tools;
  scratch: string;
  timeBin: string | undefined;
  runs: number;
  seed: string;
  given?: { root: string; manifest?: string };
  /** Where the netra checkout is (extracted outside the project); the scenario is skipped when it is absent. */
  netra: string;
  /** An ast-grep binary to use instead of installing @ast-grep/cli from npm. */
  astGrepBin?: string;
  log: (line: string) => void;
  corpora: Map<string, { context: CorpusContext; info: CorpusInfo }>;
  /** Resolved on first need: the installed ast-grep, or why there is none. */
  astGrep?: { bin?: string; problem?: string };
}

async function corpusFor(session: BenchSession, spec: CorpusSpec | undefined): Promise<{ context: CorpusContext; info: CorpusInfo }> {
  const key = spec === undefined ? 'given' : 'netra' in spec ? 'netra' : `${spec.files}-${spec.pythonShare}-${spec.legacyRatio}`;
  const cached = session.corpora.get(key);
  if (cached) return cached;
  let entry: { context: CorpusContext; info: CorpusInfo };
  if (spec === undefined || 'netra' in spec) {
    const given = spec === undefined ? session.given : { root: session.netra, manifest: presetFile(NETRA_PRESET) };
    if (!given) throw new BenchError('the custom scenario needs --corpus DIR');
    const context = corpusContext(given.root, given.manifest);
    entry = { context, info: { root: context.root, origin: 'given', files: context.trackedFiles, legacyFiles: null, jsFiles: context.jsFiles.length, bytes: null, generateSeconds: null } };
  } else {
    const out = path.join(session.scratch, `corpus-${key}`);
    // A kept corpus (--workdir, --keep) of the same spec and seed is the same bytes: reused, not regenerated.
    const sidecar = `${out}.json`;
    const kept = keptCorpus(out, sidecar, session.seed);
    if (kept) {
      session.log(`reusing the corpus in ${out} (seed ${session.seed})`);
      entry = { context: corpusContext(out), info: { ...kept, generateSeconds: null } };
    } else {
      if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
        throw new BenchError(`${out} holds files this bench did not generate with seed ${session.seed} (its ${path.basename(sidecar)} is missing or says otherwise); remove the folder or pick another --workdir.`);
      }
      session.log(`generating corpus: ${spec.files} files, python share ${spec.pythonShare}, legacy ratio ${spec.legacyRatio} …`);
      const made = makeCorpus({ ...spec, seed: session.seed, out });
      const context = corpusContext(made.root);
      entry = {
        context,
        info: { root: made.root, origin: 'generated', files: made.files.length, legacyFiles: made.legacyFiles.length, jsFiles: context.jsFiles.length, bytes: made.bytes, generateSeconds: Math.round(made.durationMs / 100) / 10 },
      };
      fs.writeFileSync(sidecar, JSON.stringify({ seed: session.seed, info: entry.info }) + '\n');
      session.log(`  ${made.files.length} files (${made.legacyFiles.length} legacy), ${(made.bytes / 1e6).toFixed(1)} MB, generated in ${(made.durationMs / 1000).toFixed(1)} s`);
    }
  }
  // One unmeasured pass over the bytes, so the first measured command does not pay for a cold page cache.
  const warm = gitGrep(entry.context);
  spawnSync(warm.argv[0], warm.argv.slice(1), { cwd: warm.cwd, stdio: 'ignore' });
  session.corpora.set(key, entry);
  return entry;
}

/** The recorded info of a corpus generated before into `out` with `seed` (its sidecar says so), or undefined. */
function keptCorpus(out: string, sidecar: string, seed: string | number): CorpusInfo | undefined {
  if (!fs.existsSync(out) || !fs.existsSync(sidecar)) return undefined;
  try {
    const recorded = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { seed: unknown; info: CorpusInfo };
    return String(recorded.seed) === String(seed) && recorded.info.root === out ? recorded.info : undefined;
  } catch {
    return undefined;
  }
}

/** Why a scenario cannot run on this machine (its corpus is not here), or undefined. */
function unavailable(definition: ScenarioDefinition, session: BenchSession): string | undefined {
  if (!definition.corpora?.some((c) => 'netra' in c)) return undefined;
  if (fs.existsSync(path.join(session.netra, '.git'))) return undefined;
  return `no netra checkout at ${session.netra} (a git repository of netra-systems/zen at 08ff0bd4b); extract one with scripts/bench/extract-tree.ts or pass --netra DIR`;
}

export async function runScenario(definition: ScenarioDefinition, session: BenchSession): Promise<ScenarioReport> {
  const skipped = unavailable(definition, session);
  if (skipped) {
    session.log(`  skipped: ${skipped}`);
    return { name: definition.name, description: definition.description, corpora: [], measurements: [], ratios: [], targets: [], warnings: [], skipped };
  }
  const corpora = await Promise.all((definition.corpora ?? [undefined]).map((spec) => corpusFor(session, spec)));
  const warnings: string[] = [];
  if (definition.needs.astGrep && !session.astGrep) {
    session.astGrep = installAstGrep(session.scratch, session.astGrepBin, session.log);
    if (session.astGrep.problem) session.log(`  ${session.astGrep.problem}`);
  }
  const tools: MeasurementTools = { ...session.tools, astGrep: session.astGrep?.bin };
  const planned: Array<{ spec: MeasurementSpec; command: Command; files: number; samples: Sample[] }> = [];
  for (const m of definition.measurements) {
    const built = m.build(tools, corpora[m.corpus].context);
    if ('skip' in built) {
      warnings.push(`${m.id}: not measured: ${built.skip}${session.astGrep?.problem ? ` (${session.astGrep.problem})` : ''}`);
      continue;
    }
    if (built.note) warnings.push(`${m.id}: ${built.note}`);
    planned.push({ spec: m, command: built.command, files: built.files, samples: [] });
  }
  for (let r = 0; r < session.runs; r++) {
    for (let k = 0; k < planned.length; k++) {
      const p = planned[(k + r) % planned.length];
      const sample = await measure(p.command, session.scratch, session.timeBin, `${definition.name}-${p.spec.id}-${r}`.replace(/[^\w.-]/g, '_'));
      checkExit(p.spec.id, p.command, sample, warnings);
      p.samples.push(sample);
      const rss = sample.peakRssKB === null ? 'n/a' : `${(sample.peakRssKB / 1024).toFixed(0)} MB`;
      const cpu = sample.cpuMs === null ? '' : `, cpu ${(sample.cpuMs / 1000).toFixed(2)} s`;
      session.log(`  [${definition.name} ${r + 1}/${session.runs}] ${p.spec.id.padEnd(8)} ${(sample.wallMs / 1000).toFixed(2).padStart(8)} s  peak RSS ${rss}${cpu}`);
    }
  }
  const measurements = planned.map((p) => report(p.spec, p.command, p.files, p.samples));
  for (const p of planned) for (const s of p.samples) fs.rmSync(s.stdoutFile, { force: true });
  const byId = new Map(measurements.map((m) => [m.id, m]));
  const ratios: RatioReport[] = definition.ratios.map((spec) => {
    const num = byId.get(spec.numerator);
    const den = byId.get(spec.denominator);
    if (spec.metric === 'rss') return { name: spec.name, numerator: spec.numerator, denominator: spec.denominator, value: divide(num?.peakRssMB, den?.peakRssMB) };
    return { name: spec.name, numerator: spec.numerator, denominator: spec.denominator, value: divide(num?.medianMs, den?.medianMs), cpuValue: divide(num?.cpuMedianMs, den?.cpuMedianMs) };
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
  const cpu = samples.map((s) => s.cpuMs).filter((v): v is number => v !== null);
  const medianMs = median(wallMs);
  const isSsot = command.argv.includes('run') && command.argv.includes('--dry-run');
  return {
    id: spec.id,
    label: spec.label,
    command: displayCommand(command.argv, files),
    files,
    wallMs: wallMs.map((v) => Math.round(v * 10) / 10),
    medianMs: Math.round(medianMs * 10) / 10,
    cpuMedianMs: cpu.length === samples.length && cpu.length > 0 ? median(cpu) : null,
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
