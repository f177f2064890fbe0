// Files loaded by pattern: Vite's `import.meta.glob('./pages/*.tsx')` and webpack's
// `require.context('./pages', true, /\.tsx$/)`. A moved file that such a pattern loaded and whose
// new place it does not match (or the reverse: a file the move brings under it) changes what the
// code loads though no specifier names it. Only a human can say whether to widen the pattern, so it
// is a manual finding. (A pattern that names one file exactly is a `url` site of form glob, which
// follows the file like a URL does: references.ts.)
import path from 'node:path';
import type picomatchType from 'picomatch';
import { keyOf, replaceLiteral, report, type RewriteContext } from './context';
import { followMovedFolders, patternFolder } from './glob-moved-folders';
import { isRelativeSpecifier, JS_EXTENSIONS, keyPath } from './module-key';
import type { Move } from '../../types';
import type { DirectoryContext, ReferenceSite } from './references';

type GlobSite = Extract<ReferenceSite, { kind: 'glob' }>;
/** Whether a repo-relative file path is among the files the site loads. */
type Loads = (file: string) => boolean;

/** Reports each move whose file the pattern loads before or after but not both; returns whether it reported one. */
export function reportGlob(context: RewriteContext, site: GlobSite): boolean {
  const { patterns, rebased } = rebasePatterns(context, site);
  // A pattern below a folder that moves whole follows it (glob-moved-folders.ts): what it loads is read before and after.
  const followed = followMovedFolders(context, site, patterns, rebased);
  const found = filesLoaded(context, site, patterns);
  const now = followed.patterns.every((p, i) => p === patterns[i]) ? found : filesLoaded(context, site, followed.patterns);
  if (!found || !now) return followed.reported;
  let reported = followed.reported;
  const { loads, exact } = found;
  const call = site.context ? 'require.context' : 'import.meta.glob';
  for (const move of context.plan.moves) {
    if (move.from.symbol || move.to.symbol) continue;
    const before = filesOf(move.from.module, move.fromKey);
    const after = filesOf(move.to.module, move.toKey);
    if (before.length === 0 || after.length === 0) continue;
    const loadedBefore = before.some(loads);
    // A pattern naming the file itself follows it (a `url` site): loaded before and after.
    if (loadedBefore === after.some(now.loads) || before.some((f) => exact.includes(f))) continue;
    // A pattern written in the folder a whole folder moved to loads the folder's files on purpose:
    // what this codemod writes for them (glob-moved-folders.ts), or what a migrated tree reads.
    if (!loadedBefore && followsFolder(context, site, followed.patterns, move, before)) continue;
    // Without its extension in the manifest, the file is one of several a pattern may or may not match.
    const loadsBefore = before.length === 1 ? 'loads' : 'may load';
    const loadsAfter = after.length === 1 ? 'will also load' : 'may also load';
    const reason = loadedBefore
      ? `${call} ${loadsBefore} ${move.from.module}, which moves to ${move.to.module}, outside its pattern: widen the pattern or load the file by hand`
      : `${call} ${loadsAfter} ${move.to.module}, which the move brings under its pattern: check that it should, by hand`;
    report(context, { node: site.node, move, form: 'glob', kind: 'manual', reason });
    reported = true;
  }
  return reported;
}

/**
 * Whether the patterns, written in the folder a whole folder moved to, are the ones that loaded the
 * folder's files from its old place: read back there (`./new/*\/index.ts` as `./old/*\/index.ts`),
 * they load the moved files. What this codemod writes for such a pattern, or what a migrated tree reads.
 */
function followsFolder(context: RewriteContext, site: GlobSite, patterns: readonly string[], move: Move, before: readonly string[]): boolean {
  const from = keyPath(move.fromKey);
  const to = keyPath(move.toKey);
  if (from === undefined || to === undefined || from === '.' || to === '.') return false;
  const picomatch = require('picomatch') as typeof picomatchType;
  const back = patterns.map((written) => {
    const { negated, pattern, head } = patternFolder(site, written, picomatch);
    const folder = head === undefined || head === '' || head.startsWith('/') ? undefined : directoryOf(context, head);
    if (folder === undefined || (folder !== to && !folder.startsWith(`${to}/`))) return written;
    const relative = path.posix.relative(path.posix.dirname(context.path), from + folder.slice(to.length));
    return `${negated ? '!' : ''}${relative.startsWith('../') ? relative : `./${relative}`}${pattern.slice(head!.length)}`;
  });
  if (back.every((p, i) => p === patterns[i])) return false;
  const found = filesLoaded(context, site, back);
  return found !== undefined && before.some(found.loads);
}

/** What the site loads, read from its patterns (or require.context's folder). */
function filesLoaded(context: RewriteContext, site: GlobSite, patterns: readonly string[]): SiteFiles | undefined {
  return site.context ? contextLoads(context, patterns[0], site.context) : globLoads(context, patterns);
}

