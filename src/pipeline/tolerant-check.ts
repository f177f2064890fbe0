// The acceptance test of a tolerant rewrite (--tolerant): the output of a file that does not parse
// must fail exactly where its input did — the same message, at the input's error line moved by the
// line count of the edits above it (an "on line N" inside the message moves the same way). Pure.
// Used by process-file.ts (the built-in re-parse) and python-verifier.ts (CPython's compile()).
import type { Edit } from '../types';

/** A parser's verdict on one text: it parses, or its first error (1-based line). */
export interface ParseVerdict {
  ok: boolean;
  message?: string;
  line?: number;
  column?: number;
}

/** What the output's verdict must be, given the input's verdict and the edits made to the input. */
export function expectedVerdict(source: string, edits: readonly Edit[], input: ParseVerdict): ParseVerdict {
  if (input.ok || input.line === undefined) return input;
  const moved = createLineMover(source, edits);
  return {
    ok: false,
    line: moved(input.line, input.column),
    message: input.message?.replace(/\bon line (\d+)/g, (_, n: string) => `on line ${moved(Number(n))}`),
  };
}

/** True when `output` is the failure (or success) `input` predicts after these edits; columns are not compared. */
export function failsWhereInputDid(source: string, edits: readonly Edit[], input: ParseVerdict, output: ParseVerdict): boolean {
  const expected = expectedVerdict(source, edits, input);
  if (expected.ok || output.ok) return expected.ok === output.ok;
  return expected.message === output.message && expected.line === output.line;
}

/**
 * Maps a 1-based (line, column) of the source to its line in the edited text. An edit that ends at or
 * before the position (an insertion right at it included) moves it by its line count; one that
 * spans the position makes it unknown (NaN, which equals no line).
 */
export function createLineMover(source: string, edits: readonly Edit[]): (line: number, column?: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  return (line, column = 1) => {
    const offset = (starts[line - 1] ?? source.length) + column - 1;
    let delta = 0;
    for (const e of sorted) {
      if (e.start > offset || (e.start === offset && e.end > offset)) break; // a pure insertion at the position lands before it
      if (e.end > offset) return Number.NaN;
      delta += lineBreaks(e.text) - lineBreaks(source.slice(e.start, e.end));
    }
    return line + delta;
  };
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
