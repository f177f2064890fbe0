// Refuses paths that point outside the repository root: the manifest's tsconfig, python roots and
// exclude globs, and --include/--exclude globs on the command line. A run only ever reads and writes
// inside its root, so such a path is a mistake (or an attack) and stops the run with exit 2.
import path from 'node:path';
import { safetyError } from '../errors';
import type { Manifest } from './manifest';

/** Why a repo-relative path or glob escapes the root, or undefined when it stays inside. */
export function rootEscape(text: string, root: string): string | undefined {
  if (path.isAbsolute(text) || /^[a-zA-Z]:[\\/]/.test(text)) {
    const rel = path.relative(root, path.resolve(text));
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return 'it is an absolute path outside the root';
    return undefined;
  }
  if (text.split(/[\\/]/).includes('..')) return 'it climbs out with ".."';
  return undefined;
}

/** Throws a safety error naming the first manifest entry that escapes the root. */
export function refuseManifestEscapes(manifest: Manifest, file: string, root: string): void {
  const entries: Array<[string, string]> = [];
  (manifest.exclude ?? []).forEach((g, i) => entries.push([`$.exclude[${i}]`, g]));
  (manifest.python?.roots ?? []).forEach((r, i) => entries.push([`$.python.roots[${i}]`, r]));
  (manifest.python?.exclude ?? []).forEach((g, i) => entries.push([`$.python.exclude[${i}]`, g]));
  if (manifest.javascript?.tsconfig !== undefined) entries.push(['$.javascript.tsconfig', manifest.javascript.tsconfig]);
  (manifest.javascript?.exclude ?? []).forEach((g, i) => entries.push([`$.javascript.exclude[${i}]`, g]));
  for (const [at, value] of entries) {
    const why = rootEscape(value, root);
    if (why) throw safetyError(`${file}: ${at} "${value}" points outside the repository root (${why}); use a path inside ${root}.`);
  }
}

/** Throws a usage-level safety error for a command-line glob that escapes the root. */
export function refuseGlobEscapes(flag: string, globs: readonly string[], root: string): void {
  for (const glob of globs) {
    const why = rootEscape(glob.replace(/^!/, ''), root);
    if (why) throw safetyError(`${flag} "${glob}" points outside the repository root (${why}); globs match repo-relative paths.`);
  }
}
