// The recovering line scanner for Python files that do not parse: one pass that cuts the text into
// logical lines and proves, per line, that it starts at a statement boundary (bracket depth 0,
// outside any string, not continuing a broken backslash line) and lexes cleanly to its end. A broken
// file has no trustworthy token stream from the top; this pass only trusts what it can re-establish.
// Used by tolerant/provable-lines.ts.
import { isIdentChar, isIdentStart, scanString, stringPrefixAt } from '../string-scanner';
import { PythonSyntaxProblem } from '../syntax-problem';

/** One logical line (or, when not provable, a stretch of text the scanner cannot vouch for). */
export interface ScannedLine {
  /** Offset of its first character (its indentation; after a BOM on the first line). */
  start: number;
  /** Offset of its first character that is not a space, tab or form feed. */
  codeStart: number;
  /** Offset just past its last line break (the text's length for the last line). */
  end: number;
  /**
   * True when the line starts at a proved statement boundary and nothing in it breaks the lexical
   * structure (no unterminated string, no unmatched or unclosed bracket, no stray backslash).
   */
  provable: boolean;
  /** Its last significant character is `:`: a compound statement's header, whose block follows. */
  header: boolean;
}

const LF = 10;
const CR = 13;
const BACKSLASH = 92;
const HASH = 35;
const COLON = 58;
const OPENER_OF: Record<number, number> = { 41: 40, 93: 91, 125: 123 };

/** How many readings of a line's brackets are followed at once before the rest of the file is given up. */
const MAX_READINGS = 16;
/** A closer of the wrong kind this deep in brackets is not worth reading several ways (each reading is a copy). */
const MAX_REPAIR_DEPTH = 256;

/**
 * Cuts `text` into consecutive lines covering it whole. After a lexical break the scanner cannot
 * resynchronise from (an unterminated triple-quoted string, too many ways to read the brackets),
 * the rest of the text is one unprovable stretch.
 */
export function scanLines(text: string): ScannedLine[] {
  const out: ScannedLine[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const { line, closesEarlier } = scanLogicalLine(text, i);
    // A closer with nothing open may be the end of a statement whose opener was lost on the code
    // line before (`from m import A` then `    B)`): that line is no longer proved complete.
    if (closesEarlier) {
      const before = findLast(out, (l) => hasCode(text, l));
      if (before) before.provable = false;
    }
    out.push(line);
    i = line.end;
  }
  return out;
}

/**
 * Scans one logical line from a proved boundary at `start`. Brackets are followed as a set of
 * readings: a closer of the wrong kind (`{ )`) is read every way a repair could go (it is stray,
 * it closes the innermost bracket, it closes the nearest bracket of its kind), and the line ends
 * only at a line break where every reading is back at depth 0, so the next line starts a
 * statement whichever repair is made. A line that never gets there runs to the end of the text.
 */
function scanLogicalLine(text: string, start: number): { line: ScannedLine; closesEarlier: boolean } {
  const n = text.length;
  let i = start;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  const codeStart = i;
  let readings: number[][] = [[]];
  let closesEarlier = false;
  let provable = text.charCodeAt(codeStart) !== BACKSLASH; // a backslash in the indentation: not worth proving
  let last = 0; // the last significant character (outside strings and comments)
  const done = (end: number, ok: boolean) => ({ line: { start, codeStart, end, provable: ok, header: last === COLON }, closesEarlier });
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      if (readings.every((r) => r.length === 0)) return done(i, provable);
    } else if (c === HASH) {
      while (i < n && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
    } else if (c === BACKSLASH) {
      // `\` + line break continues the logical line. A backslash followed by anything else is an
      // error, and the line after it may or may not be meant as a continuation: it joins this
      // broken line either way, so it is never taken for a statement start.
      if (!isLineBreak(text, i + 1)) {
        provable = false;
        while (i < n && !isLineBreak(text, i)) i++;
      }
      i = skipLineBreak(text, i + 1);
    } else if (c === 39 || c === 34 || (isIdentStart(c) && c < 128 && stringPrefixAt(text, i))) {
      const prefix = c === 39 || c === 34 ? undefined : stringPrefixAt(text, i)!;
      const quote = i + (prefix?.length ?? 0);
      const q = text.charCodeAt(quote);
      const triple = text.charCodeAt(quote + 1) === q && text.charCodeAt(quote + 2) === q;
      try {
        i = scanString(text, quote, prefix?.flags ?? { raw: false, f: false });
        last = q;
      } catch (error) {
        if (!(error instanceof PythonSyntaxProblem)) throw error;
        // An unterminated triple-quoted string swallows the rest of the file; a one-line string
        // ends, for CPython's tokenizer too, at the end of its physical line.
        if (triple) return done(n, false);
        provable = false;
        i = quote + 1;
        while (i < n && !isLineBreak(text, i)) i++;
      }
    } else if (isIdentStart(c) || (c >= 48 && c <= 57)) {
      last = c;
      i++;
      while (i < n && isIdentChar(text.charCodeAt(i))) i++;
    } else if (c === 40 || c === 91 || c === 123) {
      last = c;
      for (const r of readings) r.push(c);
      i++;
    } else if (c === 41 || c === 93 || c === 125) {
      last = c;
      const open = OPENER_OF[c];
      if (readings.every((r) => r.length > 0 && r[r.length - 1] === open)) {
        for (const r of readings) r.pop(); // the common case: every reading closes its innermost bracket
      } else {
        if (readings.every((r) => r.length === 0)) closesEarlier = true;
        const next = closeBracket(readings, open);
        if (next.broken) provable = false;
        if (next.readings.length > MAX_READINGS || next.readings.some((r) => r.length > MAX_REPAIR_DEPTH)) return done(n, false);
        readings = next.readings;
      }
      i++;
    } else {
      if (!isBlank(c)) last = c;
      i++;
    }
  }
  // The end of the text: a bracket still open means every line after it was read inside it.
  return done(n, provable && readings.every((r) => r.length === 0));
}

/** Every reading after a closer whose opener is `open` (fresh arrays); `broken` when some reading had to be repaired. */
function closeBracket(readings: readonly number[][], open: number): { readings: number[][]; broken: boolean } {
  const out = new Map<string, number[]>();
  let broken = false;
  const keep = (r: number[]) => out.set(r.join(','), r);
  for (const r of readings) {
    if (r.length === 0) {
      broken = true; // nothing open: the closer is stray, the depth stays 0 whatever repairs it
      keep([]);
    } else if (r[r.length - 1] === open) {
      keep(r.slice(0, -1));
    } else {
      broken = true;
      keep(r.slice());
      keep(r.slice(0, -1));
      const match = r.lastIndexOf(open);
      if (match >= 0) keep(r.slice(0, match));
    }
  }
  return { readings: [...out.values()], broken };
}

function hasCode(text: string, line: ScannedLine): boolean {
  const c = text.charCodeAt(line.codeStart);
  return line.codeStart < line.end && c !== HASH && c !== LF && c !== CR;
}

function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k])) return items[k];
  return undefined;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 12;
}

function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === LF || c === CR;
}

function skipLineBreak(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  return c === LF ? i + 1 : i;
}
