// Scans one Python string literal (any prefix, single or triple quoted) from its opening quote,
// including f-strings with PEP 701 (3.12) nesting: replacement fields are scanned as expressions,
// so nested strings of any quote, nested f-strings, `!r` conversions and `:spec` fields are handled.
import { PythonSyntaxProblem } from './syntax-problem';

const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const LBRACE = 123;
const RBRACE = 125;

export interface StringFlags {
  raw: boolean;
  f: boolean;
}

/** Returns the offset just past the closing quote of the string whose opening quote is at `pos`. */
export function scanString(text: string, pos: number, flags: StringFlags): number {
  const q = text.charCodeAt(pos);
  const triple = text.charCodeAt(pos + 1) === q && text.charCodeAt(pos + 2) === q;
  const start = pos;
  let i = pos + (triple ? 3 : 1);
  const n = text.length;
  for (;;) {
    if (i >= n) throw unterminated(start, triple);
    const c = text.charCodeAt(i);
    if (c === q) {
      if (!triple) return i + 1;
      if (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) return i + 3;
      i++;
    } else if (c === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      if (flags.f && (next === LBRACE || next === RBRACE)) {
        i++; // `\{` is a backslash then a replacement field: braces are never escaped by `\`
      } else if (flags.f && !flags.raw && next === 78 /* N */ && text.charCodeAt(i + 2) === LBRACE) {
        const close = text.indexOf('}', i + 3);
        if (close < 0) throw unterminated(start, triple);
        i = close + 1;
      } else {
        i += text.charCodeAt(i + 1) === CR && text.charCodeAt(i + 2) === LF ? 3 : 2;
      }
    } else if ((c === LF || c === CR) && !triple) {
      throw unterminated(start, triple);
    } else if (flags.f && c === LBRACE) {
      if (text.charCodeAt(i + 1) === LBRACE) i += 2;
      else i = scanReplacementField(text, i + 1, start, triple);
    } else if (flags.f && c === RBRACE) {
      if (text.charCodeAt(i + 1) === RBRACE) i += 2;
      else throw new PythonSyntaxProblem("f-string: single '}' is not allowed", i);
    } else {
      i++;
    }
  }
}

function unterminated(start: number, triple: boolean): PythonSyntaxProblem {
  return new PythonSyntaxProblem(triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal', start);
}

/** Scans an f-string replacement field's expression from just after `{`; returns the offset after its `}`. */
function scanReplacementField(text: string, pos: number, stringStart: number, triple: boolean): number {
  let depth = 0;
  let i = pos;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34) {
      i = scanString(text, i, { raw: false, f: false });
    } else if (isPrefixStart(c) && !isIdentChar(text.charCodeAt(i - 1))) {
      const p = stringPrefixAt(text, i);
      if (p) i = scanString(text, i + p.length, p.flags);
      else i = skipIdent(text, i);
    } else if (c === 40 || c === 91 || c === LBRACE) {
      depth++;
      i++;
    } else if (c === 41 || c === 93) {
      depth--;
      i++;
    } else if (c === RBRACE) {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else if (depth === 0 && c === 33 /* ! */ && text.charCodeAt(i + 1) !== 61) {
      i++; // conversion: !r / !s / !a, then `:` spec or `}`
    } else if (depth === 0 && c === 58 /* : */) {
      return scanFormatSpec(text, i + 1, stringStart, triple);
    } else if (c === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
    } else {
      i++;
    }
  }
  throw unterminated(stringStart, triple);
}

/** Format spec after `:`: literal text with nested `{...}` fields; ends at the field's `}`. */
function scanFormatSpec(text: string, pos: number, stringStart: number, triple: boolean): number {
  let i = pos;
  const n = text.length;
  const q = text.charCodeAt(stringStart);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === RBRACE) return i + 1;
    if (c === LBRACE) i = scanReplacementField(text, i + 1, stringStart, triple);
    else if (c === BACKSLASH) i += text.charCodeAt(i + 1) === LBRACE || text.charCodeAt(i + 1) === RBRACE ? 1 : 2;
    // The spec is literal text: the string's closing quote ends the string, inside the field.
    else if (c === q && (!triple || (text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q))) throw unterminated(stringStart, triple);
    else i++;
  }
  throw unterminated(stringStart, triple);
}

/** A whole string literal's prefix length, quote length (1 or 3) and the text between its quotes. */
export function stringLiteralParts(raw: string): { prefix: number; quote: number; body: string } {
  const prefix = /^[A-Za-z]*/.exec(raw)![0].length;
  const q = raw[prefix];
  const quote = raw.startsWith(q.repeat(3), prefix) && raw.length >= prefix + 6 ? 3 : 1;
  return { prefix, quote, body: raw.slice(prefix + quote, raw.length - quote) };
}

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128;
}

function skipIdent(text: string, i: number): number {
  while (i < text.length && isIdentChar(text.charCodeAt(i))) i++;
  return i;
}

function isPrefixStart(c: number): boolean {
  // r R b B u U f F
  return c === 114 || c === 82 || c === 98 || c === 66 || c === 117 || c === 85 || c === 102 || c === 70;
}

/** When a string prefix (r, b, u, f, rb, br, fr, rf in any case) followed by a quote starts at `i`. */
export function stringPrefixAt(text: string, i: number): { length: number; flags: StringFlags; bytes: boolean } | undefined {
  let j = i;
  while (j < i + 3 && j < text.length && isIdentChar(text.charCodeAt(j))) j++;
  const q = text.charCodeAt(j);
  if (q !== 39 && q !== 34) return undefined;
  const prefix = text.slice(i, j).toLowerCase();
  if (!['r', 'b', 'u', 'f', 'rb', 'br', 'fr', 'rf'].includes(prefix)) return undefined;
  return { length: j - i, flags: { raw: prefix.includes('r'), f: prefix.includes('f') }, bytes: prefix.includes('b') };
}
