// What scan and check share with run before any file is read: the root, the compiled plan,
// the rewriters that plan needs, the discovered candidates and the file processor.
// Declares the shared flags once, so each command only adds its own.
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { usageError } from '../../errors';
import { DEFAULT_MANIFEST, loadManifest } from '../../manifest/load';
import { chooseManifest } from '../../manifest/presets';
import { discoverFiles, type Candidate } from '../../pipeline/discover';
import { gitTopLevel } from '../../pipeline/git';
import { createFileProcessor, DEFAULT_MAX_FILE_SIZE, type FileProcessor } from '../../pipeline/process-file';
import type { LanguageRewriter } from '../../rewrite/language';
import type { MigrationPlan } from '../../types';
import { parseSize } from '../options';
import { realPathOf, relativeInside } from '../../real-paths';
import { discoveredExtensions } from '../../pipeline/report-only';

/** The flags every file-walking command takes, typed. */
export interface SessionOptions {
  paths: string[];
  cwd: string;
  root?: string;
  manifest?: string;
  /** --preset NAME: a manifest shipped in the package's presets/ (exclusive with --manifest). */
  preset?: string;
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** --tolerant (scan, check): Python files that do not parse are read on their provable lines, so their references count. */
  tolerant?: boolean;
  /** check --report-unused-ignores: the rewriters say which ignore comments opt nothing out. */
  reportUnusedIgnores?: boolean;
}

export interface Session {
  root: string;
  plan: MigrationPlan;
  rewriters: LanguageRewriter[];
  candidates: Candidate[];
  processor: FileProcessor;
}

const ROOT_HELP =
  'Repository root that paths, globs and modules are relative to (default: the folder of --manifest, or the git top level of the current directory when the manifest lies outside it; else the nearest folder from the current directory up to the git top level holding ssot-codemod.json; else the git top level, else the current directory).';

export const SESSION_FLAGS = ['manifest', 'preset', 'root', 'include', 'exclude', 'max-file-size', 'color', 'no-color'] as const;

export function declareSessionFlags(y: Argv): Argv {
  const withPaths = y.positional('paths', { type: 'string', array: true, describe: 'Files or directories (default: the current directory, or the whole root when run from outside it).' });
  return (
    declareFileFlags(declareManifestFlags(withPaths))
      // CI scripts pass --no-color to every command (as to ESLint or jest); only run colors its output.
      .option('color', { type: 'boolean', default: true, describe: 'Accepted as by run (--no-color); this command prints no color either way.' })
  );
}

/** --manifest, --preset, --root: which manifest, and the repository it is read against (shared with run). */
export function declareManifestFlags(y: Argv): Argv {
  return y
    .option('manifest', { type: 'string', requiresArg: true, describe: `Manifest file (default: ${DEFAULT_MANIFEST} in the root).` })
    .option('preset', { type: 'string', requiresArg: true, describe: 'Use a manifest shipped with ssot-codemod (see ssot-codemod presets) instead of --manifest.' })
    .option('root', { type: 'string', requiresArg: true, describe: ROOT_HELP });
}

/** --include, --exclude, --max-file-size: which files are read (shared with run); a bare `--include` is a usage error, not "every file". */
export function declareFileFlags(y: Argv): Argv {
  return y
    .option('include', { type: 'string', array: true, requiresArg: true, default: [] as string[], describe: 'Only files matching these globs (repeatable; !glob takes files back out).' })
    .option('exclude', { type: 'string', array: true, requiresArg: true, default: [] as string[], describe: 'Skip files matching these globs (repeatable; !glob keeps files in).' })
    .option('max-file-size', { type: 'string', requiresArg: true, default: '2mb', describe: 'Skip larger files (bytes, or with a unit: 500k, 2mb).' });
}

