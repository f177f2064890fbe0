// A module's API as the repository defines it: its file (Python through the plan's roots, JS
// file keys through extensions, declaration and index files, and for verify bare packages through
// node_modules), the names it provides (following `export *`, CommonJS re-exports and `from m import *`)
// and its public names, and the files it runs when it loads. Reads files; used by
// verify, shims, prune and, at plan load, manifest/loads-from.ts.
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSIONS, keyPath, moduleKeyOf } from '../rewrite/js/module-key';
import { moduleOfPath, resolveRelative } from '../rewrite/python/module-path';
import type { JavascriptPlan, Language, MigrationPlan } from '../types';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/process-file';
import { packageContextOf, resolvePackage } from './node-resolve';
import { realPathOf, relativeInside } from '../real-paths';
import { isFileAt } from '../manifest/files-below';

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
  /** Repository files the module runs when it loads (Python: the modules of its module-level `import`
   * and `from … import`, star imports included, with the packages' `__init__.py` on the way that are not
   * its own ancestors; JS: its `export … from`), one step deep: one of them importing from this module
   * would form an import cycle. */
  loadsFrom: string[];
  /** Python: the name each from-import binds → `<dots>module:name` it imports (`OldH` → `.headers:NewH`). */
  importedFrom?: ReadonlyMap<string, string>;
  /** Set when the file exists but could not be read (parse error): the message. */
  problem?: string;
  /** True when `provided` may be incomplete: a star import/export from outside the repository (or
   * from a module that cannot be read), a module-level `__getattr__` (Python), CommonJS exports
   * that are not plain names, or a file too large to read. */
  open?: boolean;
  /** Set for a module found outside the repository files the reader parses (a Node built-in, a
   * package above the root): where it is. Its names are unknown (`open`). */
  external?: string;
}

export interface ModuleApiReader {
  /** Repo-relative file of a module (dotted Python module or JS module key), or undefined when no file of the repository is it. */
  fileOf(language: Language, module: string): string | undefined;
  /** The module's API; for a module outside the repository that the reader can only locate, see ModuleApi.external. */
  api(language: Language, module: string): ModuleApi | undefined;
  /** The API of a repository file (repo-relative), as api() reads it. */
  apiOfFile(language: Language, file: string): ModuleApi;
}

export interface ModuleApiReaderOptions {
  /**
   * Resolve bare JS specifiers (`pkg:` keys) through node_modules, as Node and TypeScript do (verify).
   * Shims and prune leave it off: they must never treat a package's files as the repository's.
   */
  packages?: boolean;
  /**
   * Resolve the repository's own workspace packages (JavascriptPlan.workspaces, or a node_modules link
   * leading back into the repository) to their repository files: the plan's readers. Implied by `packages`.
   */
  workspaces?: boolean;
  /** Files larger than this are not parsed (their names count as unknown), like `run`'s guard. */
  maxFileSize?: number;
}

/** Where a module is: a repo-relative file the reader parses, or somewhere it can only name. */
type Located = { file: string } | { external: string };

