// Where a path really is, and whether it lies inside a root: the two questions the walk, the plan's
// readers, the module reader and the root choice each asked with a copy of their own.
import fs from 'node:fs';
import path from 'node:path';

/** The real path (symlinks resolved), or undefined when it does not exist or cannot be read. */
export function realPathOf(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** `absolute` relative to `root` with `/` separators ('' for the root itself), or undefined outside it. */
export function relativeInside(root: string, absolute: string): string | undefined {
  const rel = path.relative(root, absolute);
  if (rel === '') return '';
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}
