// Computes the specifier a rewritten reference should use for a target module, in the style
// of the specifier it replaces: relative stays relative (from the importing file), an alias stays
// an alias when the target lies under one, bare stays bare (a package, or a path under baseUrl);
// extensions and explicit /index are kept.
import path from 'node:path';
import type { JsAlias, JsModuleKey } from '../../types';
import { aliasedPath, aliasesSeenBy, findAlias, INDEX, isRelativeSpecifier, JS_EXTENSION, keyPath } from './module-key';

export interface SpecifierRequest {
  /** The specifier as written in the file. */
  original: string;
  /** Repo-relative path of the importing file. */
  importer: string;
  targetKey: JsModuleKey;
  /** The target module as written in the manifest (hints whether it is an index file). */
  targetModule: string;
  aliases: readonly JsAlias[];
  /** Set when the original is a bare specifier TypeScript resolved through this baseUrl (repo-relative). */
  baseUrl?: string;
  /** The target's repository file, when known (JavascriptPlan.targetFiles): says whether it is an index. */
  targetFile?: string;
}

export const EXTENSION = JS_EXTENSION;

export function specifierFor(request: SpecifierRequest): string {
  const { original, targetKey } = request;
  const file = keyPath(targetKey);
  if (file === undefined) return targetKey.slice('pkg:'.length);
  // A target the manifest spells bare (`new-pkg`, `@/lib/x`) is written that way, never as the path a
  // tsconfig `paths` entry resolves it to: always for an exact (star-less) entry, else where the original was bare too (not a baseUrl path).
  const bare = !isRelativeSpecifier(request.targetModule) && !request.targetModule.startsWith('/');
  // A package.json `imports` spelling (`#lib/x`) is written through those entries (aliasSpecifier).
  const originalBare = !isRelativeSpecifier(original) && request.baseUrl === undefined && !isSubpathImport(original);
  if (bare && (originalBare || isExactAlias(request.targetModule, request.aliases))) return request.targetModule;
  // A .cjs/.mjs target is never found without its extension (by Node or TypeScript), so it keeps it.
  const extension = /\.[cm]js$/.exec(request.targetModule)?.[0] ?? EXTENSION.exec(lastSegment(original))?.[0] ?? '';
  const aliased = aliasedPath(original, request);
  const targetIsIndex = isIndexTarget(request, aliased);
  // An alias whose target adds the extension (`"lib/*": ["./src/*.ts"]`) names a file, never a folder:
  // an index target is reached only as `lib/x/index`, as through a specifier with an extension.
  const named = extension !== '' || EXTENSION.test(aliased ?? '');
  const keepIndex = named ? targetIsIndex : targetIsIndex && INDEX.test(original);
  const target = (file === '.' ? (keepIndex || extension ? 'index' : '.') : keepIndex ? `${file}/index` : file) + extension;

  if (isRelativeSpecifier(original)) return relativeSpecifier(request.importer, target);
  if (original.startsWith('/')) return '/' + target;
  if (request.baseUrl !== undefined) {
    const fromBase = path.posix.relative(request.baseUrl === '.' ? '' : request.baseUrl, target);
    if (fromBase !== '' && !fromBase.startsWith('../') && !isRelativeSpecifier(fromBase)) return fromBase;
  }
  return aliasSpecifier(target, original, request.aliases, request.importer) ?? relativeSpecifier(request.importer, target + (extension === '' ? subpathImportExtension(request) : ''));
}

/**
 * Whether the target module is its folder's index: as the manifest spells it (`./src/lib/index.ts`),
 * else as its repository file is (`./src/i18n/locales` is `locales/index.ts`), else, for a target
 * spelled as neither a file nor an index and not in the repository, as the original spelled the module
 * it replaces (`../locales/index.js`): a folder moving whole (a module below it too) keeps its layout.
 */
