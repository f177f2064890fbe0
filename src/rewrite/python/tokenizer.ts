// A linear-time Python tokenizer with exact offsets (3.8–3.13 syntax, PEP 701 f-strings): NAME,
// NUMBER, STRING, OP, COMMENT, NEWLINE vs NL, INDENT/DEDENT. It also enforces the line structure
// CPython's tokenizer and block grammar enforce (strings, brackets, indentation, `:` blocks).
import { PythonSyntaxProblem } from './syntax-problem';
import { verifyIdentifier } from './identifier';
import { scanNumber } from './number-literal';
import { isIdentChar, isIdentStart, scanString, stringPrefixAt } from './string-scanner';

export const enum Tok {
  Name = 1,
  Number = 2,
  String = 3,
  Op = 4,
  Comment = 5,
  Newline = 6,
  Nl = 7,
  Indent = 8,
  Dedent = 9,
  End = 10,
}

/** Parallel typed arrays (one entry per token, `count` used): cheap to build and walk for multi-megabyte files. */
export interface Tokens {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** For Op tokens: the first char code (`(`, `.`, `:`…; 1 for multi-char operators other than `...`);
   * for String: 1 when it is an f-string, 2 bytes, 0 otherwise; for Number: its NumberKind (int, float, imaginary). */
  code: Uint16Array;
  count: number;
}

const CLOSER: Record<number, number> = { 41: 40, 93: 91, 125: 123 };
/** CPython's tokenizer limits (MAXLEVEL, MAXINDENT): 200 open brackets, 99 indentation levels. */
const MAX_BRACKETS = 200;
const MAX_INDENTS = 100;

/** Growable token storage; a class so the hot `push` stays monomorphic and inlinable. */
export class TokenBuffer implements Tokens {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  code: Uint16Array;
  count = 0;

  constructor(capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.code = new Uint16Array(capacity);
  }

  push(kind: Tok, start: number, end: number, code = 0): void {
    const k = this.count;
    if (k === this.kind.length) this.grow();
    this.kind[k] = kind;
    this.start[k] = start;
    this.end[k] = end;
    this.code[k] = code;
    this.count = k + 1;
  }

  private grow(): void {
    const cap = this.kind.length * 2;
    const kind = new Uint8Array(cap);
    const start = new Int32Array(cap);
    const end = new Int32Array(cap);
    const code = new Uint16Array(cap);
    kind.set(this.kind);
    start.set(this.start);
    end.set(this.end);
    code.set(this.code);
    Object.assign(this, { kind, start, end, code });
  }
}

/**
 * What the scanners read past the end of the source instead of `NaN`: `charCodeAt` out of bounds
 * makes V8 throw away the optimized tokenizer (each such read site once, each time a 60 ms
 * recompile on a machine where compiling competes with the run). NUL matches none of their
 * character tests, as `NaN` does, and a scanner running to the padded end (an unterminated string
 * or field) throws the same error at the same offset: the verdicts do not change.
 */
const PAST_END = '\0\0\0\0';

