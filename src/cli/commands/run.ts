// `ssot-codemod run [paths..]`: rewrites references to legacy modules, as a dry-run diff (default),
// a patch file, a JSON report, or written in place with --apply. Declares its flags once, turns them
// into RunOptions, and wires manifest → discover → process → sinks. Used by cli/main.ts.
import os from 'node:os';
import path from 'node:path';
import type { Argv } from 'yargs';
import { safetyError, usageError } from '../../errors';
import { discoverFiles, type Candidate } from '../../pipeline/discover';
import { refuseGlobEscapes } from '../../manifest/root-escapes';
import { createPool, resolveWorkerEntry } from '../../pipeline/pool';
import { createFileProcessor, createFileTriage, DEFAULT_MAX_FILE_SIZE } from '../../pipeline/process-file';
import type { PythonVerifier } from '../../pipeline/python-verifier';
import { DEFAULT_BATCH_SIZE, runFiles, type ResultWriter } from '../../pipeline/run-files';
import { createSyntaxDoubtResolver } from '../../pipeline/syntax-doubts';
import { inShard, parseShard, type Shard } from '../../pipeline/shard';
import type { LanguageRewriter } from '../../rewrite/language';
import { createApplyWriter } from '../../sinks/apply';
import type { TextOutput } from '../../sinks/text-output';
import type { InterpreterChoice } from '../../verify/python-external';
import { parseSize } from '../options';
import { createProgress } from '../progress';
import { refuseDirtyChanges } from './refuse-dirty';
import { createSinks } from './run-sinks';
import { declareFileFlags, declareManifestFlags, isDirectory, openPlan } from './session';
import { declarePythonFlag, interpreterFor, verifyBeforeRun } from './manifest-gate';
import { discoveredExtensions } from '../../pipeline/report-only';

/** Everything `run` needs, typed; nothing downstream sees argv. Paths are absolute unless noted. */
export interface RunOptions {
  /** As given on the command line (relative to cwd); empty means cwd, or the whole root when cwd is outside it. */
  paths: string[];
  cwd: string;
  /** --root; undefined means the folder of --manifest, else the git top level of cwd, else cwd. */
  root?: string;
  /** --manifest; undefined means ssot-codemod.json in the root. */
  manifest?: string;
  /** --preset NAME: a manifest shipped in presets/ (exclusive with --manifest). */
  preset?: string;
  /** Check the manifest against the code first (default); --no-verify skips it. */
  verifyManifest: boolean;
  mode: 'dry-run' | 'apply';
  allowDirty: boolean;
  patchFile?: string;
  format: 'text' | 'json';
  /** Color wanted (not --no-color); it is used only on a TTY. */
  color: boolean;
  include: string[];
  exclude: string[];
  maxFileSize: number;
  rewriteComments: boolean;
  quiet: boolean;
  /** --verify=python: also check changed Python outputs with CPython before they count as changed. */
  verifyPython: boolean;
  /** --workers N; undefined means defaultWorkers(). */
  workers?: number;
  /** --shard K/N: only this part of the file set. */
  shard?: Shard;
  /** false with --no-prefilter (debugging: every file is parsed). */
  prefilter: boolean;
  /** --tolerant: Python files that do not parse are rewritten on their provable lines (`changed (tolerant)`). */
  tolerant: boolean;
  /** --python PATH: the interpreter the manifest check and --verify python use. */
  python?: string;
}

export interface RunDeps {
  stdout: TextOutput;
  stderr: TextOutput;
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  stderrIsTTY?: boolean;
  rewriters: readonly LanguageRewriter[];
  /** The python3 executable --verify=python and undecided Python files start (tests point it at a missing one). Default python3. */
  python?: string;
  /** The rewriters are defaultRewriters(), which worker threads can rebuild; injected ones run in-process only. */
  defaultRewriters?: boolean;
}

/** The flag names `run` accepts (for "did you mean"). */
export const RUN_FLAGS = [
  'manifest', 'root', 'dry-run', 'apply', 'allow-dirty', 'patch', 'format', 'color', 'no-color',
  'include', 'exclude', 'max-file-size', 'rewrite-comments', 'quiet', 'help', 'preset', 'verify', 'no-verify', 'workers', 'shard', 'python',
  'tolerant',
] as const;

