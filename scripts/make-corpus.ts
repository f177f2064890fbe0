// Generates a deterministic synthetic repository for benchmarks and tests: Python and TS/TSX files
// with realistic content, a `--legacy-ratio` share of which refer to legacy modules, plus the
// corpus's ssot-codemod.json, tsconfig.json, the legacy/canonical modules, and one git commit.
// Same arguments → identical bytes. CLI: node dist/scripts/make-corpus.js --out DIR [--files N]
//   [--python-share 0.5] [--legacy-ratio 0.1] [--seed S] [--no-git]; used by scripts/bench.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fixedFiles } from './corpus/fixed-files';
import { Rng, hashSeed, mixSeed } from './corpus/prng';
import { pythonSource, type PythonFileSpec } from './corpus/python-source';
import { typescriptSource, type TypescriptFileSpec, type TypescriptKind } from './corpus/typescript-source';
import { ADJECTIVES, DOMAINS, NOUNS, SUBPACKAGES, VERBS, capitalize } from './corpus/vocabulary';

export interface CorpusOptions {
  /** Directory to create; must not exist or be empty. */
  out: string;
  /** Generated Python + TS/TSX files (the fixed legacy/canonical modules and `__init__.py` files come on top). */
  files: number;
  /** Share of generated files that are Python (0..1). Default 0.5. */
  pythonShare?: number;
  /** Share of each language's generated files that refer to legacy modules (0..1). Default 0.1. */
  legacyRatio?: number;
  seed?: string | number;
  /** `git init && git add -A && git commit` (fixed author and dates). Default true. */
  git?: boolean;
}

export interface CorpusResult {
  /** Absolute corpus root. */
  root: string;
  /** Repo-relative paths of the generated files, Python first, in generation order. */
  files: string[];
  /** The subset of `files` carrying legacy references. */
  legacyFiles: string[];
  /** Manifest, tsconfig, legacy and canonical modules, package `__init__.py` files. */
  supportFiles: string[];
  manifest: string;
  bytes: number;
  lines: number;
  durationMs: number;
}

const PY_SIZE = { mean: 385, sigma: 0.8, min: 20, max: 5000 };
const TS_SIZE = { mean: 142, sigma: 0.6, min: 20, max: 1500 };
const TS_KINDS: Array<readonly [TypescriptKind, number]> = [['component', 3], ['service', 2], ['hook', 1], ['util', 2], ['test', 2]];

export function makeCorpus(options: CorpusOptions): CorpusResult {
  const started = process.hrtime.bigint();
  const root = path.resolve(options.out);
  if (fs.existsSync(root) && fs.readdirSync(root).length > 0) throw new Error(`${root} is not empty; pass a new or empty --out directory.`);
  const seed = hashSeed(String(options.seed ?? 1));
  const nPython = Math.round(options.files * clamp01(options.pythonShare ?? 0.5));
  const nTypescript = options.files - nPython;
  const ratio = clamp01(options.legacyRatio ?? 0.1);
  const picker = new Rng(mixSeed(seed, 0));
  const pyLegacy = new Set(picker.sample(nPython, Math.round(nPython * ratio)));
  const tsLegacy = new Set(picker.sample(nTypescript, Math.round(nTypescript * ratio)));

  const writer = new CorpusWriter(root);
  const python = Array.from({ length: nPython }, (_, i) => pythonSpec(i, seed, pyLegacy.has(i)));
  const siblings = python.filter((p) => !p.spec.isTest).map((p) => p.spec.path.replace(/\.py$/, '').split('/').join('.'));
  const files: string[] = [];
  const legacyFiles: string[] = [];
  for (const { spec, rng } of python) {
    writer.write(spec.path, pythonSource({ ...spec, siblings }, rng));
    files.push(spec.path);
    if (spec.legacy) legacyFiles.push(spec.path);
  }
  for (let j = 0; j < nTypescript; j++) {
    const { spec, rng } = typescriptSpec(j, seed, tsLegacy.has(j));
    writer.write(spec.path, typescriptSource(spec, rng));
    files.push(spec.path);
    if (spec.legacy) legacyFiles.push(spec.path);
  }
  const supportFiles: string[] = [];
  for (const [file, text] of fixedFiles()) supportFiles.push(writer.write(file, text));
  for (const dir of writer.pythonPackages()) {
    const init = `${dir}/__init__.py`;
    if (!writer.has(init)) supportFiles.push(writer.write(init, ''));
  }
  if (options.git !== false) commitAll(root);
  return {
    root,
    files,
    legacyFiles,
    supportFiles,
    manifest: path.join(root, 'ssot-codemod.json'),
    bytes: writer.bytes,
    lines: writer.lines,
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
  };
}

