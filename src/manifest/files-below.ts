// One walk of a directory tree for the readers that list what lies below a module: a JS directory
// module's submodules (javascript-subtrees.ts), a moved Python package's submodules
// (submodulesBelow, for carried-moves.ts and python-relocated.ts), and what prune would leave in a
// package's directory (prune/find-prunable.ts); and the plain stat questions those readers ask.
import fs from 'node:fs';
import path from 'node:path';

export interface EntryBelow {
  /** Path relative to the walked directory, with `/` separators. */
  rel: string;
  /** A regular file (not a symlink, socket or the like, nor a directory that could not be read). */
  isFile: boolean;
}

/**
 * Every entry below `dir` that is not a directory, sorted by path; directories for which `skip`
 * says yes are not entered, and one below `dir` that cannot be read is an entry itself (not a file):
 * what it holds is unknown.
 */
export function entriesBelow(dir: string, skip: (directoryName: string) => boolean): EntryBelow[] {
  const out: EntryBelow[] = [];
  const walk = (at: string, prefix: string) => {
    let listing: fs.Dirent[];
    try {
      listing = fs.readdirSync(at, { withFileTypes: true });
    } catch {
      if (prefix !== '') out.push({ rel: prefix.slice(0, -1), isFile: false });
      return;
    }
    for (const entry of listing) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!skip(entry.name)) walk(path.join(at, entry.name), `${rel}/`);
      } else out.push({ rel, isFile: entry.isFile() });
    }
  };
  walk(dir, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** The dotted paths of the modules below a package directory (`kept`, `sub`, `sub.deep`), sorted. */
export function submodulesBelow(packageDir: string): string[] {
  const found: string[] = [];
  for (const { rel, isFile } of entriesBelow(packageDir, () => false)) {
    if (!isFile || !rel.endsWith('.py')) continue;
    // `sub/__init__.py` is the package `sub`; every part must be importable (a regular or namespace package).
    const parts = rel.slice(0, -3).split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    if (parts.length > 0 && parts.every((p) => IDENTIFIER.test(p))) found.push(parts.join('.'));
  }
  return found.sort();
}

/** Whether `abs` is a regular file (false when it does not exist). */
export const isFileAt = (abs: string): boolean => fs.statSync(abs, { throwIfNoEntry: false })?.isFile() ?? false;

/** Whether `abs` is a directory (false when it does not exist). */
export const isDirectoryAt = (abs: string): boolean => fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * The first root's directory for a dotted module (the namespace portion an import reaches first),
 * repo-relative: where a namespace package (no `__init__.py`) lies, or a regular package.
 */
export function pythonPackageDirectory(module: string, roots: readonly string[], root: string): string | undefined {
  for (const r of roots) {
    const rel = path.posix.normalize(path.posix.join(r.split(path.sep).join('/'), ...module.split('.')));
    if (isDirectoryAt(path.join(root, rel))) return rel;
  }
  return undefined;
}
