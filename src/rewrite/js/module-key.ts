// Normalises a JS/TS import specifier to the module's identity (JsModuleKey), so that a
// relative path, a tsconfig alias and a `./repo/path.ts` in the manifest all name the same file.
// Pure: it never touches the file system, so `./a` and `./a/index` both count as candidates of one key.
import path from 'node:path';
import type { JsAlias, JsModuleKey } from '../../types';

export const JS_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
/** Single-file components, whose `<script>` blocks are modules (sfc.ts): the JS rewriter reads them too. */
export const COMPONENT_EXTENSIONS = ['.vue', '.svelte'];
/** A module path or specifier naming an index module (`x/index`, `index.ts`). */
/** A JS/TS file extension at the end of a path (`.ts`, `.mjs`, `.tsx`…). */
export const JS_EXTENSION = /\.[cm]?[jt]sx?$/;

export const INDEX = /(?:^|\/)index(?:\.[cm]?[jt]sx?)?$/;

/** What a specifier resolves against: the importing file and the plan's alias table. */
export interface SpecifierContext {
  /** Repo-relative path of the importing file (`src/app.ts`); `.` stands for the repo root itself (manifest entries). */
  importer: string;
  baseUrl?: string;
  aliases: readonly JsAlias[];
  /**
   * Files known to exist (the plan's legacy and canonical modules). TypeScript resolves a bare
   * specifier against `baseUrl` before node_modules (`lib/logger` → `<baseUrl>/lib/logger.ts`);
   * without a file system that reading is taken only when it names one of these files.
   */
  knownFiles?: ReadonlySet<JsModuleKey>;
  /** JavascriptPlan.explicitFiles: module paths whose file moved in or out of its folder's index. */
  explicitFiles?: Readonly<Record<string, JsModuleKey>>;
}

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** Strips a known source extension (and `.d.ts`) and a trailing `/index`: `src/a/index.ts` → `src/a`. */
export function stripModuleSuffix(repoPath: string): string {
  let p = repoPath.replace(/\.d\.(ts|mts|cts)$/, '');
  const ext = JS_EXTENSIONS.find((e) => p.endsWith(e));
  if (ext) p = p.slice(0, -ext.length);
  if (p === 'index') return '.';
  if (p.endsWith('/index')) p = p.slice(0, -'/index'.length);
  return p;
}

/** Matches `specifier` against an alias pattern; returns the `*` capture ('' for exact patterns) or undefined. */
export function matchAlias(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (specifier.length < prefix.length + suffix.length) return undefined;
  if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix)) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

/** The longest-prefix alias that matches, as TypeScript picks it, among those `importer` sees (aliasesSeenBy). */
export function findAlias(specifier: string, aliases: readonly JsAlias[], importer = '.'): { alias: JsAlias; capture: string } | undefined {
  let best: { alias: JsAlias; capture: string } | undefined;
  for (const alias of aliasesSeenBy(aliases, importer)) {
    const capture = matchAlias(alias.pattern, specifier);
    if (capture === undefined) continue;
    const prefixLength = alias.pattern.indexOf('*') < 0 ? Infinity : alias.pattern.indexOf('*');
    const bestLength = best ? (best.alias.pattern.indexOf('*') < 0 ? Infinity : best.alias.pattern.indexOf('*')) : -1;
    if (prefixLength > bestLength) best = { alias, capture };
  }
  return best;
}

/**
 * The aliases a file sees: the tsconfig `paths` of the referenced project holding it (JsAlias.project),
 * else the manifest tsconfig's own, and the package.json `imports` entries of its own package, the
 * innermost scope (JsAlias.scope) holding it. `.` (the manifest's own entries) is read from the root,
 * and sees every project's paths after the manifest tsconfig's.
 */
export function aliasesSeenBy(aliases: readonly JsAlias[], importer: string): readonly JsAlias[] {
  let innermost: string | undefined;
  for (const alias of aliases) {
    if (alias.scope !== undefined && inScope(importer, alias.scope) && (innermost === undefined || alias.scope.length > innermost.length)) innermost = alias.scope;
  }
  if (innermost === undefined && !aliases.some((a) => a.scope !== undefined || a.project !== undefined)) return aliases;
  // Required here: module-key is loaded by every run (the prefilter, Python-only runs), projects only matter with references.
  const project = importer === '.' || !aliases.some((a) => a.project !== undefined) ? undefined : (require('./tsconfig-project') as typeof import('./tsconfig-project')).projectHolding(aliases, importer);
  const seesPaths = (a: JsAlias) => importer === '.' || a.project?.config === project?.config;
  return aliases.filter((a) => (a.scope === undefined ? seesPaths(a) : a.scope === innermost));
}

function inScope(importer: string, scope: string): boolean {
  return scope === '' || importer.startsWith(`${scope}/`);
}

