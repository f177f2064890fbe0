// Non-ASCII identifiers as CPython treats them: the tokenizer takes every character >= U+0080 as
// a possible identifier character, then refuses the name unless it is XID_Start XID_Continue*
// (verify_identifier); the parser NFKC-normalizes the name it binds. Used by tokenizer.ts and the parser.
import { PythonSyntaxProblem } from './syntax-problem';

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
/** What Py_UNICODE_ISPRINTABLE calls non-printable: other (C*) and separator (Z*) categories, except space. */
const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

/** Throws CPython's "invalid character" error unless text[start, end) is a valid identifier. Only called for names with non-ASCII characters. */
export function verifyIdentifier(text: string, start: number, end: number): void {
  let first = true;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (!(first ? XID_START : XID_CONTINUE).test(ch)) {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      const message = cp !== 32 && NON_PRINTABLE.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
      throw new PythonSyntaxProblem(message, i);
    }
    first = false;
    i += cp > 0xffff ? 2 : 1;
  }
}

/** The name CPython binds for the identifier text[start, end): NFKC-normalized when not ASCII. */
export function identifierName(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) >= 128) return raw.normalize('NFKC');
  return raw;
}