export function tokenize(source: string): Tokens {
  // Real Python averages about 8 characters per token: room for 5 means a doubling only for dense code.
  const t = new TokenBuffer(Math.max(64, Math.ceil(source.length / 5)));
  const n = source.length;
  const text = source + PAST_END;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const indents = [0];
  const altIndents = [0];
  const brackets: number[] = []; // offsets of open brackets
  let atLineStart = true;
  let lineHasCode = false;
  let expectIndent = false;
  let lastCode = 0; // Op code of the last significant token on the logical line (58 = ':')

  while (i < n) {
    if (atLineStart && brackets.length === 0) {
      let col = 0;
      let alt = 0;
      const lineStart = i;
      // As CPython: a backslash inside the indentation continues it on the next line; the column
      // at the first backslash (when not 0) is the line's indentation.
      let cont = 0;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 32) (col++, alt++);
        else if (c === 9) (col = (Math.floor(col / 8) + 1) * 8, alt++);
        else if (c === 12) (col = 0, alt = 0);
        else if (c === 92 && isLineBreak(text, i + 1)) {
          cont = cont || col;
          const lineBreak = i + 1;
          i += text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10 ? 2 : 1;
          if (i + 1 >= n) throw new PythonSyntaxProblem('unexpected EOF while parsing', lineBreak);
        } else break;
      }
      if (cont) col = alt = cont;
      atLineStart = false;
      const c = text.charCodeAt(i);
      if (i >= n || c === 35 || c === 10 || c === 13) continue; // blank or comment-only line: no indentation
      const top = indents[indents.length - 1];
      if (col > top) {
        if (!expectIndent) throw new PythonSyntaxProblem('unexpected indent', i);
        if (alt <= altIndents[altIndents.length - 1]) throw new PythonSyntaxProblem('inconsistent use of tabs and spaces in indentation', i);
        if (indents.length >= MAX_INDENTS) throw new PythonSyntaxProblem('too many levels of indentation', i);
        indents.push(col);
        altIndents.push(alt);
        t.push(Tok.Indent, lineStart, i);
      } else {
        if (expectIndent) throw new PythonSyntaxProblem('expected an indented block', i);
        while (col < indents[indents.length - 1]) {
          indents.pop();
          altIndents.pop();
          t.push(Tok.Dedent, i, i);
        }
        if (col !== indents[indents.length - 1]) throw new PythonSyntaxProblem('unindent does not match any outer indentation level', i);
        if (alt !== altIndents[altIndents.length - 1]) throw new PythonSyntaxProblem('inconsistent use of tabs and spaces in indentation', i);
      }
      expectIndent = false;
    }
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12) {
      i++;
    } else if (c === 10 || c === 13) {
      const end = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      if (brackets.length === 0 && lineHasCode) {
        t.push(Tok.Newline, i, end);
        expectIndent = lastCode === 58;
        lineHasCode = false;
      } else t.push(Tok.Nl, i, end);
      if (brackets.length === 0) atLineStart = true;
      i = end;
    } else if (c === 35) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
      t.push(Tok.Comment, i, j);
      i = j;
    } else if (c === 92) {
      if (i + 1 >= n) throw new PythonSyntaxProblem('unexpected EOF while parsing', i);
      if (!isLineBreak(text, i + 1)) throw new PythonSyntaxProblem('unexpected character after line continuation character', i);
      const lineBreak = i + 1;
      i += text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
      // A continued line must continue: CPython refuses a backslash-newline at the end of the source.
      if (i >= n) throw new PythonSyntaxProblem('unexpected EOF while parsing', lineBreak);
    } else if (isIdentStart(c)) {
      const prefix = c < 128 ? stringPrefixAt(text, i) : undefined;
      if (prefix) {
        const end = scanString(text, i + prefix.length, prefix.flags);
        t.push(Tok.String, i, end, prefix.flags.f ? 1 : prefix.bytes ? 2 : 0);
        i = end;
      } else {
        let j = i + 1;
        let ascii = c < 128;
        for (let d = text.charCodeAt(j); j < n && isIdentChar(d); d = text.charCodeAt(++j)) if (d >= 128) ascii = false;
        if (!ascii) verifyIdentifier(text, i, j);
        t.push(Tok.Name, i, j);
        i = j;
      }
      lineHasCode = true;
      lastCode = 0;
    } else if ((c >= 48 && c <= 57) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      const number = scanNumber(text, i);
      t.push(Tok.Number, i, number.end, number.kind);
      i = number.end;
      lineHasCode = true;
      lastCode = 0;
    } else if (c === 39 || c === 34) {
      const end = scanString(text, i, { raw: false, f: false });
      t.push(Tok.String, i, end, 0);
      i = end;
      lineHasCode = true;
      lastCode = 0;
    } else if (c === 40 || c === 91 || c === 123) {
      if (brackets.length >= MAX_BRACKETS) throw new PythonSyntaxProblem('too many nested parentheses', i);
      brackets.push(i);
      t.push(Tok.Op, i, i + 1, c);
      i++;
      lineHasCode = true;
      lastCode = c;
    } else if (c === 41 || c === 93 || c === 125) {
      const open = brackets.pop();
      if (open === undefined) throw new PythonSyntaxProblem(`unmatched '${String.fromCharCode(c)}'`, i);
      if (text.charCodeAt(open) !== CLOSER[c]) {
        throw new PythonSyntaxProblem(`closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${text[open]}'`, i);
      }
      t.push(Tok.Op, i, i + 1, c);
      i++;
      lastCode = c;
    } else {
      const len = operatorLength(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2));
      if (len === 0) throw new PythonSyntaxProblem(`invalid character '${text[i]}' (U+${c.toString(16).toUpperCase().padStart(4, '0')})`, i);
      t.push(Tok.Op, i, i + len, len === 1 ? c : c === 46 ? 46 : 1);
      i += len;
      lineHasCode = true;
      lastCode = len === 1 ? c : 1;
    }
  }
  if (brackets.length > 0) {
    const open = brackets[brackets.length - 1];
    throw new PythonSyntaxProblem(`'${text[open]}' was never closed`, open);
  }
  if (lineHasCode) {
    t.push(Tok.Newline, n, n);
    expectIndent = lastCode === 58;
  }
  if (expectIndent) throw new PythonSyntaxProblem('expected an indented block', n);
  for (let k = 1; k < indents.length; k++) t.push(Tok.Dedent, n, n);
  t.push(Tok.End, n, n);
  return t;
}

/** Length of the operator starting with char codes a, b, c (0: not an operator). */
export function operatorLength(a: number, b: number, c: number): number {
  const eq = b === 61;
  switch (a) {
    case 46: // .
      return b === 46 && c === 46 ? 3 : 1;
    case 42: // *
    case 47: // /
      return b === a ? (c === 61 ? 3 : 2) : eq ? 2 : 1;
    case 60: // <
      return b === 60 ? (c === 61 ? 3 : 2) : eq || b === 62 ? 2 : 1;
    case 62: // >
      return b === 62 ? (c === 61 ? 3 : 2) : eq ? 2 : 1;
    case 45: // -
      return eq || b === 62 ? 2 : 1;
    case 58: // :
    case 61: // =
    case 43: // +
    case 37: // %
    case 38: // &
    case 124: // |
    case 94: // ^
    case 64: // @
      return eq ? 2 : 1;
    case 33: // ! (only in !=)
      return eq ? 2 : 0;
    case 126: // ~
    case 44: // ,
    case 59: // ;
      return 1;
    default:
      return 0;
  }
}

function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