/**
 * A moved file's patterns written from its old place (JavascriptPlan.relocatedPatterns) are
 * rewritten from its new one; the patterns as they will read, for the check above, and which were.
 */
function rebasePatterns(context: RewriteContext, site: GlobSite): { patterns: string[]; rebased: Set<number> } {
  const carried = context.plan.relocatedPatterns?.[context.path];
  const rebasedAt = new Set<number>();
  if (!carried) return { patterns: site.patterns, rebased: rebasedAt };
  const patterns = site.patterns.map((pattern, i) => {
    const rebased = carried.find((c) => c.from === pattern);
    const move = rebased && context.plan.moves.find((m) => m.id === rebased.move);
    if (!rebased || !move) return pattern;
    replaceLiteral(context, site.literals[i], rebased.to);
    report(context, { node: site.literals[i], move, form: 'glob', kind: 'rewritten' });
    rebasedAt.add(i);
    return rebased.to;
  });
  return { patterns, rebased: rebasedAt };
}

/**
 * The files a module of the manifest may be: the file itself when written with its extension,
 * else each source extension, its index, or a file below it (a moved directory takes its files along).
 */
function filesOf(written: string, key: string): string[] {
  const file = keyPath(key);
  if (file === undefined) return [];
  if (isRelativeSpecifier(written) && /\.[^./]+$/.test(written)) return [path.posix.normalize(written)];
  return JS_EXTENSIONS.flatMap((e) => [`${file}${e}`, `${file}/index${e}`, `${file}/ssot-codemod-any-file${e}`]);
}

/** What a site loads, and the files its patterns name exactly (repo-relative). */
interface SiteFiles {
  loads: Loads;
  exact: string[];
}

/** import.meta.glob's patterns (`!` ones exclude) read from the importing file, through the plan's aliases. */
function globLoads(context: RewriteContext, patterns: readonly string[]): SiteFiles | undefined {
  const picomatch = require('picomatch') as typeof picomatchType;
  const include: Loads[] = [];
  const exclude: Loads[] = [];
  const exact: string[] = [];
  for (const written of patterns) {
    const negated = written.startsWith('!');
    const pattern = negated ? written.slice(1) : written;
    const matcher = patternMatcher(context, pattern, picomatch);
    if (!matcher) return undefined;
    (negated ? exclude : include).push(matcher.loads);
    if (!negated && matcher.file !== undefined) exact.push(matcher.file);
  }
  return { loads: (file) => include.some((m) => m(file)) && !exclude.some((m) => m(file)), exact };
}

function patternMatcher(context: RewriteContext, pattern: string, picomatch: typeof picomatchType): { loads: Loads; file?: string } | undefined {
  if (pattern.startsWith('/')) {
    // From the project's root, which is the root of the repository or a folder above this file.
    const match = picomatch(pattern.slice(1));
    const roots = ancestorsOf(context.path);
    return { loads: (file) => roots.some((root) => (root === '' || file.startsWith(`${root}/`)) && match(root === '' ? file : file.slice(root.length + 1))) };
  }
  const scan = picomatch.scan(pattern);
  const head = scan.isGlob ? scan.prefix + scan.base : path.posix.dirname(pattern);
  // Vite reads a pattern from `./`, `../` or an alias; a bare one names nothing here.
  const directory = head === '' ? undefined : directoryOf(context, head);
  if (directory === undefined) return undefined;
  const tail = scan.isGlob ? scan.glob : path.posix.basename(pattern);
  const resolved = path.posix.normalize(directory === '' ? tail : `${directory}/${tail}`);
  if (resolved.startsWith('../')) return undefined;
  return scan.isGlob ? { loads: picomatch(resolved) } : { loads: (file) => file === resolved, file: resolved };
}

/** require.context: the files below the directory (or directly in it), by their `./`-relative path. */
function contextLoads(context: RewriteContext, written: string, options: DirectoryContext): SiteFiles | undefined {
  const directory = directoryOf(context, written);
  if (directory === undefined) return undefined;
  let expression: RegExp;
  try {
    expression = new RegExp(options.regExp.pattern, options.regExp.flags.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
  const loads = (file: string) => {
    if (directory !== '' && !file.startsWith(`${directory}/`)) return false;
    const relative = directory === '' ? file : file.slice(directory.length + 1);
    return (options.recursive || !relative.includes('/')) && expression.test(`./${relative}`);
  };
  return { loads, exact: [] };
}

/** The repo-relative directory a relative or aliased directory specifier names ('' for the root). */
function directoryOf(context: RewriteContext, specifier: string): string | undefined {
  const trimmed = specifier.replace(/\/+$/, '');
  const file = keyPath(keyOf(context, `${trimmed === '' ? '.' : trimmed}/ssot-codemod-any-file`));
  if (file === undefined || file.startsWith('../')) return undefined;
  const directory = path.posix.dirname(file);
  return directory === '.' ? '' : directory;
}

/** The folders holding a file, innermost last ('' for the root). */
function ancestorsOf(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
}
