// The benchmark: in one invocation, times ssot-codemod against what users would otherwise pick
// (ast-grep and git grep on the real repository, a conventional jscodeshift transform, git grep on
// generated corpora), alternating runs so drift cancels; prints a table with PASS/FAIL per target
// and writes JSON with --json. See docs/benchmarks.md.
// Exit code: 0 when it ran (missed targets included), 1 on errors, 2 on usage errors.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BenchError, checkTools, defaultTools, findPackageRoot, type Tools } from './bench/commands';
import { formatReport } from './bench/format';
import { detectGnuTime } from './bench/measure';
import type { BenchReport } from './bench/report';
import { runScenario, type BenchSession } from './bench/run-scenario';
import { NAMED_SCENARIOS, SCENARIOS, scenarioDefinition, type ScenarioName } from './bench/scenarios';

export type { BenchReport } from './bench/report';

export interface BenchOptions {
  /** A scenario, `all` (every timed scenario), `smoke`, or `custom` (implied by `corpus`). */
  scenario: ScenarioName | 'all';
  runs?: number;
  seed?: string;
  /** Run against this git checkout instead of generated corpora. */
  corpus?: string;
  /** The checkout's manifest (default: <corpus>/ssot-codemod.json). */
  manifest?: string;
  /** The netra checkout for the netra scenario (default: <tmpdir>/netra-08ff0bd4b; skipped when absent). */
  netra?: string;
  /** An ast-grep binary to use instead of installing @ast-grep/cli from npm into the scratch folder. */
  astGrep?: string;
  /** Where corpora are generated (default: a new directory under the OS temp dir). */
  workdir?: string;
  /** Keep the generated corpora afterwards. */
  keep?: boolean;
  /** Program locations, to compare builds or test the harness. */
  tools?: Partial<Tools>;
  log?: (line: string) => void;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const log = options.log ?? (() => undefined);
  const tools = defaultTools(findPackageRoot(), options.tools);
  const names: ScenarioName[] = options.corpus ? ['custom'] : options.scenario === 'all' ? [...SCENARIOS] : [options.scenario];
  const definitions = names.map(scenarioDefinition);
  checkTools(tools, { ssot: definitions.some((d) => d.needs.ssot), jscodeshift: definitions.some((d) => d.needs.jscodeshift) });
  const scratch = options.workdir ? path.resolve(options.workdir) : fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-bench-'));
  fs.mkdirSync(scratch, { recursive: true });
  const timeBin = detectGnuTime(scratch);
  if (!timeBin) log('peak RSS: n/a (/usr/bin/time is missing or not GNU time; `apt-get install -y time` provides it)');
  const session: BenchSession = {
    tools, scratch, timeBin,
    runs: names.includes('smoke') ? 1 : Math.max(1, options.runs ?? 3),
    seed: options.seed ?? '1',
    given: options.corpus ? { root: path.resolve(options.corpus), manifest: options.manifest && path.resolve(options.manifest) } : undefined,
    netra: path.resolve(options.netra ?? path.join(os.tmpdir(), 'netra-08ff0bd4b')),
    astGrepBin: options.astGrep && path.resolve(options.astGrep),
    log,
    corpora: new Map(),
  };
  try {
    const scenarios = [];
    for (const definition of definitions) {
      log(`== ${definition.name}: ${definition.description}`);
      scenarios.push(await runScenario(definition, session));
    }
    return {
      tool: 'ssot-codemod bench',
      version: 1,
      startedAt: new Date(started).toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 100) / 10,
      machine: machine(timeBin, loadAtStart),
      options: {
        scenario: names.join(','), runs: session.runs, seed: session.seed,
        ...(options.corpus ? { corpus: session.given!.root } : {}), ...(names.includes('netra') ? { netra: session.netra } : {}),
      },
      scenarios,
    };
  } finally {
    if (!options.keep && !options.workdir) removeScratch(scratch, log);
    else log(`corpora kept in ${scratch}`);
  }
}

/**
 * Cleanup must not lose the report: `git commit` in a corpus may leave a detached `git gc --auto`
 * writing into .git while we remove it (ENOTEMPTY), so retry, and only warn if it still fails.
 */
function removeScratch(scratch: string, log: (line: string) => void): void {
  try {
    fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    log(`could not remove ${scratch} (${(error as Error).message}); remove it by hand`);
  }
}

function machine(timeBin: string | undefined, loadAtStart: number): BenchReport['machine'] {
  const cpus = os.cpus();
  const git = spawnSync('git', ['--version'], { encoding: 'utf8' });
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    rss: timeBin ? 'gnu-time' : 'n/a',
    git: git.status === 0 ? git.stdout.trim() : 'git n/a',
    load: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 },
  };
}

const USAGE = `usage: node dist/scripts/bench.js [--scenario netra|ts2000|mixed4000|scale|workers|all] [--runs N] [--json FILE]
       [--seed S] [--workdir DIR] [--keep] [--smoke] [--corpus DIR [--manifest FILE]] [--netra DIR]
       [--ast-grep BIN] [--ssot-bin FILE] [--transform FILE]
`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string', default: 'all' },
        runs: { type: 'string', default: '3' },
        json: { type: 'string' },
        seed: { type: 'string', default: '1' },
        workdir: { type: 'string' },
        keep: { type: 'boolean', default: false },
        smoke: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        manifest: { type: 'string' },
        netra: { type: 'string' },
        'ast-grep': { type: 'string' },
        'ssot-bin': { type: 'string' },
        transform: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const scenario = values.smoke ? 'smoke' : values.scenario;
  if (scenario !== 'all' && scenario !== 'smoke' && !(NAMED_SCENARIOS as readonly string[]).includes(scenario)) {
    process.stderr.write(`unknown scenario "${scenario}"\n${USAGE}`);
    return 2;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`--runs must be a positive integer, got "${values.runs}"\n`);
    return 2;
  }
  const tools: Partial<Tools> = {};
  if (values['ssot-bin']) tools.ssotBin = path.resolve(values['ssot-bin']);
  if (values.transform) tools.transform = path.resolve(values.transform);
  try {
    const report = await runBench({
      scenario: scenario as ScenarioName | 'all',
      runs,
      seed: values.seed,
      corpus: values.corpus,
      manifest: values.manifest,
      netra: values.netra,
      astGrep: values['ast-grep'],
      workdir: values.workdir,
      keep: values.keep,
      tools,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(formatReport(report));
    if (values.json) {
      fs.writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
      process.stderr.write(`wrote ${values.json}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof BenchError) {
      process.stderr.write(`bench: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