export function createModuleApiReader(plan: MigrationPlan, root: string, options: ModuleApiReaderOptions = {}): ModuleApiReader {
  const isFile = (rel: string) => isFileAt(path.join(root, rel));
  const roots = plan.python?.roots ?? ['.'];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const cache = new Map<string, ModuleApi>();

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
    const dir = base === '.' ? '' : base + '/';
    const candidates = [...JS_EXTENSIONS.map((e) => base + e), ...DECLARATION_EXTENSIONS.map((e) => base + e), ...[...JS_EXTENSIONS, ...DECLARATION_EXTENSIONS].map((e) => `${dir}index${e}`)];
    if (path.extname(base) !== '') candidates.unshift(base);
    return candidates.find(isFile);
  };
  const packages = packageContextOf(plan.javascript, root);
  /** A `pkg:` key, resolved from `fromDir` (the root for manifest ends, the importing file's folder for re-exports). */
  const packageLocation = (key: string, fromDir: string): Located | undefined => {
    if (!(options.packages || options.workspaces) || !key.startsWith('pkg:')) return undefined;
    const resolved = resolvePackage(key.slice('pkg:'.length), fromDir, packages);
    if (resolved.kind === 'builtin') return options.packages ? { external: `${key.slice('pkg:'.length)} (a Node.js built-in module)` } : undefined;
    if (resolved.kind !== 'file') return undefined;
    const own = repositoryPath(resolved.file);
    if (own !== undefined) return { file: own };
    if (!options.packages) return undefined;
    const rel = path.relative(root, resolved.file);
    // Names are read only from the root's own node_modules; a package found further up is only located.
    return rel.startsWith(`node_modules${path.sep}`) ? { file: rel.split(path.sep).join('/') } : { external: resolved.file };
  };
  /** A resolved package file that really is a repository file (a workspace package), repo-relative. */
  const repositoryPath = (file: string): string | undefined => {
    const real = realPathOf(file);
    const rel = real === undefined ? undefined : relativeInside(root, real);
    return rel === undefined || rel.split('/').includes('node_modules') ? undefined : rel;
  };
  const locate = (language: Language, module: string, fromDir = root): Located | undefined => {
    if (language === 'python') {
      const file = pythonFile(module);
      return file === undefined ? undefined : { file };
    }
    const file = jsFile(module);
    return file !== undefined ? { file } : packageLocation(module, fromDir);
  };

  const fileApi = (language: Language, file: string, visiting: Set<string>): ModuleApi => {
    const id = `${language}:${file}`;
    const cached = cache.get(id);
    if (cached) return cached;
    if (visiting.has(id)) return { ...emptyApi(language, file) };
    visiting.add(id);
    let result: ModuleApi;
    try {
      const size = fs.statSync(path.join(root, file)).size;
      if (size > maxFileSize) {
        result = { ...emptyApi(language, file), open: true, problem: `larger than ${maxFileSize} bytes, the file-size limit; its names were not read` };
      } else {
        const text = fs.readFileSync(path.join(root, file), 'utf8');
        result =
          language === 'python'
            ? pythonApi(file, text, (m) => follow('python', m, root, visiting), pythonFile, roots)
            : jsApi(file, text, plan.javascript, (key) => follow('javascript', key, path.dirname(path.join(root, file)), visiting), jsFile);
      }
    } catch (error) {
      result = { ...emptyApi(language, file), problem: error instanceof Error ? error.message : String(error) };
    }
    cache.set(id, result);
    return result;
  };
  const follow = (language: Language, module: string, fromDir: string, visiting: Set<string>): ModuleApi | undefined => {
    const located = locate(language, module, fromDir);
    if (located === undefined) return undefined;
    return 'external' in located ? { ...emptyApi(language, located.external), open: true, external: located.external } : fileApi(language, located.file, visiting);
  };
  return {
    fileOf: (language, module) => {
      const located = locate(language, module);
      return located && 'file' in located ? located.file : undefined;
    },
    api: (language, module) => follow(language, module, root, new Set()),
    apiOfFile: (language, file) => fileApi(language, file, new Set()),
  };
}

/** TypeScript declaration files, tried after the source extensions (a package's `index.d.ts`). */
const DECLARATION_EXTENSIONS = ['.d.ts', '.d.mts', '.d.cts'];

const emptyApi = (language: Language, file: string): ModuleApi => ({ language, file, provided: new Set(), publicNames: [], defined: new Set(), definitions: new Set(), importable: [], loadsFrom: [] });

