// Scans one numeric literal exactly as CPython 3.13's tokenizer does (tok_get's number branch and
// verify_end_of_number): which characters belong to it, its kind, and the errors CPython reports
// (`0777`, `1__0`, `0x`, `1e`, `0b2`, `1abc`). Used by tokenizer.ts; the parser reads the kind.
import { PythonSyntaxProblem } from './syntax-problem';

// Error offsets follow CPython's: its tokenizer reports the column just before the character it
// stopped at (tok->cur taken as a 1-based column), so most offsets here are that character's minus one.

/** Stored in Tokens.code for Number tokens. */
export const enum NumberKind {
  Int = 0,
  Float = 1,
  Imaginary = 2,
}

/** CPython refuses decimal integer literals longer than sys.int_info.default_max_str_digits. */
const MAX_DECIMAL_DIGITS = 4300;

export interface ScannedNumber {
  end: number;
  kind: NumberKind;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
const isAsciiIdentChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || isDigit(c);

/** Scans the literal starting at `i` (a digit, or `.` followed by a digit). */
export function scanNumber(text: string, i: number): ScannedNumber {
  const start = i;
  let c = text.charCodeAt(i);
  if (c === 48 /* 0 */) {
    const x = text.charCodeAt(i + 1) | 32;
    if (x === 120 /* x */) return radixInt(text, i + 2, 16, 'hexadecimal');
    if (x === 111 /* o */) return radixInt(text, i + 2, 8, 'octal');
    if (x === 98 /* b */) return radixInt(text, i + 2, 2, 'binary');
    // Zeros (with single underscores between), then perhaps other digits: only a float or an
    // imaginary may have them (old-style octal `0777` is refused).
    i++;
    for (;;) {
      c = text.charCodeAt(i);
      if (c === 95) {
        if (!isDigit(text.charCodeAt(i + 1))) throw new PythonSyntaxProblem('invalid decimal literal', i);
        c = text.charCodeAt(++i);
      }
      if (c !== 48) break;
      i++;
    }
    let nonzero = false;
    if (isDigit(c)) {
      nonzero = true;
      i = decimalTail(text, i);
      c = text.charCodeAt(i);
    }
    if (c === 46 || (c | 32) === 101 || (c | 32) === 106) return fraction(text, start, i);
    if (nonzero) {
      throw new PythonSyntaxProblem('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start);
    }
    return { end: endOfNumber(text, i, 'decimal'), kind: NumberKind.Int };
  }
  if (c === 46) return fraction(text, start, i);
  i = decimalTail(text, i);
  c = text.charCodeAt(i);
  if (c === 46 || (c | 32) === 101 || (c | 32) === 106) return fraction(text, start, i);
  const end = endOfNumber(text, i, 'decimal');
  checkDigitLimit(text, start, end);
  return { end, kind: NumberKind.Int };
}

/** Digits with single underscores between them; returns the offset after them. */
function decimalTail(text: string, i: number): number {
  for (;;) {
    while (isDigit(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 95) return i;
    if (!isDigit(text.charCodeAt(i + 1))) throw new PythonSyntaxProblem('invalid decimal literal', i);
    i++;
  }
}

/** From `.`, `e` or `j` after the integer part: fraction, exponent, imaginary suffix. */
function fraction(text: string, start: number, i: number): ScannedNumber {
  let c = text.charCodeAt(i);
  let kind = NumberKind.Int;
  if (c === 46) {
    kind = NumberKind.Float;
    i++;
    if (isDigit(text.charCodeAt(i))) i = decimalTail(text, i);
    c = text.charCodeAt(i);
  }
  if ((c | 32) === 101) {
    const e = i;
    let j = i + 1;
    const d = text.charCodeAt(j);
    if (d === 43 || d === 45) {
      j++;
      if (!isDigit(text.charCodeAt(j))) throw new PythonSyntaxProblem('invalid decimal literal', j - 1);
    } else if (!isDigit(d)) {
      // `1else`: the `e` starts the next token when the word is a keyword CPython lets follow a number.
      endOfNumber(text, e, 'decimal');
      if (kind === NumberKind.Int) checkDigitLimit(text, start, e);
      return { end: e, kind };
    }
    i = decimalTail(text, j);
    kind = NumberKind.Float;
    c = text.charCodeAt(i);
  }
  if ((c | 32) === 106) return { end: endOfNumber(text, i + 1, 'imaginary'), kind: NumberKind.Imaginary };
  const end = endOfNumber(text, i, 'decimal');
  if (kind === NumberKind.Int) checkDigitLimit(text, start, end);
  return { end, kind };
}

function radixInt(text: string, i: number, radix: 16 | 8 | 2, name: string): ScannedNumber {
  const ok = radix === 16 ? isHex : radix === 8 ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
  let c = text.charCodeAt(i);
  do {
    if (c === 95) c = text.charCodeAt(++i);
    if (!ok(c)) {
      if (radix !== 16 && isDigit(c)) throw new PythonSyntaxProblem(`invalid digit '${text[i]}' in ${name} literal`, i);
      throw new PythonSyntaxProblem(`invalid ${name} literal`, i - 1);
    }
    do c = text.charCodeAt(++i);
    while (ok(c));
  } while (c === 95);
  if (radix !== 16 && isDigit(c)) throw new PythonSyntaxProblem(`invalid digit '${text[i]}' in ${name} literal`, i);
  return { end: endOfNumber(text, i, name), kind: NumberKind.Int };
}

/**
 * CPython's verify_end_of_number: a number may be followed directly by `and`, `else`, `for`, `if`,
 * `in`, `is`, `not` or `or` (a deprecation warning, not an error); any other ASCII identifier
 * character right after it is an error. Returns `i`, the end of the number.
 */
function endOfNumber(text: string, i: number, kind: string): number {
  const c = text.charCodeAt(i);
  if (!isAsciiIdentChar(c)) return i;
  const next = text.charCodeAt(i + 1);
  let keyword = false;
  if (c === 97) keyword = text.startsWith('nd', i + 1);
  else if (c === 101) keyword = text.startsWith('lse', i + 1);
  else if (c === 102) keyword = text.startsWith('or', i + 1);
  else if (c === 105) keyword = next === 102 || next === 110 || next === 115;
  else if (c === 111) keyword = next === 114;
  else if (c === 110) keyword = text.startsWith('ot', i + 1);
  if (keyword) return i;
  throw new PythonSyntaxProblem(`invalid ${kind} literal`, i - 1);
}

function checkDigitLimit(text: string, start: number, end: number): void {
  if (end - start <= MAX_DECIMAL_DIGITS) return;
  let digits = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== 95) digits++;
  if (digits > MAX_DECIMAL_DIGITS) {
    throw new PythonSyntaxProblem(
      `Exceeds the limit (${MAX_DECIMAL_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      start,
    );
  }
}