export function toSessionOptions(args: Record<string, unknown>, cwd: string): SessionOptions {
  const str = (key: string) => (typeof args[key] === 'string' ? (args[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(args[key]) ? (args[key] as unknown[]).map(String) : []);
  const root = str('root');
  const manifest = str('manifest');
  const size = str('max-file-size');
  return {
    paths: list('paths'),
    cwd,
    root: root === undefined ? undefined : path.resolve(cwd, root),
    manifest: manifest === undefined ? undefined : path.resolve(cwd, manifest),
    preset: str('preset'),
    include: list('include'),
    exclude: list('exclude'),
    maxFileSize: size === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(size, '--max-file-size'),
  };
}

/** The root (real path) and the compiled plan. */
export function openPlan(options: Pick<SessionOptions, 'cwd' | 'root' | 'manifest' | 'preset'>): { root: string; plan: MigrationPlan } {
  const root = options.root ?? defaultRoot(options);
  if (!isDirectory(root)) throw usageError(`root ${root} is not a directory; pass an existing directory to --root.`);
  const realRoot = fs.realpathSync(root);
  const { plan } = loadManifest(chooseManifest(options, path.join(realRoot, DEFAULT_MANIFEST)), realRoot);
  return { root: realRoot, plan };
}

/**
 * Without --root: the folder of --manifest (as under the stock jscodeshift runner, so a manifest's
 * paths mean what they say wherever the command is run from), unless it lies outside every git
 * repository while the current directory is in one, whose top level is then the root; else, without --preset, the nearest
 * folder from the current directory up to the git top level that holds ssot-codemod.json (a
 * monorepo's `frontend/` with its own manifest, as ESLint or Prettier find their configuration);
 * else the git top level of the current directory, else the current directory.
 */
export function defaultRoot(options: Pick<SessionOptions, 'cwd' | 'manifest' | 'preset'>): string {
  const top = gitTopLevel(options.cwd);
  if (options.manifest !== undefined) {
    // A manifest kept outside any repository (a shared one, `../migration.json`) does not make its
    // folder the root: that would be a folder around the repository the command runs in, not it. A
    // manifest in another repository (run from the tool's own checkout) speaks for that repository.
    const folder = path.dirname(options.manifest);
    const outsideRepositories = top !== undefined && relativeInside(realPathOf(top) ?? path.resolve(top), realPathOf(folder) ?? path.resolve(folder)) === undefined && gitTopLevel(folder) === undefined;
    return outsideRepositories ? top : folder;
  }
  if (options.preset === undefined) {
    const nearest = nearestManifestFolder(options.cwd, top);
    if (nearest !== undefined) return nearest;
  }
  return top ?? options.cwd;
}


/** The nearest folder from `cwd` up to `top` (only `cwd` itself outside git) holding the default manifest. */
function nearestManifestFolder(cwd: string, top: string | undefined): string | undefined {
  let dir: string;
  try {
    dir = fs.realpathSync(cwd);
  } catch {
    return undefined;
  }
  for (;;) {
    if (fs.existsSync(path.join(dir, DEFAULT_MANIFEST))) return dir;
    if (top === undefined || dir === top || path.dirname(dir) === dir) return undefined;
    // Stop at the top level: a folder above it belongs to another project.
    if (path.relative(top, dir).startsWith('..')) return undefined;
    dir = path.dirname(dir);
  }
}

export function openSession(options: SessionOptions, available: readonly LanguageRewriter[]): Session {
  const { root: realRoot, plan } = openPlan(options);
  const rewriters = available.filter((r) => plan[r.language] !== undefined);
  if (rewriters.length === 0) {
    const wanted = [plan.python && 'python', plan.javascript && 'javascript'].filter(Boolean).join(' and ');
    throw usageError(`no rewriter for ${wanted} is available in this build; install a complete build of ssot-codemod.`);
  }
  const candidates = discoverFiles({
    root: realRoot,
    paths: options.paths,
    cwd: options.cwd,
    extensions: discoveredExtensions(rewriters),
    files: Object.keys(plan.javascript?.tsconfigLists ?? {}),
    include: options.include,
    exclude: options.exclude,
  });
  const processor = createFileProcessor({ root: realRoot, plan, rewriters, maxFileSize: options.maxFileSize, rewriteOptions: { tolerant: options.tolerant === true, ...(options.reportUnusedIgnores ? { reportUnusedIgnores: true } : {}) } });
  return { root: realRoot, plan, rewriters, candidates, processor };
}

/** --tolerant as scan and check declare it (run declares its own, which also rewrites). */
export function declareTolerantFlag(y: Argv): Argv {
  return y.option('tolerant', {
    type: 'boolean',
    default: false,
    describe: 'Python: also count the references in files that do not parse, read on the lines that provably start a statement (the rest are manual).',
  });
}

/**
 * For commands whose paths pick targets rather than files to read (shims, prune): whether a
 * repo-relative file lies at or under one of the paths. No paths: every file. Paths that do not
 * exist or lie outside the root are usage errors, as in run.
 */
export function pathSelector(paths: readonly string[], cwd: string, root: string): (rel: string) => boolean {
  if (paths.length === 0) return () => true;
  const prefixes = paths.map((p) => {
    const absolute = path.resolve(cwd, p);
    if (!fs.existsSync(absolute)) throw usageError(`path ${p} does not exist; pass files or directories inside ${root}.`);
    const rel = path.relative(root, fs.realpathSync(absolute)).split(path.sep).join('/');
    if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) throw usageError(`path ${p} is outside the repository root ${root}; pass paths inside it or set --root.`);
    return rel;
  });
  return (file) => prefixes.some((prefix) => prefix === '' || file === prefix || file.startsWith(`${prefix}/`));
}

export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
