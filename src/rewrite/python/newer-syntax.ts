// Syntax the reader accepts (CPython 3.13's grammar) that an older CPython rejects, for a project whose
// manifest names its Python (`python.version`): PEP 701 f-strings and PEP 695 type parameters and
// aliases need 3.12, PEP 696 type parameter defaults 3.13. Read on the tokens of a file the reader
// has already accepted, so only the differences need checking. Used by the Python rewriter (index.ts)
// before it changes a file; the messages are CPython 3.11's where it has one.
import type { PythonVersion } from '../../types';
import { Kw, keywordOf } from './parse/token-view';
import { Tok, type Tokens } from './tokenizer';

export interface NewerSyntax {
  /** Offset of the construct. */
  offset: number;
  message: string;
}

/** The first construct of a file (already accepted by the reader) that `version` rejects, or undefined. */
export function newerSyntax(text: string, t: Tokens, version: PythonVersion): NewerSyntax | undefined {
  if (version === '3.13') return undefined;
  // One pass over the token kinds (a text search for the candidates measured slower on netra).
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.String) {
      if (version !== '3.11' || t.code[k] !== 1) continue;
      const problem = fstringProblem(text, t.start[k], t.end[k]);
      if (problem) return problem;
    } else if (kind === Tok.Name && mayIntroduceTypeParameters(text, t.start[k], t.end[k] - t.start[k])) {
      const problem = typeParameterProblem(text, t, k, version);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * `def` (3 letters), `type` (4) or `class` (5) by length and first letter: a file has hundreds of
 * names for each of these, and most are turned away here without a call to the keyword classifier.
 */
function mayIntroduceTypeParameters(text: string, start: number, length: number): boolean {
  const first = text.charCodeAt(start);
  return (length === 3 && first === 100) || (length === 4 && first === 116) || (length === 5 && first === 99);
}

const needs = (what: string, version: string) => `${what} need Python ${version} (the manifest's python.version is older)`;

/**
 * Python 3.11 reads an f-string as one ordinary string literal first (it ends at the first quote of
 * its own kind, a backslash escaping the next character; a single-quoted one at a line break), then
 * looks inside its replacement fields, whose expression part may hold neither a backslash nor a `#`
 * outside a string. 3.12 (PEP 701) tokenizes the fields as code, so any of those is fine there.
 */
export function fstringProblem(text: string, start: number, end: number): NewerSyntax | undefined {
  let i = start;
  while (text[i] !== "'" && text[i] !== '"') i++;
  const q = text[i];
  const closer = q + q + q;
  const triple = text.startsWith(closer, i) && end - i >= 6;
  const width = triple ? 3 : 1;
  const bodyStart = i + width;
  const bodyEnd = end - width;
  // Where 3.11's tokenizer ends this string.
  let j = bodyStart;
  while (j < bodyEnd) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (triple ? c === q && text.startsWith(closer, j) : c === q || c === '\n' || c === '\r') break;
    else j++;
  }
  if (j < bodyEnd) {
    const message = text[j] === q ? 'a quote of the string\'s own kind inside a replacement field' : 'a line break inside a replacement field of a single-quoted f-string';
    return { offset: j, message: needs(`f-strings with ${message}`, '3.12') };
  }
  return fieldsProblem(text, bodyStart, bodyEnd, 0);
}

/** Literal text from `i` (the body, or a format spec at `level` > 0 ending at its field's `}`); checks each field. */
function fieldsProblem(text: string, i: number, to: number, level: number): NewerSyntax | undefined {
  while (i < to) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '{' && text[i + 1] === '{' && level === 0) i += 2;
    else if (c === '{') {
      const field = expressionProblem(text, i + 1, to, level);
      if ('offset' in field) return field;
      i = field.next;
    } else if (c === '}' && level > 0) return undefined;
    else i++;
  }
  return undefined;
}