export function declareRunCommand(y: Argv): Argv {
  const withPaths = declarePythonFlag(y).positional('paths', {
    type: 'string',
    array: true,
    describe: 'Files or directories to process (default: the current directory, or the whole root when run from outside it).',
  });
  return declareFileFlags(declareManifestFlags(withPaths))
    .option('dry-run', { type: 'boolean', describe: 'Print the changes as a diff and write nothing (the default unless --apply).' })
    .option('apply', { type: 'boolean', default: false, describe: 'Write the changes in place (atomically; refuses files with uncommitted changes).' })
    .option('allow-dirty', { type: 'boolean', default: false, describe: 'With --apply, also write files that have uncommitted git changes, or outside a git repository.' })
    .option('patch', { type: 'string', requiresArg: true, describe: 'Also write all changes as one patch FILE (git apply FILE applies it, git apply -R undoes it).' })
    .option('format', { choices: ['text', 'json'] as const, requiresArg: true, default: 'text' as const, describe: 'Output: text diffs and a summary, or one JSON report on stdout.' })
    .option('color', { type: 'boolean', default: true, describe: 'Color diffs and the summary on a terminal; --no-color turns it off.' })
    .option('rewrite-comments', { type: 'boolean', default: false, describe: 'Also rewrite legacy paths in comments (and Python docstrings); without it they are reported as mentions.' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Print only errors (failed files, verify errors) and the totals line.' })
    .option('verify', {
      type: 'string',
      array: true,
      describe:
        'The manifest is always checked against the code first (--apply refuses on errors, a dry run warns); --no-verify skips that. ' +
        '--verify python also compiles every changed Python output with CPython (--python, else python.interpreter, else python3) before it is written; a rejected output is reported failed, never written.',
    })
    .option('workers', { type: 'number', requiresArg: true, describe: 'Worker threads that parse and rewrite (default: one fewer than the CPUs, at least 1; 1 runs in-process).' })
    .option('shard', { type: 'string', requiresArg: true, describe: 'Process only part K of N of the files (K/N, e.g. 2/4), partitioned by a stable hash of each path.' })
    .option('tolerant', {
      type: 'boolean',
      default: false,
      describe:
        'Python: also rewrite files that do not parse, on the lines that provably start a statement (imports and string targets); ' +
        'everything else stays byte for byte and is reported. Such files show as "changed (tolerant)" with their parse error.',
    })
    .option('prefilter', { type: 'boolean', default: true, hidden: true, describe: 'Debugging: --no-prefilter parses every file, even those containing no legacy name.' })
    .epilogue('Exit codes: 0 success · 1 some files failed · 2 usage, manifest or safety error.');
}

/** Turns yargs' parsed flags into RunOptions; relative paths resolve against cwd. */
export function toRunOptions(args: Record<string, unknown>, cwd: string): RunOptions {
  const str = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(args[key]) ? (args[key] as unknown[]).map(String) : []);
  if (args['dry-run'] === true && args.apply === true) {
    throw usageError('--dry-run and --apply contradict each other; pass one of them (dry run is the default).');
  }
  const root = str('root');
  const manifest = str('manifest');
  const patch = str('patch');
  return {
    paths: list('paths'),
    cwd,
    root: root === undefined ? undefined : path.resolve(cwd, root),
    manifest: manifest === undefined ? undefined : path.resolve(cwd, manifest),
    mode: args.apply === true ? 'apply' : 'dry-run',
    allowDirty: args['allow-dirty'] === true,
    patchFile: patch === undefined ? undefined : path.resolve(cwd, patch),
    format: args.format === 'json' ? 'json' : 'text',
    color: args.color !== false,
    include: list('include'),
    exclude: list('exclude'),
    maxFileSize: str('max-file-size') === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(str('max-file-size')!, '--max-file-size'),
    rewriteComments: args['rewrite-comments'] === true,
    quiet: args.quiet === true,
    preset: str('preset'),
    verifyManifest: !verifyValues(args.verify).includes(false),
    verifyPython: verifyValues(args.verify).includes('python'),
    workers: args.workers === undefined ? undefined : parseWorkers(args.workers),
    shard: str('shard') === undefined ? undefined : parseShard(str('shard')!),
    prefilter: args.prefilter !== false,
    tolerant: args.tolerant === true,
    python: str('python'),
  };
}

/**
 * `--verify` is an array so its two switches combine: `--verify python` (or `=python`) adds CPython's
 * check, `--no-verify` (yargs makes it `false`) skips the manifest check; both may be given.
 */
function verifyValues(value: unknown): ('python' | false)[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0) {
    throw usageError('--verify needs a value: --verify python (or --no-verify to skip the manifest check).');
  }
  for (const v of values) {
    if (v !== false && v !== 'python') {
      throw usageError(`invalid value "${String(v)}" for --verify; the only value is python (--no-verify skips the manifest check instead).`);
    }
  }
  return values as ('python' | false)[];
}