function isIndexTarget(request: SpecifierRequest, aliased: string | undefined): boolean {
  if (INDEX.test(request.targetModule)) return true;
  if (request.targetFile !== undefined) return /^index\./.test(request.targetFile.slice(request.targetFile.lastIndexOf('/') + 1));
  if (EXTENSION.test(request.targetModule)) return false;
  return INDEX.test(request.original) || INDEX.test(aliased ?? '');
}

/**
 * The extension a relative specifier needs in place of a package.json `imports` spelling without one
 * (`#log` for `"./src/log.js"`, `#models/user` for `"./app/models/*.js"`): the entry's target had
 * it, and Node finds a relative ESM file only by its full name.
 */
function subpathImportExtension(request: SpecifierRequest): string {
  const alias = findAlias(request.original, request.aliases, request.importer)?.alias;
  return alias?.scope !== undefined ? (EXTENSION.exec(alias.targets[0] ?? '')?.[0] ?? '') : '';
}

/** A package.json `imports` specifier (Node's subpath imports: `#models/user`). */
function isSubpathImport(specifier: string): boolean {
  return specifier.startsWith('#');
}

function isExactAlias(specifier: string, aliases: readonly JsAlias[]): boolean {
  return aliases.some((a) => a.pattern === specifier && !a.pattern.includes('*'));
}

function lastSegment(specifier: string): string {
  return specifier.slice(specifier.lastIndexOf('/') + 1);
}

/** `./x` or `../x` from the importing file's directory to a repo-relative path. */
export function relativeSpecifier(importer: string, target: string): string {
  const rel = path.posix.relative(path.posix.dirname(importer), target === '.' ? '' : target);
  if (rel === '') return '.';
  return rel.startsWith('../') || rel === '..' ? rel : `./${rel}`;
}

/**
 * The alias spelling of a repo-relative path: the alias the original used if it covers the
 * target, else the most specific alias that does, among those the importing file sees
 * (aliasesSeenBy); undefined when no alias covers it.
 */
export function aliasSpecifier(target: string, original: string, aliases: readonly JsAlias[], importer = '.'): string | undefined {
  const preferred = findAlias(original, aliases, importer)?.alias;
  // A retired alias is what the rewrite takes references off. A `#…` spelling is Node's own and
  // stays one (a tsconfig alias would not load at run time); a tsconfig one prefers its kind.
  const subpath = isSubpathImport(original);
  const ordered = aliasesSeenBy(aliases, importer)
    .filter((a) => !a.retired && (!subpath || a.scope !== undefined))
    .sort((a, b) => (a === preferred ? -1 : b === preferred ? 1 : Number(a.scope !== undefined) - Number(b.scope !== undefined) || prefixLength(b) - prefixLength(a)));
  for (const alias of ordered) {
    for (const pattern of alias.targets) {
      const spelled = spellThrough(alias.pattern, pattern, target);
      if (spelled !== undefined) return spelled;
    }
  }
  return undefined;
}

function prefixLength(alias: JsAlias): number {
  const star = alias.pattern.indexOf('*');
  return star < 0 ? alias.pattern.length + 1 : star;
}

function spellThrough(aliasPattern: string, targetPattern: string, target: string): string | undefined {
  const normalised = path.posix.normalize(targetPattern).replace(/^\.\//, '');
  const star = normalised.indexOf('*');
  if (star < 0 || aliasPattern.indexOf('*') < 0) {
    return normalised.replace(EXTENSION, '') === target.replace(EXTENSION, '') && !EXTENSION.test(target) ? aliasPattern : undefined;
  }
  const prefix = normalised.slice(0, star);
  // A target pattern may end with the file's extension (`"#models/*": "./app/models/*.js"`): a
  // target spelled without one is written through it without one (`#models/user`).
  const suffix = EXTENSION.test(target) ? normalised.slice(star + 1) : normalised.slice(star + 1).replace(EXTENSION, '');
  if (!target.startsWith(prefix) || !target.endsWith(suffix) || target.length < prefix.length + suffix.length) return undefined;
  const capture = target.slice(prefix.length, target.length - suffix.length);
  if (capture === '') return undefined;
  return aliasPattern.replace('*', capture);
}