/** Repo-relative path of a file key, or undefined for packages and retired-alias spellings. */
export function keyPath(key: JsModuleKey): string | undefined {
  return key.startsWith('file:') ? key.slice('file:'.length) : undefined;
}

/**
 * The key of a moved file's own relative specifier that names the file itself from its new place
 * (`'./utils'` in a file moved to `sub/utils.ts`, which meant the `utils.ts` beside its old place):
 * a key of its own, so its carried move (manifest/javascript-relocated.ts) re-points that spelling
 * alone, and the file's other references to itself keep meaning itself.
 */
export function selfCarriedKey(specifier: string): JsModuleKey {
  return `self:${specifier}`;
}

/** The module path a file key names (`src/util` for the old file's key `file:src/util.ts` of JavascriptPlan.explicitFiles too). */
export function modulePathOf(key: JsModuleKey): string | undefined {
  const file = keyPath(key);
  return file === undefined ? undefined : stripModuleSuffix(file);
}

export function moduleKeyOf(specifier: string, context: SpecifierContext): JsModuleKey {
  specifier = withoutQuery(specifier);
  const key = moduleKeyOfPath(specifier, context);
  const explicit = context.explicitFiles && key.startsWith('file:') && Object.hasOwn(context.explicitFiles, key.slice(5)) ? context.explicitFiles[key.slice(5)] : undefined;
  return explicit !== undefined && spellsFile(aliasedPath(specifier, context) ?? specifier, explicit) ? explicit : key;
}

/**
 * The path an alias turns a specifier into (`lib/mw/b` → `./src/mw/b.ts` under `"lib/*":
 * ["./src/*.ts"]`), which is what names the file; undefined for a specifier no alias maps.
 */
export function aliasedPath(specifier: string, context: Pick<SpecifierContext, 'aliases' | 'importer'>): string | undefined {
  if (isRelativeSpecifier(specifier) || specifier.startsWith('/')) return undefined;
  const found = findAlias(specifier, context.aliases, context.importer);
  if (!found || found.alias.retired || found.alias.targets.length === 0) return undefined;
  return found.alias.targets[0].replace('*', found.capture);
}

/** A specifier without a bundler's query (`./worker.ts?worker`, `./shader.glsl?raw`): the file is what it names. */
export function withoutQuery(specifier: string): string {
  const query = specifier.indexOf('?');
  return query > 0 ? specifier.slice(0, query) : specifier;
}

/**
 * Whether a specifier names the very file `legacyKey` is (JavascriptPlan.explicitFiles): its index
 * when that was an index (`./util/index.js`, `./util/index`), else the file by its extension
 * (`./util.js`). Without either, it names the module wherever its file lies.
 */
function spellsFile(specifier: string, legacyKey: JsModuleKey): boolean {
  const last = specifier.slice(specifier.lastIndexOf('/') + 1);
  const index = INDEX.test(last);
  return INDEX.test(legacyKey) ? index : !index && JS_EXTENSIONS.some((e) => last.endsWith(e));
}

function moduleKeyOfPath(specifier: string, context: SpecifierContext): JsModuleKey {
  if (isRelativeSpecifier(specifier)) {
    const dir = context.importer === '.' ? '.' : path.posix.dirname(context.importer);
    return 'file:' + stripModuleSuffix(path.posix.normalize(path.posix.join(dir, specifier)));
  }
  if (specifier.startsWith('/')) return 'file:' + stripModuleSuffix(path.posix.normalize(specifier.slice(1)));
  const found = findAlias(specifier, context.aliases, context.importer);
  // Through a retired alias (JsAlias.retired), the spelling is what is legacy: `alias:@/old-ui/button`.
  if (found?.alias.retired || context.aliases.some((a) => a.retired && a.pattern === `${specifier}/*`)) return `alias:${stripModuleSuffix(specifier)}`;
  if (found && found.alias.targets.length > 0) {
    const target = found.alias.targets[0].replace('*', found.capture);
    return 'file:' + stripModuleSuffix(path.posix.normalize(target));
  }
  return baseUrlKey(specifier, context) ?? 'pkg:' + specifier;
}

/** The file a bare specifier names through `baseUrl`, when it is a known file or below one; else undefined (a package). */
export function baseUrlKey(specifier: string, context: SpecifierContext): JsModuleKey | undefined {
  if (context.baseUrl === undefined || context.knownFiles === undefined) return undefined;
  const key = 'file:' + stripModuleSuffix(path.posix.normalize(path.posix.join(context.baseUrl, specifier)));
  if (context.knownFiles.has(key)) return key;
  // Below a known module, as a relative specifier would be keyed (a moved directory takes its files
  // along: `lib/shopify/types` under `lib/shopify`, vercel/commerce).
  for (const known of context.knownFiles) if (key.startsWith(`${known}/`)) return key;
  return undefined;
}