/** Runs the command; resolves to the exit code (0 ok, 1 some files failed). Run-level problems throw RunError. */
export async function runCommand(options: RunOptions, deps: RunDeps): Promise<number> {
  const { root, plan } = openPlan(options);
  const interpreter = interpreterFor(options, plan, root, deps.python);
  if (options.verifyManifest) {
    const out = options.format === 'json' || options.mode === 'apply' ? deps.stderr : deps.stdout;
    const errors = verifyBeforeRun(plan, root, out, { interpreter, maxFileSize: options.maxFileSize, quiet: options.quiet });
    if (options.mode === 'apply' && errors.length > 0) {
      throw safetyError(`verify found ${errors.length} ${errors.length === 1 ? 'error' : 'errors'} (listed above, each with its fix), so --apply could break imports; fix them, or pass --no-verify to write without this check.`);
    }
  }
  const rewriters = deps.rewriters.filter((r) => plan[r.language] !== undefined);
  if (rewriters.length === 0) {
    const wanted = [plan.python && 'python', plan.javascript && 'javascript'].filter(Boolean).join(' and ');
    throw usageError(`no rewriter for ${wanted} is available in this build; install a complete build of ssot-codemod.`);
  }
  if (options.patchFile && !isDirectory(path.dirname(options.patchFile))) {
    throw usageError(`the directory for --patch ${options.patchFile} does not exist; create it or choose another path.`);
  }
  refuseGlobEscapes('--include', options.include, root);
  refuseGlobEscapes('--exclude', options.exclude, root);
  const discovered = discoverFiles({
    root,
    paths: options.paths,
    cwd: options.cwd,
    extensions: discoveredExtensions(rewriters),
    files: Object.keys(plan.javascript?.tsconfigLists ?? {}),
    include: options.include,
    exclude: options.exclude,
  });
  const shard = options.shard;
  const candidates = shard ? discovered.filter((c) => inShard(c.path, shard)) : discovered;
  const settings = { root, plan, maxFileSize: options.maxFileSize, rewriteOptions: { rewriteComments: options.rewriteComments, tolerant: options.tolerant }, prefilter: options.prefilter };
  if (options.mode === 'apply' && !options.allowDirty) await refuseDirtyChanges(root, candidates, createFileProcessor({ ...settings, rewriters }));

  const pool = createPool({ ...settings, rewriters, workers: workerCount(options, deps, candidates), workerEntry: workerEntry(options, deps) });
  const progress = createProgress({ out: deps.stderr, enabled: deps.stderrIsTTY === true && !options.quiet, total: candidates.length });
  const verifier = startVerifier(options, deps, interpreter);
  const syntaxDoubts = createSyntaxDoubtResolver({ python: interpreter.command, checker: verifier?.checker });
  let summary;
  try {
    summary = await runFiles({
      candidates,
      processBatch: pool.run,
      // Triage in this thread only pays when worker threads do the rest; in-process, the processor
      // reads each file once and triages it itself.
      triage: pool.threads > 0 ? createFileTriage({ ...settings, rewriters }) : undefined,
      concurrency: Math.max(2, pool.threads * 8),
      plan,
      sinks: createSinks(options, deps, root, plan),
      write: writeStage(verifier, options.mode === 'apply' ? createApplyWriter(root) : undefined),
      syntaxDoubts,
      onProgress: (done) => progress.update(done),
      tolerant: options.tolerant,
    });
  } finally {
    progress.finish();
    syntaxDoubts.close();
    verifier?.close();
    await pool.close();
  }
  return summary.failed > 0 ? 1 : 0;
}

/** --verify=python without an interpreter is a warning, not a failure: the parser's own re-parse still runs. */
function startVerifier(options: RunOptions, deps: RunDeps, interpreter: InterpreterChoice): PythonVerifier | undefined {
  if (!options.verifyPython) return undefined;
  const { startPythonVerifier } = require('../../pipeline/python-verifier') as typeof import('../../pipeline/python-verifier');
  const verifier = startPythonVerifier(interpreter.command);
  if (!verifier && !options.quiet) deps.stderr.write(`ssot-codemod: warning: --verify=python needs Python 3 (${interpreter.command} was not found), so Python outputs are only re-parsed by the built-in parser.\n`);
  return verifier;
}

/** Verification (which also runs in a dry run, so the diff never shows an output CPython rejects), then the write. */
function writeStage(verifier: PythonVerifier | undefined, apply: ResultWriter | undefined): ResultWriter | undefined {
  if (!verifier) return apply;
  return async (result) => {
    const verified = await verifier.verify(result);
    return apply && verified.status === 'changed' ? apply(verified) : verified;
  };
}

function parseWorkers(value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--workers "${String(value)}" is not a positive whole number; pass e.g. --workers 4, or 1 to run in-process.`);
  return n;
}

/**
 * One worker thread per CPU but one: the main thread has its own full-time work (reading and
 * prefiltering every file, formatting diffs and reports). jscodeshift sizes its pool the same way.
 * On two CPUs that means in-process, which measured faster than two threads on every benchmark
 * corpus (docs/benchmarks.md): each thread loads the rewriters and warms up its own JIT.
 */
export function defaultWorkers(cpus = os.availableParallelism()): number {
  return Math.max(1, cpus - 1);
}

/** defaultWorkers() unless --workers says otherwise, but never more than there are batches of files to share out. */
function workerCount(options: RunOptions, deps: RunDeps, candidates: readonly Candidate[]): number {
  if (deps.defaultRewriters !== true) return 1;
  const wanted = options.workers ?? defaultWorkers();
  const work = candidates.filter((c) => !c.skip).length;
  return Math.max(1, Math.min(wanted, Math.ceil(work / DEFAULT_BATCH_SIZE)));
}

/** Running from sources (tests), a built worker is only used when --workers asks for threads explicitly. */
function workerEntry(options: RunOptions, deps: RunDeps): string | undefined {
  if (deps.defaultRewriters !== true) return undefined;
  return resolveWorkerEntry({ fromSources: options.workers !== undefined && options.workers > 1 });
}
