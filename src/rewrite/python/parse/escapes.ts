// The string-literal content CPython refuses at compile time: truncated `\x`, `\u`, `\U` escapes,
// `\U` beyond U+10FFFF, malformed `\N{…}`, non-ASCII characters in bytes. Unknown escapes are only
// warnings. `\N{name}` needs the Unicode name database, so its verdict is left to CPython (unsure).
// Used by strings.ts (plain literals) and fstrings.ts (the literal parts of f-strings).
import { PythonSyntaxProblem } from '../syntax-problem';
import { ParseUnsure } from './parser-state';

const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** Checks the literal text[from, to) (between the quotes). `errorAt` is where a problem is reported. */
export function checkLiteralContent(text: string, from: number, to: number, raw: boolean, bytes: boolean, errorAt: number): void {
  if (bytes) {
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) >= 128) throw new PythonSyntaxProblem('bytes can only contain ASCII literal characters', errorAt);
    }
  }
  if (raw) return;
  for (let i = from; i < to; ) {
    if (text.charCodeAt(i) === 92) i = checkEscape(text, i, to, bytes, from, errorAt);
    else i++;
  }
}

/** Checks the escape whose backslash is at `i`; returns the offset after it. */
export function checkEscape(text: string, i: number, to: number, bytes: boolean, literalStart: number, errorAt: number): number {
  const c = text.charCodeAt(i + 1);
  const digits = c === 120 /* x */ ? 2 : bytes ? 0 : c === 117 /* u */ ? 4 : c === 85 /* U */ ? 8 : 0;
  if (digits > 0) {
    let j = i + 2;
    while (j < i + 2 + digits && j < to && isHex(text.charCodeAt(j))) j++;
    const position = `${i - literalStart}-${j - 1 - literalStart}`;
    if (j < i + 2 + digits) {
      if (bytes) throw new PythonSyntaxProblem(`(value error) invalid \\x escape at position ${i - literalStart}`, errorAt);
      const form = c === 120 ? '\\xXX' : c === 117 ? '\\uXXXX' : '\\UXXXXXXXX';
      throw new PythonSyntaxProblem(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${position}: truncated ${form} escape`, errorAt);
    }
    if (c === 85 && parseInt(text.slice(i + 2, j), 16) > 0x10ffff) {
      throw new PythonSyntaxProblem(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${position}: illegal Unicode character`, errorAt);
    }
    return j;
  }
  if (c === 78 /* N */ && !bytes) {
    const close = text.charCodeAt(i + 2) === 123 ? text.indexOf('}', i + 3) : -1;
    if (close < 0 || close >= to || close === i + 3) {
      throw new PythonSyntaxProblem(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - literalStart}-${i + 1 - literalStart}: malformed \\N character escape`, errorAt);
    }
    throw new ParseUnsure('a \\N{…} escape names a Unicode character the reader cannot look up', i);
  }
  // Any other escape (line continuation, octal, a known or unknown letter) is valid or only warned about.
  return i + 2;
}