function pythonSpec(i: number, seed: number, legacy: boolean): { spec: Omit<PythonFileSpec, 'siblings'> & { siblings: string[] }; rng: Rng } {
  const rng = new Rng(mixSeed(seed, 1, i));
  const isTest = rng.chance(0.25);
  const domain = rng.pick(DOMAINS);
  const name = `${rng.pick(VERBS)}_${rng.pick(NOUNS)}_${i}`;
  const file = isTest ? `tests/${domain}/test_${name}.py` : `app/${domain}/${rng.pick(SUBPACKAGES)}/${name}.py`;
  const lines = rng.logNormal(PY_SIZE.mean, PY_SIZE.sigma, PY_SIZE.min, PY_SIZE.max);
  return { spec: { path: file, lines, legacy, isTest, siblings: [] }, rng };
}

function typescriptSpec(j: number, seed: number, legacy: boolean): { spec: TypescriptFileSpec; rng: Rng } {
  const rng = new Rng(mixSeed(seed, 2, j));
  const kind = rng.weighted(TS_KINDS);
  const domain = rng.pick(DOMAINS);
  const noun = rng.pick(NOUNS);
  const names: Record<TypescriptKind, string> = {
    component: `components/${domain}/${capitalize(noun)}${capitalize(rng.pick(ADJECTIVES))}Panel${j}.tsx`,
    service: `services/${domain}/${noun}Service${j}.ts`,
    hook: `hooks/${domain}/use${capitalize(noun)}${j}.ts`,
    util: `utils/${domain}/${noun}${capitalize(rng.pick(VERBS))}${j}.ts`,
    test: `__tests__/${domain}/${noun}${capitalize(rng.pick(VERBS))}${j}.test.ts`,
  };
  const lines = rng.logNormal(TS_SIZE.mean, TS_SIZE.sigma, TS_SIZE.min, TS_SIZE.max);
  return { spec: { path: `web/${names[kind]}`, kind, lines, legacy }, rng };
}

/** Writes files under the root, creating each directory once, and counts bytes and lines. */
class CorpusWriter {
  bytes = 0;
  lines = 0;
  private readonly dirs = new Set<string>();
  private readonly written = new Set<string>();

  constructor(private readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  write(file: string, text: string): string {
    const dir = path.posix.dirname(file);
    if (!this.dirs.has(dir)) {
      fs.mkdirSync(path.join(this.root, dir), { recursive: true });
      for (let d = dir; d !== '.' && !this.dirs.has(d); d = path.posix.dirname(d)) this.dirs.add(d);
    }
    fs.writeFileSync(path.join(this.root, file), text);
    this.written.add(file);
    this.bytes += Buffer.byteLength(text);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lines++;
    return file;
  }

  has(file: string): boolean {
    return this.written.has(file);
  }

  /** Directories under app/ and tests/ (each becomes a package with an `__init__.py`), sorted. */
  pythonPackages(): string[] {
    return [...this.dirs].filter((d) => d === 'app' || d === 'tests' || d.startsWith('app/') || d.startsWith('tests/')).sort();
  }
}

/** One commit with a fixed author and date, so dirty checks and `git grep` work on the corpus. */
function commitAll(root: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('GIT_')) delete env[key];
  Object.assign(env, {
    GIT_AUTHOR_NAME: 'corpus', GIT_AUTHOR_EMAIL: 'corpus@example.invalid', GIT_AUTHOR_DATE: '2025-09-13T00:00:00Z',
    GIT_COMMITTER_NAME: 'corpus', GIT_COMMITTER_EMAIL: 'corpus@example.invalid', GIT_COMMITTER_DATE: '2025-09-13T00:00:00Z',
  });
  const git = (...args: string[]) => {
    // No automatic gc: 20,000 loose objects would start a detached `git gc --auto` that competes
    // with the measurements and races the corpus's removal.
    const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args], { cwd: root, env, encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`git ${args[0]} failed in ${root}: ${r.error?.message ?? r.stderr.trim()}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'synthetic corpus (scripts/make-corpus.ts)');
}

function clamp01(x: number): number {
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new Error(`expected a share between 0 and 1, got ${x}`);
  return x;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      files: { type: 'string', default: '1000' },
      'python-share': { type: 'string', default: '0.5' },
      'legacy-ratio': { type: 'string', default: '0.1' },
      seed: { type: 'string', default: '1' },
      'no-git': { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    process.stderr.write('usage: make-corpus --out DIR [--files N] [--python-share 0.5] [--legacy-ratio 0.1] [--seed S] [--no-git]\n');
    return 2;
  }
  const files = Number(values.files);
  if (!Number.isInteger(files) || files < 0) {
    process.stderr.write(`--files must be a non-negative integer, got "${values.files}"\n`);
    return 2;
  }
  const r = makeCorpus({
    out: values.out,
    files,
    pythonShare: Number(values['python-share']),
    legacyRatio: Number(values['legacy-ratio']),
    seed: values.seed,
    git: !values['no-git'],
  });
  process.stdout.write(
    `${r.root}: ${r.files.length} files (${r.legacyFiles.length} legacy) + ${r.supportFiles.length} support files, ` +
      `${(r.bytes / 1e6).toFixed(1)} MB, ${r.lines} lines, in ${(r.durationMs / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`make-corpus: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
