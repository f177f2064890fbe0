// PEP 263: a Python file may declare its encoding in a comment on its first or second line
// (`# -*- coding: latin-1 -*-`), and CPython then reads it in that encoding. The one the pipeline
// reads besides UTF-8 is Latin-1 (ISO 8859-1): every byte is one character and back, so the file is
// decoded, rewritten (edits are ASCII module paths and names) and encoded again byte for byte.
// Any other declared encoding keeps the file unread unless it is UTF-8 (process-file's guards).

/** CPython's tokenizer: the cookie on line 1, or on line 2 when line 1 is blank or a comment. */
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * CPython's names for Latin-1 (get_normal_name, then the codec registry's aliases), compared
 * lower-cased with `_` read as `-`; `latin-1-…`, `iso-8859-1-…` and `iso-latin-1-…` count too.
 */
const LATIN1_NAMES = new Set(['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso-latin-1', 'l1', 'cp819', '8859', 'latin', 'iso-ir-100', 'csisolatin1', 'ibm819']);
const LATIN1_PREFIXES = ['latin-1-', 'iso-8859-1-', 'iso-latin-1-'];

/** Whether the bytes declare Latin-1 as CPython reads a declaration; a UTF-8 BOM with it is CPython's error, so not Latin-1. */
export function declaresLatin1(bytes: Buffer): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  // Every Python file reaching a rewriter is asked: a byte search turns away those with no cookie before any string is made.
  const head = bytes.subarray(0, HEAD_BYTES);
  if (!head.includes('coding')) return false;
  const [first, second] = firstLines(head);
  const name = COOKIE.exec(first)?.[1] ?? (/^[ \t\f]*(?:#.*)?$/.test(first) ? COOKIE.exec(second)?.[1] : undefined);
  if (name === undefined) return false;
  const normal = name.toLowerCase().replace(/_/g, '-');
  return LATIN1_NAMES.has(normal) || LATIN1_PREFIXES.some((p) => normal.startsWith(p));
}

/** How far a declaration can lie: it is on one of the first two lines. */
const HEAD_BYTES = 512;

/** The first two lines of the head, as Latin-1 text. */
function firstLines(head: Buffer): [string, string] {
  const lines = head.toString('latin1').split(/\r\n|\r|\n/);
  return [lines[0] ?? '', lines[1] ?? ''];
}
