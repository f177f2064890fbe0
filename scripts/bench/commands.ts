// The commands the benchmark compares, built for one corpus: (a) ssot-codemod run --dry-run on the
// whole corpus, (b) stock jscodeshift running a transform (scripts/bench/conventional-transform.js,
// as users write one, or our own transforms/js-imports.ts) on its TS/TSX files, (c) ssot-codemod
// run --dry-run on the same files, (d) git grep -l -F of the legacy paths (the cost of reading the
// bytes), (e) ast-grep with one Python import pattern (see ast-grep.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { planFromManifestText } from '../../src/manifest/load';
import { javascriptNeedles } from '../../src/manifest/plan';
import type { Command } from './measure';

/** Where the measured programs live (overridable to compare builds or to test the harness). */
export interface Tools {
  /** The package root (has package.json, bin/, transforms/). */
  packageRoot: string;
  /** bin/ssot-codemod.js (loads dist/src/cli/main.js). */
  ssotBin: string;
  jscodeshiftBin: string;
  /** transforms/js-imports.ts, run by stock jscodeshift. */
  transform: string;
  /** scripts/bench/conventional-transform.js: the transform a user would write, run by stock jscodeshift. */
  conventionalTransform: string;
}

/** What the commands need to know about a corpus. */
export interface CorpusContext {
  root: string;
  manifest: string;
  /** Tracked files, and the tracked .ts/.tsx files (repo-relative), from git ls-files. */
  trackedFiles: number;
  jsFiles: string[];
  /** What git grep looks for: every legacy Python module's dotted path and the JS needles. */
  legacyPaths: string[];
}

export class BenchError extends Error {}

/** The package root: the nearest ancestor of this file whose package.json is ssot-codemod's. */
export function findPackageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ssot-codemod') return dir;
    if (path.dirname(dir) === dir) throw new BenchError(`cannot find the ssot-codemod package above ${from}`);
  }
}

