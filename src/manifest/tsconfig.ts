// Reads a tsconfig.json (following relative `extends`) into the plan's alias table:
// `paths` patterns with targets made repo-relative, and `baseUrl`; also `customConditions`, which
// packages' `exports` are read with. The projects its `references` reach (recursively, as `tsc -b`
// builds them) add their own `paths`, seen by the files each holds (JsAlias.project). Part of
// manifest loading (does I/O); each tsconfig file is read once.
import fs from 'node:fs';
import path from 'node:path';
import { manifestError, RunError } from '../errors';
import type { JsAlias, TsProject } from '../types';
import { parseJson } from './jsonc';
import { projectFileSet, type TsconfigFileLists } from './tsconfig-file-set';

export interface TsconfigAliases {
  aliases: JsAlias[];
  baseUrl?: string;
  /** `customConditions` (TypeScript matches them in `exports` before the ones it always knows). */
  conditions?: string[];
  notices: string[];
}

interface CompilerOptionsSeen {
  baseUrl?: string;
  baseDir?: string;
  paths?: Record<string, string[]>;
  pathsDir?: string;
  customConditions?: string[];
}

/** A tsconfig with its `extends` chain applied: compiler options, and its file lists made absolute. */
interface ConfigSeen {
  options: CompilerOptionsSeen;
  lists: { files?: string[]; include?: string[]; exclude?: string[] };
}

interface RawTsconfig {
  extends?: string | string[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]>; customConditions?: string[] };
  files?: string[];
  include?: string[];
  exclude?: string[];
  references?: { path?: string }[];
}

/** Reads each tsconfig file once (a base several projects extend, a project referenced twice). */
type ReadTsconfig = (file: string) => RawTsconfig;

export function readTsconfigAliases(repoRoot: string, tsconfigPath: string): TsconfigAliases {
  const notices: string[] = [];
  const read = cachedReader();
  const configured = path.resolve(repoRoot, tsconfigPath);
  const seen = readChain(configured, read, notices, new Set()).options;
  const baseAbs = seen.baseUrl !== undefined ? path.resolve(seen.baseDir!, seen.baseUrl) : undefined;
  const conditions = seen.customConditions?.filter((c) => typeof c === 'string');
  const aliases = [...aliasesOf(seen, repoRoot), ...referencedAliases(configured, { repoRoot, read, notices, rootBaseUrl: baseAbs })];
  return { aliases, baseUrl: baseAbs ? relative(repoRoot, baseAbs) || '.' : undefined, ...(conditions?.length ? { conditions } : {}), notices };
}

function aliasesOf(seen: CompilerOptionsSeen, repoRoot: string, project?: TsProject): JsAlias[] {
  const pathsBase = seen.baseUrl !== undefined ? path.resolve(seen.baseDir!, seen.baseUrl) : seen.pathsDir;
  return Object.entries(seen.paths ?? {}).map(([pattern, targets]) => ({
    pattern,
    targets: targets.map((t) => relative(repoRoot, path.resolve(pathsBase ?? repoRoot, t)) || '.'),
    ...(project ? { project } : {}),
  }));
}

interface ReferenceWalk {
  repoRoot: string;
  read: ReadTsconfig;
  notices: string[];
  /** The manifest tsconfig's baseUrl (absolute): a project's own that differs gets a notice. */
  rootBaseUrl?: string;
}

/**
 * The `paths` of every project `references` reach from `configured`, depth first in reference order
 * (tsc's build order and the order editors search a solution). A reference is a tsconfig file, or a
 * directory meaning its tsconfig.json; one that cannot be read is a notice, and its project skipped.
 */
function referencedAliases(configured: string, walk: ReferenceWalk): JsAlias[] {
  const referencesOf = (file: string): unknown => {
    try {
      return walk.read(file).references;
    } catch {
      return undefined; // reported where the project itself was read
    }
  };
  return referencedProjects(configured, referencesOf).flatMap(({ project, from, written }) =>
    projectAliases(project, `${relative(walk.repoRoot, from)} references "${written}"`, walk),
  );
}

/** A project `references` reach: its tsconfig (absolute), the tsconfig naming it and the path as written there. */
export interface ReferencedProject {
  project: string;
  from: string;
  written: string;
}

/**
 * Every project `references` reach from `configured` (an absolute tsconfig path), depth first in
 * reference order, each once: `references` gives a project's `references` value (anything else, or
 * undefined when it cannot be read, reaches nothing). A reference is a tsconfig file, or a directory
 * meaning its tsconfig.json. The one walk of the aliases (here) and of the file lists (tsconfig-file-entries.ts).
 */
