// A module's API as the repository defines it: its file (Python through the plan's roots, JS
// file keys through extensions and index files), the names it provides (following `export *` and
// `from m import *` inside the repository) and its public names. Reads files; used by verify, shims, prune.
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSIONS, keyPath, moduleKeyOf } from '../rewrite/js/module-key';
import { moduleOfPath, resolveRelative } from '../rewrite/python/module-path';
import type { JavascriptPlan, Language, MigrationPlan } from '../types';
import { readJsExports } from './js-exports';
import { readPythonNames } from './python-names';

export interface ModuleApi {
  language: Language;
  /** Repo-relative file. */
  file: string;
  /** Every name an importer can take from it (star re-exports followed). */
  provided: Set<string>;
  /** What `import *` / an importer should see as its API: Python `__all__` if written, else public
   * module-level names other than plain `import x` modules and names imported from outside the
   * repository; JS: its exports. */
  publicNames: string[];
  /** Names the module defines itself (def/class/assignment; JS declarations). */
  defined: Set<string>;
  /** The subset that is real code a shim would drop: Python def/class, JS function/class declarations. */
  definitions: Set<string>;
  /** Python: every module-level name an importer may take explicitly (public or `_private`, not
   * dunders, plain `import x` modules or names imported from outside the repository); JS: publicNames. */
  importable: string[];
  /** Python: the module's `__all__` as written (absent when none). */
  all?: string[];
  /** Set when the file exists but could not be read (parse error): the message. */
  problem?: string;
  /** True when `provided` may be incomplete: a star import/export from outside the repository (or
   * from a module that cannot be read), or a module-level `__getattr__` (Python). */
  open?: boolean;
}

export interface ModuleApiReader {
  /** File of a module (dotted Python module or JS module key), or undefined when it does not exist. */
  fileOf(language: Language, module: string): string | undefined;
  api(language: Language, module: string): ModuleApi | undefined;
}

export function createModuleApiReader(plan: MigrationPlan, root: string): ModuleApiReader {
  const isFile = (rel: string) => {
    try {
      return fs.statSync(path.join(root, rel)).isFile();
    } catch {
      return false;
    }
  };
  const roots = plan.python?.roots ?? ['.'];
  const cache = new Map<string, ModuleApi | undefined>();

  const pythonFile = (module: string): string | undefined => {
    const rel = module.split('.').join('/');
    for (const base of roots) {
      const prefix = base === '.' ? '' : `${base}/`;
      const file = [`${prefix}${rel}.py`, `${prefix}${rel}/__init__.py`].find(isFile);
      if (file) return file;
    }
    return undefined;
  };
  const jsFile = (key: string): string | undefined => {
    const base = keyPath(key);
    if (base === undefined) return undefined;
    const candidates = [...JS_EXTENSIONS.map((e) => base + e), ...JS_EXTENSIONS.map((e) => `${base === '.' ? '' : base + '/'}index${e}`)];
    if (path.extname(base) !== '') candidates.unshift(base);
    return candidates.find(isFile);
  };
  const fileOf = (language: Language, module: string) => (language === 'python' ? pythonFile(module) : jsFile(module));

  const api = (language: Language, module: string, visiting = new Set<string>()): ModuleApi | undefined => {
    const id = `${language}:${module}`;
    if (cache.has(id)) return cache.get(id);
    const file = fileOf(language, module);
    if (file === undefined) {
      cache.set(id, undefined);
      return undefined;
    }
    if (visiting.has(id)) return { language, file, provided: new Set(), publicNames: [], defined: new Set(), definitions: new Set(), importable: [] };
    visiting.add(id);
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    let result: ModuleApi;
    try {
      result = language === 'python' ? pythonApi(file, text, (m) => api('python', m, visiting), (m) => pythonFile(m) !== undefined, roots) : jsApi(file, text, plan.javascript, (k) => api('javascript', k, visiting));
    } catch (error) {
      result = { language, file, provided: new Set(), publicNames: [], defined: new Set(), definitions: new Set(), importable: [], problem: error instanceof Error ? error.message : String(error) };
    }
    cache.set(id, result);
    return result;
  };
  return { fileOf, api: (language, module) => api(language, module) };
}

function pythonApi(file: string, text: string, follow: (m: string) => ModuleApi | undefined, inRepo: (m: string) => boolean, roots: readonly string[]): ModuleApi {
  const names = readPythonNames(text, file);
  const pkg = moduleOfPath(file, roots)?.package ?? [];
  const absolute = (written: string) => {
    const level = /^\.*/.exec(written)![0].length;
    return resolveRelative(pkg, level, written.slice(level));
  };
  const provided = new Set(names.names.keys());
  for (const name of names.all ?? []) provided.add(name);
  const starPublic: string[] = [];
  let open = names.names.has('__getattr__');
  for (const star of names.starImports) {
    const target = absolute(star);
    const other = target === undefined ? undefined : follow(target);
    if (mayProvideAnything(other)) open = true;
    for (const name of other?.publicNames ?? []) {
      provided.add(name);
      starPublic.push(name);
    }
  }
  const defined = new Set([...names.names].filter(([, kind]) => kind === 'def' || kind === 'class' || kind === 'assign').map(([n]) => n));
  defined.delete('__all__');
  const definitions = new Set([...names.names].filter(([, kind]) => kind === 'def' || kind === 'class').map(([n]) => n));
  const firstParty = (name: string) => {
    const from = names.importedFrom.get(name);
    const target = from === undefined ? undefined : absolute(from.slice(0, from.indexOf(':')));
    return target !== undefined && (inRepo(target) || inRepo(target.split('.').slice(0, -1).join('.') || target));
  };
  const importable = [...names.names]
    .filter(([name, kind]) => !/^__.*__$/.test(name) && kind !== 'import' && (kind !== 'from-import' || firstParty(name)))
    .map(([n]) => n);
  for (const n of [...(names.all ?? []), ...starPublic]) if (!importable.includes(n)) importable.push(n);
  const publicNames = names.all ? [...names.all] : importable.filter((n) => !n.startsWith('_'));
  return { language: 'python', file, provided, publicNames, defined, definitions, importable, all: names.all, ...(open ? { open } : {}) };
}

function jsApi(file: string, text: string, plan: JavascriptPlan | undefined, follow: (key: string) => ModuleApi | undefined): ModuleApi {
  const exports = readJsExports(text, file);
  const provided = new Set(exports.names);
  let open = false;
  for (const source of exports.starSources) {
    const key = moduleKeyOf(source, { importer: file, aliases: plan?.aliases ?? [], baseUrl: plan?.baseUrl });
    const other = follow(key);
    if (mayProvideAnything(other)) open = true;
    for (const name of other?.provided ?? []) if (name !== 'default') provided.add(name);
  }
  const api: ModuleApi = { language: 'javascript', file, provided, publicNames: [...provided], defined: exports.defined, definitions: exports.definitions, importable: [...provided] };
  return open ? { ...api, open } : api;
}

/** A star source we cannot enumerate (outside the repository, unreadable, or itself open) makes the importer open. */
function mayProvideAnything(api: ModuleApi | undefined): boolean {
  return api === undefined || api.problem !== undefined || api.open === true;
}