export function defaultTools(packageRoot: string, overrides: Partial<Tools> = {}): Tools {
  let jscodeshiftBin: string;
  try {
    jscodeshiftBin = require.resolve('jscodeshift/bin/jscodeshift.js', { paths: [packageRoot] });
  } catch {
    jscodeshiftBin = path.join(packageRoot, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
  }
  return {
    packageRoot,
    ssotBin: path.join(packageRoot, 'bin', 'ssot-codemod.js'),
    jscodeshiftBin,
    transform: path.join(packageRoot, 'transforms', 'js-imports.ts'),
    conventionalTransform: path.join(packageRoot, 'scripts', 'bench', 'conventional-transform.js'),
    ...overrides,
  };
}

/** Refuses early, with the fix, when a program a scenario needs is missing. */
export function checkTools(tools: Tools, needs: { ssot: boolean; jscodeshift: boolean }): void {
  const missing: string[] = [];
  if (needs.ssot && !fs.existsSync(tools.ssotBin)) missing.push(`${tools.ssotBin} (the CLI shim)`);
  if (needs.ssot && tools.ssotBin === path.join(tools.packageRoot, 'bin', 'ssot-codemod.js') && !fs.existsSync(path.join(tools.packageRoot, 'dist', 'src', 'cli', 'main.js'))) {
    missing.push(`${path.join(tools.packageRoot, 'dist', 'src', 'cli', 'main.js')} (run \`npm run build\`)`);
  }
  if (needs.jscodeshift && !fs.existsSync(tools.jscodeshiftBin)) missing.push(`${tools.jscodeshiftBin} (run \`npm ci\`)`);
  if (needs.jscodeshift && !fs.existsSync(tools.transform)) missing.push(`${tools.transform} (the JS transform)`);
  if (needs.jscodeshift && !fs.existsSync(tools.conventionalTransform)) missing.push(`${tools.conventionalTransform} (the conventional transform)`);
  if (missing.length > 0) throw new BenchError(`missing: ${missing.join('; ')}`);
}

export function corpusContext(root: string, manifest = path.join(root, 'ssot-codemod.json')): CorpusContext {
  const absRoot = path.resolve(root);
  const ls = spawnSync('git', ['ls-files', '-z'], { cwd: absRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (ls.status !== 0) throw new BenchError(`${absRoot} is not a git checkout (git ls-files failed: ${ls.stderr.trim()}); the git grep floor needs one.`);
  const tracked = ls.stdout.split('\0').filter(Boolean);
  if (!fs.existsSync(manifest)) throw new BenchError(`no manifest at ${manifest}; pass --manifest FILE.`);
  const plan = planFromManifestText(fs.readFileSync(manifest, 'utf8'), manifest, absRoot);
  return {
    root: absRoot,
    manifest: path.resolve(manifest),
    trackedFiles: tracked.length,
    jsFiles: tracked.filter((f) => /\.tsx?$/.test(f) && !f.split('/').includes('node_modules')),
    legacyPaths: [...new Set([...(plan.python?.legacyModules ?? []), ...javascriptNeedles(plan.javascript?.moves ?? [])])].sort(),
  };
}

/** Beyond this many bytes of file arguments, pass directories instead (argv has a size limit). */
const MAX_ARGV_BYTES = 1_000_000;

/** The JS/TS files as arguments: the list itself, or (when too long) their top-level directories. */
export function jsArguments(context: CorpusContext): { args: string[]; note?: string } {
  const bytes = context.jsFiles.reduce((sum, f) => sum + f.length + 1, 0);
  if (bytes <= MAX_ARGV_BYTES) return { args: context.jsFiles };
  const dirs = [...new Set(context.jsFiles.map((f) => f.split('/')[0]))].sort();
  return { args: dirs, note: `${context.jsFiles.length} JS/TS paths exceed the argv limit; passed their top-level directories (${dirs.join(', ')}) instead` };
}

export function ssotRun(tools: Tools, context: CorpusContext, paths: string[], extra: string[] = []): Command {
  return {
    argv: [process.execPath, tools.ssotBin, 'run', ...paths, '--manifest', context.manifest, '--root', context.root, '--dry-run', '--format', 'json', '--quiet', ...extra],
    cwd: context.root,
    okExitCodes: [0],
    warnExitCodes: [1],
  };
}

/**
 * `processes` ssot-codemod runs side by side, each `--workers 1` on its own `--shard k/processes` of
 * the corpus: the most parallelism this machine gives to independent processes (no shared heap, no
 * pool), the ceiling against which the worker threads are judged. Exits with the worst exit code.
 */
export function ssotShardsSideBySide(tools: Tools, context: CorpusContext, processes: number): Command {
  const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
  const runs = Array.from({ length: processes }, (_, k) => ssotRun(tools, context, ['.'], ['--workers', '1', '--shard', `${k + 1}/${processes}`]).argv.map(quote).join(' '));
  const script = [...runs.map((run, k) => `${run} & p${k}=$!`), 'worst=0', ...runs.map((_, k) => `wait $p${k}; s=$?; [ $s -gt $worst ] && worst=$s`), 'exit $worst'].join('\n');
  return { argv: ['/bin/sh', '-c', script], cwd: context.root, okExitCodes: [0], warnExitCodes: [1] };
}

/** Stock jscodeshift over `paths` with `transform`: ours takes the manifest, the conventional one has its moves written in. */
export function jscodeshiftDry(tools: Tools, context: CorpusContext, paths: string[], transform = tools.transform): Command {
  const own = transform === tools.transform ? [`--manifest=${context.manifest}`] : [];
  return {
    argv: [process.execPath, tools.jscodeshiftBin, '-t', transform, '--dry', '--silent', '--fail-on-error', ...own, '--extensions=ts,tsx', '--parser=tsx', ...paths],
    cwd: context.root,
    okExitCodes: [0],
    warnExitCodes: [1],
  };
}

export function gitGrep(context: CorpusContext): Command {
  return {
    argv: ['git', 'grep', '-l', '-F', ...context.legacyPaths.flatMap((n) => ['-e', n])],
    cwd: context.root,
    okExitCodes: [0, 1],
  };
}

/** A readable command line: long runs of path arguments shown as `<N paths>`. */
export function displayCommand(argv: string[], paths: number): string {
  const shown = argv.map((a) => (a === process.execPath ? 'node' : a.includes(' ') ? JSON.stringify(a) : a));
  if (paths <= 3) return shown.join(' ');
  const out: string[] = [];
  let run = 0;
  for (const a of shown) {
    if (!a.startsWith('-') && /\.(tsx?|py)$/.test(a)) run++;
    else {
      if (run > 0) out.push(`<${run} paths>`);
      run = 0;
      out.push(a);
    }
  }
  if (run > 0) out.push(`<${run} paths>`);
  return out.join(' ');
}
