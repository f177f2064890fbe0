// One walk of a directory tree for the readers that list what lies below a module: a JS directory
// module's submodules (javascript-subtrees.ts), a moved Python package's submodules
// (carried-moves.ts), and what prune would leave in a package's directory (prune/find-prunable.ts).
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