export function referencedProjects(configured: string, references: (file: string) => unknown): ReferencedProject[] {
  const out: ReferencedProject[] = [];
  const visited = new Set([configured]);
  const visit = (file: string) => {
    const list = references(file);
    for (const reference of Array.isArray(list) ? (list as { path?: unknown }[]) : []) {
      if (typeof reference?.path !== 'string') continue;
      const target = path.resolve(path.dirname(file), reference.path);
      const project = target.endsWith('.json') ? target : path.join(target, 'tsconfig.json');
      if (visited.has(project)) continue;
      visited.add(project);
      out.push({ project, from: file, written: reference.path });
      visit(project);
    }
  };
  visit(configured);
  return out;
}

function projectAliases(file: string, via: string, walk: ReferenceWalk): JsAlias[] {
  let seen: ConfigSeen;
  try {
    seen = readChain(file, walk.read, walk.notices, new Set());
  } catch (error) {
    if (!(error instanceof RunError)) throw error;
    const reason = error.message.replace(/; [^;]*$/, '').split(walk.repoRoot + path.sep).join('');
    walk.notices.push(`${via}: ${reason}, so imports written through that project's paths are not recognised; fix the reference or create the file.`);
    return [];
  }
  const config = relative(walk.repoRoot, file);
  const dir = relative(walk.repoRoot, path.dirname(file));
  const { options } = seen;
  if (options.baseUrl !== undefined && options.paths !== undefined && path.resolve(options.baseDir!, options.baseUrl) !== walk.rootBaseUrl) {
    walk.notices.push(`${config}: its baseUrl is read for its paths only; a bare import only that baseUrl resolves (not through paths) is not recognised in its files.`);
  }
  const lists: TsconfigFileLists = {};
  for (const key of ['files', 'include', 'exclude'] as const) {
    const list = seen.lists[key];
    if (list) lists[key] = list.map((abs) => relative(walk.repoRoot, abs));
  }
  return aliasesOf(options, walk.repoRoot, { config, dir, ...projectFileSet(lists, dir) });
}

function readChain(file: string, read: ReadTsconfig, notices: string[], visiting: Set<string>): ConfigSeen {
  if (visiting.has(file)) throw manifestError(`${file}: tsconfig "extends" loops back to itself; break the cycle.`);
  visiting.add(file);
  const json = read(file);
  const dir = path.dirname(file);
  let inherited: ConfigSeen = { options: {}, lists: {} };
  for (const parent of [json.extends ?? []].flat()) {
    if (parent.startsWith('.') || path.isAbsolute(parent)) {
      const parentFile = path.resolve(dir, parent.endsWith('.json') ? parent : `${parent}.json`);
      const base = readChain(parentFile, read, notices, visiting);
      inherited = { options: { ...inherited.options, ...definedOnly(base.options) }, lists: { ...inherited.lists, ...base.lists } };
    } else {
      notices.push(`${file}: extends "${parent}" (a package) is not followed; aliases it defines are not known.`);
    }
  }
  const own = json.compilerOptions ?? {};
  // `files`, `include` and `exclude` are inherited whole, relative to the tsconfig that sets them.
  const lists = { ...inherited.lists };
  for (const key of ['files', 'include', 'exclude'] as const) {
    const list = json[key];
    if (Array.isArray(list)) lists[key] = list.filter((p) => typeof p === 'string').map((p) => path.resolve(dir, p));
  }
  return {
    options: {
      ...inherited.options,
      ...(own.baseUrl !== undefined ? { baseUrl: own.baseUrl, baseDir: dir } : {}),
      ...(own.paths !== undefined ? { paths: own.paths, pathsDir: dir } : {}),
      ...(Array.isArray(own.customConditions) ? { customConditions: own.customConditions } : {}),
    },
    lists,
  };
}

function cachedReader(): ReadTsconfig {
  const cache = new Map<string, RawTsconfig | RunError>();
  return (file) => {
    let found = cache.get(file);
    if (found === undefined) {
      try {
        found = readTsconfig(file);
      } catch (error) {
        if (!(error instanceof RunError)) throw error;
        found = error;
      }
      cache.set(file, found);
    }
    if (found instanceof RunError) throw found;
    return found;
  };
}

function readTsconfig(file: string): RawTsconfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw manifestError(`cannot read tsconfig ${file}; fix "javascript.tsconfig" in the manifest or create the file.`);
  }
  try {
    return parseJson(text, { comments: true }) as RawTsconfig;
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number };
    throw manifestError(`${file}:${e.line}:${e.column}: ${e.message}; fix the tsconfig's JSON.`);
  }
}

function relative(repoRoot: string, abs: string): string {
  return path.relative(repoRoot, abs).split(path.sep).join('/');
}

function definedOnly(o: CompilerOptionsSeen): CompilerOptionsSeen {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
