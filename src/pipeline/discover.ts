// Turns the paths a user names (files or directories under the repository root) into the sorted
// list of repo-relative files a run visits. Used by the run command before the file pool starts.
// Honours every .gitignore (nested, negations), --include/--exclude, and skips dependency trees.
import fs from 'node:fs';
import path from 'node:path';
import { usageError } from '../errors';
import type { SkipReason } from '../types';
import { GitignoreRules } from './gitignore-rules';
import { createExcludeFilter, createIncludeFilter } from './path-filter';
import { realPathOf, relativeInside } from '../real-paths';

export interface DiscoverOptions {
  /** Absolute, real path of the repository root. */
  root: string;
  /** Files or directories, absolute or relative to `cwd`; empty means `cwd` (or the root when `cwd` lies outside it). */
  paths: readonly string[];
  cwd: string;
  /** Extensions (with the dot) some active rewriter takes. */
  extensions: readonly string[];
  /** Repo-relative files visited whatever their extension (the tsconfigs the plan lists: JavascriptPlan.tsconfigLists). */
  files?: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
}

/** A file to visit, or one already known to be skipped (it still appears in the report). */
export interface Candidate {
  /** Repo-relative, `/` separators. */
  path: string;
  skip?: { reason: SkipReason; detail?: string };
}

/** Directory names never entered: dependency trees and VCS internals. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.venv', 'venv', '.hg', '.svn']);

interface WalkContext {
  options: DiscoverOptions;
  include: (p: string) => boolean;
  exclude: (p: string) => boolean;
  found: Map<string, Candidate>;
  /** Real paths of the directories holding named targets: thousands of named files share a few. */
  realDirectories: Map<string, string | undefined>;
  /** How many targets each directory holds (by the directory as written), and its listing once read. */
  namedIn: Map<string, number>;
  listings: Map<string, Map<string, fs.Dirent> | undefined>;
}

/** From this many named targets in one directory on, one readdir answers their types instead of an lstat each. */
const LISTING_THRESHOLD = 8;

export function discoverFiles(options: DiscoverOptions): Candidate[] {
  const context: WalkContext = {
    options,
    include: createIncludeFilter(options.include ?? []),
    exclude: createExcludeFilter(options.exclude ?? []),
    found: new Map(),
    realDirectories: new Map(),
    namedIn: new Map(),
    listings: new Map(),
  };
  const cwdInside = relativeInside(options.root, realPathOf(options.cwd) ?? options.cwd) !== undefined;
  const targets = options.paths.length > 0 ? options.paths : [cwdInside ? '.' : options.root];
  for (const target of targets) {
    const directory = path.dirname(path.resolve(options.cwd, target));
    context.namedIn.set(directory, (context.namedIn.get(directory) ?? 0) + 1);
  }
  for (const target of targets) visitTarget(context, target);
  return [...context.found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether discoverFiles with these options visits the whole root: no paths or globs, and a cwd at the root or outside it. */
export function coversWholeRoot(options: Pick<DiscoverOptions, 'root' | 'paths' | 'cwd' | 'include' | 'exclude'>): boolean {
  if (options.paths.length > 0 || (options.include?.length ?? 0) > 0 || (options.exclude?.length ?? 0) > 0) return false;
  const rel = relativeInside(options.root, realPathOf(options.cwd) ?? options.cwd);
  return rel === undefined || rel === '';
}

function visitTarget(context: WalkContext, target: string): void {
  const { root, cwd } = context.options;
  const absolute = path.resolve(cwd, target);
  // The parent's symlinks are resolved (not the target's own) so a symlinked argument is judged as a link.
  const parent = realDirectory(context, path.dirname(absolute));
  const rel = relativeInside(root, parent === undefined ? absolute : path.join(parent, path.basename(absolute)));
  if (rel === undefined) {
    throw usageError(`path ${target} is outside the repository root ${root}; pass paths inside it or set --root.`);
  }
  let stat: fs.Stats | fs.Dirent;
  try {
    stat = listedEntry(context, absolute) ?? fs.lstatSync(absolute);
  } catch {
    throw usageError(`path ${target} does not exist; pass files or directories inside ${root}.`);
  }
  if (stat.isDirectory()) {
    walkDirectory(context, rel, rulesAbove(root, rel), true);
    return;
  }
  if (stat.isSymbolicLink()) {
    // A named link inside the root stands for its target; one leading outside is reported.
    const real = realPathOf(absolute);
    if (real !== undefined && relativeInside(root, real) !== undefined) visitTarget(context, real);
    else addSymlink(context, rel);
    return;
  }
  if (!passesFilters(context, rel)) return;
  if (!stat.isFile()) add(context, { path: rel, skip: { reason: 'not-a-file' } });
  else if (!hasExtension(context, rel)) add(context, { path: rel, skip: { reason: 'unsupported-extension' } });
  else add(context, { path: rel });
}

/** The rules in force in a directory's parent: every .gitignore from the root down to it. */
function rulesAbove(root: string, relDir: string): GitignoreRules {
  let rules = GitignoreRules.base(root);
  if (relDir === '') return rules;
  const parts = relDir.split('/');
  for (let i = 0; i < parts.length; i++) rules = rules.enter(root, parts.slice(0, i).join('/'));
  return rules;
}

/**
 * Walks one directory with one readdir: its own .gitignore joins the rules, and a directory holding
 * `pyvenv.cfg` (a virtualenv) or `.git` (a submodule or nested repository) is not entered unless
 * it is the directory the user named (the root itself has a `.git`).
 */
function walkDirectory(context: WalkContext, relDir: string, inherited: GitignoreRules, named: boolean): void {
  const { root } = context.options;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
  } catch {
    return; // unreadable directory: nothing in it can be rewritten either
  }
  const names = new Set(entries.map((e) => e.name));
  if (!named && (names.has('pyvenv.cfg') || names.has('.git'))) return;
  const rules = names.has('.gitignore') ? inherited.enter(root, relDir) : inherited;
  for (const entry of entries) {
    const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !rules.ignores(rel, true)) walkDirectory(context, rel, rules, false);
    } else if (entry.isSymbolicLink()) {
      if (!rules.ignores(rel, false)) addSymlink(context, rel);
    } else if (entry.isFile()) {
      // The extension first: it is the cheapest test and turns most files away before the rules run.
      if (!hasExtension(context, rel) || rules.ignores(rel, false) || !passesFilters(context, rel)) continue;
      add(context, { path: rel });
    }
  }
}

