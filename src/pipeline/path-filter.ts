// Ordered glob lists with `!` negation, used for --include/--exclude and the manifest's `exclude`.
// Used by discover (which files to visit) and process-file (which files are only counted).
// picomatch is required only when there is a glob to compile: most runs have none.
import type picomatchType from 'picomatch';

/** Decides membership of a repo-relative path; `undefined` when no pattern matched at all. */
export type PathFilter = (path: string) => boolean | undefined;

interface CompiledPattern {
  negated: boolean;
  match: (path: string) => boolean;
}

/**
 * Compiles globs (repo-relative, `/` separators). The last matching pattern wins, like .gitignore:
 * `!pattern` takes a path back out. A pattern without `/` matches a path's basename anywhere,
 * and every pattern also matches everything under a directory it names (`vendor` → `vendor/**`).
 */
export function createPathFilter(patterns: readonly string[]): PathFilter {
  const globs = patterns.filter((p) => p.trim() !== '' && p !== '!');
  if (globs.length === 0) return () => undefined;
  const picomatch = require('picomatch') as typeof picomatchType;
  const compiled: CompiledPattern[] = globs.map((raw) => {
    const negated = raw.startsWith('!');
    const glob = (negated ? raw.slice(1) : raw).replace(/^\.\//, '').replace(/\/+$/, '');
    const options = { dot: true, basename: !glob.includes('/') };
    const whole = picomatch(glob, options);
    const under = picomatch(`${glob}/**`, { dot: true });
    const basenameDir = !glob.includes('/') ? picomatch(`**/${glob}/**`, { dot: true }) : undefined;
    return { negated, match: (p: string) => whole(p) || under(p) || (basenameDir?.(p) ?? false) };
  });
  return (path: string) => {
    let verdict: boolean | undefined;
    for (const pattern of compiled) {
      if (pattern.match(path)) verdict = !pattern.negated;
    }
    return verdict;
  };
}

/**
 * --include semantics: with no positive pattern every path is in; otherwise a path is in when
 * the last matching pattern is positive. Negations alone only take paths out.
 */
export function createIncludeFilter(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => true;
  const filter = createPathFilter(patterns);
  const hasPositive = patterns.some((p) => !p.startsWith('!'));
  return (path) => filter(path) ?? !hasPositive;
}

/** --exclude / manifest `exclude` semantics: out only when the last matching pattern is positive. */
export function createExcludeFilter(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const filter = createPathFilter(patterns);
  return (path) => filter(path) === true;
}
