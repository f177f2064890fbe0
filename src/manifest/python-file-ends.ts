// A Python move's end written as the module's file (`./pkg/util.py`, `./src/pkg/util/__init__.py`)
// instead of its dotted path: the module it is below the roots, and the file, which is what tells a
// module from its package's `__init__.py`. The twin of a JS end written `./src/util.ts`. Pure.
import path from 'node:path';
import { manifestError } from '../errors';

export interface PythonEnd {
  module: string;
  symbol?: string;
  /** Repo-relative file, when the end was written as one. */
  file?: string;
}

/** What a Python move onto its own module may have meant: turning the module into a package, or back. */
export function packageHint(module: string, root = '.'): string {
  if (module.includes(':') || module.startsWith('./')) return '';
  const file = path.posix.join(root, module.replace(/\./g, '/'));
  return ` (to turn the module into a package or back, write its files: "./${file}.py" → "./${file}/__init__.py")`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `text` as the manifest wrote it; `roots` normalised (`.` for the root); `where` names the entry for messages. */
export function pythonEndOf(text: string, roots: readonly string[], where: string): PythonEnd {
  const colon = text.lastIndexOf(':');
  const [written, symbol] = colon > 0 ? [text.slice(0, colon), text.slice(colon + 1)] : [text, undefined];
  const withSymbol = (end: PythonEnd): PythonEnd => (symbol === undefined ? end : { ...end, symbol });
  if (!written.startsWith('./')) return withSymbol({ module: written });
  const file = path.posix.normalize(written.slice(2));
  const root = [...roots].sort((a, b) => b.length - a.length).find((r) => r === '.' || file.startsWith(`${r}/`));
  const below = root === undefined ? undefined : root === '.' ? file : file.slice(root.length + 1);
  const parts = below?.replace(/\.pyi?$/, '').replace(/(^|\/)__init__$/, '').split('/');
  if (below === undefined || parts === undefined || parts.length === 0 || !parts.every((p) => IDENTIFIER.test(p))) {
    throw manifestError(`${where}: ${written} is no module file below the roots (${roots.join(', ')}); write a .py file inside one of python.roots, or the module's dotted path.`);
  }
  return withSymbol({ module: parts.join('.'), file });
}