function pythonApi(file: string, text: string, follow: (m: string) => ModuleApi | undefined, fileOf: (m: string) => string | undefined, roots: readonly string[]): ModuleApi {
  const inRepo = (m: string) => fileOf(m) !== undefined;
  // Each language's reader is required at its first module: a Python-only plan never loads the JS one.
  const { readPythonNames } = require('./python-names') as typeof import('./python-names');
  const names = readPythonNames(text, file);
  const pkg = moduleOfPath(file, roots)?.package ?? [];
  const absolute = (written: string) => {
    const level = /^\.*/.exec(written)![0].length;
    return resolveRelative(pkg, level, written.slice(level));
  };
  const provided = new Set(names.names.keys());
  let open = names.names.has('__getattr__');
  // An `__all__` entry the module does not bind is importable only through a package's submodule or a
  // `__getattr__`; in a plain module it is a stale entry (`import *` raises AttributeError), not a name.
  const listedOnly = (name: string) => !names.names.has(name) && !open && !/(^|\/)__init__\.pyi?$/.test(file);
  const listed = (names.all ?? []).filter((name) => !listedOnly(name));
  for (const name of listed) provided.add(name);
  const starPublic: string[] = [];
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
  for (const n of [...listed, ...starPublic]) if (!importable.includes(n)) importable.push(n);
  const publicNames = names.all ? [...names.all] : importable.filter((n) => !n.startsWith('_'));
  // `from m import x` runs m, and x too when x is a submodule; `import a.b.c` and `from a.b.c import`
  // run the packages' `__init__.py` on the way (a/, a/b/) unless they are this module's own
  // ancestors, which ran before it: netra's config.py imports core.configuration.base, and the
  // package core/configuration/__init__.py is what took get_config from the legacy module.
  const loaded = new Set<string>();
  const ancestors = new Set(pkg.map((_, i) => pkg.slice(0, i + 1).join('.')));
  const load = (module: string | undefined) => {
    if (module === undefined) return;
    const parts = module.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (i < parts.length && ancestors.has(prefix)) continue;
      const f = fileOf(prefix);
      if (f !== undefined && f !== file) loaded.add(f);
    }
  };
  for (const from of names.runtimeLoads.from) {
    const [module, name] = from.split(':');
    const target = absolute(module);
    // `from . import sibling` (sqlalchemy's util/langhelpers.py) takes a submodule out of a package
    // that is already loading: it does not wait for the package's `__init__.py`, which may import
    // this module in turn. A name the package itself defines does (its `__init__.py` must be that far).
    const submoduleOfAncestor = target !== undefined && ancestors.has(target) && fileOf(`${target}.${name}`) !== undefined;
    if (!submoduleOfAncestor) load(target);
    if (target !== undefined) load(`${target}.${name}`);
  }
  for (const module of names.runtimeLoads.modules) load(absolute(module));
  return { language: 'python', file, provided, publicNames, defined, definitions, importable, all: names.all, loadsFrom: [...loaded].sort(), importedFrom: names.importedFrom, ...(open ? { open } : {}) };
}

function jsApi(file: string, text: string, plan: JavascriptPlan | undefined, follow: (key: string) => ModuleApi | undefined, fileOf: (key: string) => string | undefined): ModuleApi {
  const { readJsExports } = require('./js-exports') as typeof import('./js-exports');
  const exports = readJsExports(text, file);
  const provided = new Set(exports.names);
  let open = exports.open === true;
  const keyOf = (source: string) => moduleKeyOf(source, { importer: file, aliases: plan?.aliases ?? [], baseUrl: plan?.baseUrl });
  for (const source of exports.starSources) {
    const other = follow(keyOf(source));
    if (mayProvideAnything(other)) open = true;
    for (const name of other?.provided ?? []) if (name !== 'default') provided.add(name);
  }
  const loadsFrom = [...new Set(exports.fromSources.map((s) => fileOf(keyOf(s))).filter((f): f is string => f !== undefined && f !== file))].sort();
  const api: ModuleApi = { language: 'javascript', file, provided, publicNames: [...provided], defined: exports.defined, definitions: exports.definitions, importable: [...provided], loadsFrom };
  return open ? { ...api, open } : api;
}

/** A star source we cannot enumerate (outside the repository, unreadable, or itself open) makes the importer open. */
function mayProvideAnything(api: ModuleApi | undefined): boolean {
  return api === undefined || api.problem !== undefined || api.open === true;
}
