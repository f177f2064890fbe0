// Whether an edit the rewriter claims replaces the text between a string literal's quotes
// (RewriteOutcome.literalEdits) may skip the output's verifying re-parse. The characters must
// confirm it: the edit sits between two equal quote characters, and neither the old nor the new
// text contains that quote, a backslash or a line break (nor `$` in a template). Such a literal
// stays one string token with the same neighbours, so the file parses exactly as before. Used by
// the JS proof (javascript-safe-edits.ts), which also proves renames; sameAsEdited also by
// python-safe-edits.ts.
import type { Edit } from '../types';

const QUOTES = new Set(['"', "'", '`']);

/**
 * The edits by position (rewriters list them in the order they made them), or undefined when two
 * touch: the closing quote of one edit cannot open the next.
 */
export function sortedDisjoint(edits: readonly Edit[]): Edit[] | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start <= sorted[i - 1].end) return undefined;
  return sorted;
}

/** A claimed literal edit, confirmed by the characters around it and in it. */
export function literalEditProven(source: string, edit: Edit): boolean {
  const quote = source.charAt(edit.start - 1);
  if (!QUOTES.has(quote) || source.charAt(edit.end) !== quote) return false;
  return plainText(source.slice(edit.start, edit.end), quote) && plainText(edit.text, quote);
}

/** Whether `code` is exactly `source` with the edits (sorted by start) applied, without building it. */
export function sameAsEdited(source: string, code: string, edits: readonly Edit[]): boolean {
  // Compared as slices with ===, not with startsWith: V8 compares equal-length flat strings a
  // word at a time but startsWith one character at a time (about 100× slower on a file's text).
  const same = (at: number, text: string) => code.slice(at, at + text.length) === text;
  let from = 0;
  let at = 0;
  for (const edit of edits) {
    if (edit.start < from || !same(at, source.slice(from, edit.start))) return false;
    at += edit.start - from;
    if (!same(at, edit.text)) return false;
    at += edit.text.length;
    from = edit.end;
  }
  return code.length === at + (source.length - from) && same(at, source.slice(from));
}

/** Text that means the same inside any string literal delimited by `quote`: nothing to escape or end it. */
function plainText(text: string, quote: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === quote || c === '\\' || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return false;
    if (quote === '`' && c === '$') return false;
  }
  return true;
}
