// Turns a tsconfig's `files`, `include` and `exclude` into regular expression sources over
// repo-relative paths, by tsc's rules: `*` and `?` within a segment, `**/` any directories, an
// include whose last segment has no `.`, `*` or `?` a directory (everything below it), an exclude
// covering what is below it. Used by manifest/tsconfig.ts for the projects `references` reach. Pure.
import { escapeRegExp } from '../rewrite/escape-regexp';
import type { TsProject } from '../types';

/** A tsconfig's file lists, each already made repo-relative (`scripts/**\/*.ts`); undefined where it sets none. */
export interface TsconfigFileLists {
  files?: string[];
  include?: string[];
  exclude?: string[];
}

/** What a project holds (TsProject.includes / excludes); `include` defaults to everything below `dir` unless `files` is set. */
export function projectFileSet(lists: TsconfigFileLists, dir: string): Pick<TsProject, 'includes' | 'excludes'> {
  const include = lists.include ?? (lists.files === undefined ? [dir === '' ? '**/*' : `${dir}/**/*`] : []);
  const sources = [...(lists.files ?? []).map(escapeRegExp), ...include.map((p) => globSource(implicitGlob(p)))];
  const includes = sources.length === 0 ? '(?!)' : sources.map((s) => `^${s}$`).join('|');
  const exclude = lists.exclude ?? [];
  return exclude.length === 0 ? { includes } : { includes, excludes: exclude.map((p) => `^${globSource(p)}(?:/.*)?$`).join('|') };
}

/** tsc reads an include whose last segment has no `.`, `*` or `?` as a directory: `src` → `src/**\/*`. */
function implicitGlob(pattern: string): string {
  const last = pattern.slice(pattern.lastIndexOf('/') + 1);
  if (/[.*?]/.test(last)) return pattern;
  return pattern === '' ? '**/*' : `${pattern}/**/*`;
}

function globSource(pattern: string): string {
  const segments = pattern.split('/');
  return segments
    .map((segment, i) => {
      const last = i === segments.length - 1;
      if (segment === '**') return last ? '.*' : '(?:[^/]+/)*';
      return [...segment].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : escapeRegExp(c))).join('') + (last ? '' : '/');
    })
    .join('');
}