/** A replacement field's expression part from `i` (3.11's fstring_find_expr), then its format spec; `next` is past its `}`. */
function expressionProblem(text: string, i: number, to: number, level: number): NewerSyntax | { next: number } {
  let depth = 0;
  for (; i < to; i++) {
    const c = text[i];
    if (c === '\\') return { offset: i, message: needs('f-string expression parts with a backslash', '3.12') };
    if (c === "'" || c === '"') {
      // A string inside the expression, read as 3.11 reads it: to the first quote of its own kind.
      const width = text.startsWith(c.repeat(3), i) && i + 3 <= to ? 3 : 1;
      const close = nestedStringEnd(text, i + width, to, c, width);
      if (typeof close !== 'number') return close;
      if (/[fF]/.test(prefixBefore(text, i))) {
        const inner = fieldsProblem(text, i + width, close, 0);
        if (inner) return inner;
      }
      i = close + width - 1;
    } else if (c === '#') return { offset: i, message: needs("f-string expression parts with '#'", '3.12') };
    else if (c === '[' || c === '(' || c === '{') depth++;
    else if ((c === ']' || c === ')' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && c === '}') return { next: i + 1 };
    else if (depth === 0 && c === '!' && text[i + 1] !== '=') {
      while (i < to && text[i] !== ':' && text[i] !== '}') i++;
      i--;
    } else if (depth === 0 && c === ':') {
      const spec = fieldsProblem(text, i + 1, to, level + 1);
      if (spec) return spec;
      let k = i + 1;
      // Past the spec: its own fields end at their `}`; the spec ends at the first `}` outside them.
      for (let nested = 0; k < to; k++) {
        if (text[k] === '{') nested++;
        else if (text[k] === '}' && nested-- === 0) break;
      }
      return { next: k + 1 };
    }
  }
  // The field runs past the end of its string as 3.11 cut it: a nested f-string reused its quote.
  return { offset: to, message: needs("f-strings with a quote of the string's own kind inside a replacement field", '3.12') };
}

/** Where a string inside an expression part ends (the offset of its closing quote), or the problem 3.11 has with it. */
function nestedStringEnd(text: string, from: number, to: number, q: string, width: number): number | NewerSyntax {
  for (let j = from; j < to; j++) {
    const c = text[j];
    if (c === '\\') return { offset: j, message: needs('f-string expression parts with a backslash', '3.12') };
    if (c === q && (width === 1 || (text[j + 1] === q && text[j + 2] === q))) return j;
    if (width === 1 && (c === '\n' || c === '\r')) break;
  }
  return { offset: from - width, message: needs("f-strings with a quote of the string's own kind inside a replacement field", '3.12') };
}

/** The string prefix letters right before the quote at `i` (`rf`, `b`, ''). */
function prefixBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[A-Za-z]/.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/**
 * PEP 695 (3.12): `def f[T]`, `class C[T]`, `type X = …`; PEP 696 (3.13): a default in a type
 * parameter list (`[T = int]`). `k` is a NAME token; on a file the reader accepted, `type` at the start
 * of a statement followed by a name (not a keyword: `x.type in [...]`, `lambda: type if a else b`)
 * and `=` or `[` can only be a type alias statement.
 */
function typeParameterProblem(text: string, t: Tokens, k: number, version: PythonVersion): NewerSyntax | undefined {
  // The parser's keyword classifier: a switch on length and first letter, no string made.
  const word = keywordOf(text, t.start[k], t.end[k]);
  if (word !== Kw.Def && word !== Kw.Class && word !== Kw.Type) return undefined;
  if (word === Kw.Type && !startsStatement(text, t, k)) return undefined;
  const name = next(t, k);
  if (name < 0 || t.kind[name] !== Tok.Name || isHardKeyword(keywordOf(text, t.start[name], t.end[name]))) return undefined;
  const after = next(t, name);
  if (after < 0 || t.kind[after] !== Tok.Op) return undefined;
  const op = text[t.start[after]];
  if (word === Kw.Type && op === '=' && t.end[after] - t.start[after] === 1) {
    return version === '3.11' ? { offset: t.start[k], message: needs('type alias statements', '3.12') } : undefined;
  }
  if (op !== '[') return undefined;
  if (version === '3.11') return { offset: t.start[after], message: needs('type parameter lists', '3.12') };
  // 3.12: a default (`=` at the list's own depth) is 3.13's.
  for (let m = next(t, after), depth = 1; m >= 0 && depth > 0; m = next(t, m)) {
    if (t.kind[m] !== Tok.Op) continue;
    const c = text[t.start[m]];
    if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (depth === 1 && c === '=' && t.end[m] - t.start[m] === 1) return { offset: t.start[m], message: needs('type parameter defaults', '3.13') };
  }
  return undefined;
}

const isHardKeyword = (kw: Kw) => kw !== Kw.None && kw <= Kw.LastHard;

/** Whether token `k` begins a statement: first of the file, or after a line's end, an indent change, `;` or a block's `:`. */
function startsStatement(text: string, t: Tokens, k: number): boolean {
  for (let m = k - 1; m >= 0; m--) {
    const kind = t.kind[m];
    if (kind === Tok.Comment || kind === Tok.Nl) continue;
    if (kind === Tok.Newline || kind === Tok.Indent || kind === Tok.Dedent) return true;
    return kind === Tok.Op && (text[t.start[m]] === ';' || text[t.start[m]] === ':') && t.end[m] - t.start[m] === 1;
  }
  return true;
}

/** The next significant token after `k` (comments and NL skipped), or -1. */
function next(t: Tokens, k: number): number {
  for (let m = k + 1; m < t.count; m++) if (t.kind[m] !== Tok.Comment && t.kind[m] !== Tok.Nl) return m;
  return -1;
}