/**
 * Links are never followed into a walk (no cycles, no double visits): one pointing inside the root
 * is left to its target, which the walk reaches on its own; one pointing outside is reported.
 */
function addSymlink(context: WalkContext, rel: string): void {
  const { root } = context.options;
  const target = realPathOf(path.join(root, rel));
  if (target !== undefined && relativeInside(root, target) !== undefined) return;
  if (!passesFilters(context, rel)) return;
  // Only links that could have been rewritten are worth a line: a directory, or a file we would read.
  if (!hasExtension(context, rel) && !(target !== undefined && isDirectory(target))) return;
  add(context, { path: rel, skip: target === undefined ? { reason: 'not-a-file', detail: 'dangling symlink' } : { reason: 'symlink-outside', detail: target } });
}

function passesFilters(context: WalkContext, rel: string): boolean {
  return context.include(rel) && !context.exclude(rel);
}

function hasExtension(context: WalkContext, rel: string): boolean {
  return context.options.extensions.some((ext) => rel.endsWith(ext)) || (context.options.files?.includes(rel) ?? false);
}

function add(context: WalkContext, candidate: Candidate): void {
  if (!context.found.has(candidate.path)) context.found.set(candidate.path, candidate);
}

/**
 * The target's entry in its directory's listing, when many targets share that directory (a list of
 * changed files): one readdir instead of an lstat per file. Its type is lstat's (neither follows a
 * link). undefined when the directory holds few targets or the name is not listed as written (a
 * case-insensitive file system): the caller asks lstat.
 */
function listedEntry(context: WalkContext, absolute: string): fs.Dirent | undefined {
  const directory = path.dirname(absolute);
  if ((context.namedIn.get(directory) ?? 0) < LISTING_THRESHOLD) return undefined;
  if (!context.listings.has(directory)) {
    let listing: Map<string, fs.Dirent> | undefined;
    try {
      listing = new Map(fs.readdirSync(directory, { withFileTypes: true }).map((e) => [e.name, e]));
    } catch {
      listing = undefined;
    }
    context.listings.set(directory, listing);
  }
  return context.listings.get(directory)?.get(path.basename(absolute));
}

function realDirectory(context: WalkContext, directory: string): string | undefined {
  if (!context.realDirectories.has(directory)) context.realDirectories.set(directory, realPathOf(directory));
  return context.realDirectories.get(directory);
}


function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
