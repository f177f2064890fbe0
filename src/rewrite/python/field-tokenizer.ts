// Tokenizes the expression of one f-string replacement field (PEP 701: any quotes, nested f-strings,
// comments and line breaks inside the field), with absolute offsets. It stops where CPython's
// tokenizer leaves expression mode: at `}`, `:` or `!` (not `!=`) outside brackets. Used by
// parse/fstrings.ts; the whole f-string was already delimited by string-scanner.ts.
import { verifyIdentifier } from './identifier';
import { scanNumber } from './number-literal';
import { isIdentChar, isIdentStart, scanString, stringPrefixAt } from './string-scanner';
import { PythonSyntaxProblem } from './syntax-problem';
import { operatorLength, Tok, TokenBuffer, type Tokens } from './tokenizer';

export interface FieldTokens {
  tokens: Tokens;
  /** Offset of the `}`, `:` or `!` that ends the expression. */
  stop: number;
}

const OPENER: Record<number, number> = { 41: 40, 93: 91, 125: 123 };

/** Tokens of text[from, …) up to the field's stop character, which must come before `to`, in `into` (emptied first) or a new buffer. */
export function tokenizeField(text: string, from: number, to: number, into?: TokenBuffer): FieldTokens {
  const t = into ?? new TokenBuffer(16);
  t.count = 0;
  const brackets: number[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13) {
      i++;
    } else if (c === 35) {
      while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 92) {
      const next = text.charCodeAt(i + 1);
      if (next !== 10 && next !== 13) throw new PythonSyntaxProblem('unexpected character after line continuation character', i);
      i += next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
    } else if (isIdentStart(c)) {
      const prefix = c < 128 ? stringPrefixAt(text, i) : undefined;
      if (prefix) {
        const end = scanString(text, i + prefix.length, prefix.flags);
        t.push(Tok.String, i, end, prefix.flags.f ? 1 : prefix.bytes ? 2 : 0);
        i = end;
      } else {
        let j = i + 1;
        while (j < to && isIdentChar(text.charCodeAt(j))) j++;
        for (let k = i; k < j; k++) {
          if (text.charCodeAt(k) >= 128) {
            verifyIdentifier(text, i, j);
            break;
          }
        }
        t.push(Tok.Name, i, j);
        i = j;
      }
    } else if ((c >= 48 && c <= 57) || (c === 46 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) {
      const number = scanNumber(text, i);
      t.push(Tok.Number, i, number.end, number.kind);
      i = number.end;
    } else if (c === 39 || c === 34) {
      const end = scanString(text, i, { raw: false, f: false });
      t.push(Tok.String, i, end, 0);
      i = end;
    } else if (c === 40 || c === 91 || c === 123) {
      brackets.push(c);
      t.push(Tok.Op, i, i + 1, c);
      i++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (brackets.length === 0) {
        if (c === 125) return finish(t, i);
        throw new PythonSyntaxProblem(`f-string: unmatched '${String.fromCharCode(c)}'`, i);
      }
      const open = brackets.pop();
      if (open !== OPENER[c]) {
        throw new PythonSyntaxProblem(`f-string: closing parenthesis '${String.fromCharCode(c)}' does not match opening parenthesis '${String.fromCharCode(open!)}'`, i);
      }
      t.push(Tok.Op, i, i + 1, c);
      i++;
    } else if (brackets.length === 0 && (c === 58 || (c === 33 && text.charCodeAt(i + 1) !== 61))) {
      return finish(t, i);
    } else {
      const len = operatorLength(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2));
      if (len === 0) {
        const what = c === 33 ? 'invalid syntax' : `invalid character '${text[i]}' (U+${c.toString(16).toUpperCase().padStart(4, '0')})`;
        throw new PythonSyntaxProblem(what, i);
      }
      t.push(Tok.Op, i, i + len, len === 1 ? c : c === 46 ? 46 : 1);
      i += len;
    }
  }
  throw new PythonSyntaxProblem("f-string: expecting '}'", from);
}

function finish(t: TokenBuffer, stop: number): FieldTokens {
  t.push(Tok.End, stop, stop);
  return { tokens: t, stop };
}
