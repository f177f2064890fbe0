// Files of languages ssot-codemod does not rewrite but whose imports can name a legacy module:
// Cython (`.pyx`, `.pxd`, `.pxi`: `from pkg.legacy import X`, `cimport`), MDX and Astro (ES
// imports in a markup file). Such a file is read and prefiltered like its language's files; one
// that names a legacy module is reported (skipped, namesLegacy, with what to do) instead of never
// being seen, so a move never leaves it broken without a word, and prune keeps what it imports.
import path from 'node:path';
import type { LanguageRewriter } from '../rewrite/language';
import type { Language } from '../types';

const REPORT_ONLY: Record<string, { language: Language; what: string }> = {
  '.pyx': { language: 'python', what: 'a Cython file' },
  '.pxd': { language: 'python', what: 'a Cython declaration file' },
  '.pxi': { language: 'python', what: 'a Cython include file' },
  '.mdx': { language: 'javascript', what: 'an MDX document' },
  '.astro': { language: 'javascript', what: 'an Astro component' },
};

/** The extensions discovery lists: the rewriters' own and the report-only ones of their languages. */
export function discoveredExtensions(rewriters: readonly LanguageRewriter[]): string[] {
  const languages = new Set(rewriters.map((r) => r.language));
  const reportOnly = Object.entries(REPORT_ONLY).filter(([, v]) => languages.has(v.language)).map(([ext]) => ext);
  return [...new Set([...rewriters.flatMap((r) => r.extensions), ...reportOnly])];
}

/** The language whose legacy names a report-only file is searched for, and the skip's detail when it names one. */
export function reportOnlyKind(relPath: string): { language: Language; detail: string } | undefined {
  const kind = REPORT_ONLY[path.posix.extname(relPath)];
  return kind && { language: kind.language, detail: `${kind.what}, which ssot-codemod does not read, yet it names a legacy module: rewrite its imports by hand` };
}
