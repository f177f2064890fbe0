// Decides whether a changed output may skip its verifying re-parse. Only when the rewriter claims
// (RewriteOutcome.literalContentsOnly) that every edit replaces the text between a string literal's
// quotes, and the characters confirm it: the edit sits between two equal quote characters, and
// neither the old nor the new text contains that quote, a backslash or a line break (nor `$` in a
// template), and the output is exactly the source with these edits. Such a literal stays one string
// token with the same neighbours, so the file parses exactly as before. Anything else is re-parsed.
// Used by process-file.ts (sameAsEdited also by python-safe-edits.ts).
import type { Edit, RewriteOutcome } from '../types';

const QUOTES = new Set(['"', "'", '`']);

export function provablyParses(source: string, outcome: RewriteOutcome): boolean {
  if (outcome.literalContentsOnly !== true || outcome.edits.length === 0) return false;
  // Rewriters list edits in the order they made them, not by position.
  const edits = [...outcome.edits].sort((a, b) => a.start - b.start);
  // The proof is about the edits; the output written is the code, so the two must agree.
  if (!sameAsEdited(source, outcome.code, edits)) return false;
  let previousEnd = -1;
  for (const edit of edits) {
    if (edit.start <= previousEnd) return false; // the closing quote of one edit cannot open the next
    previousEnd = edit.end;
    const quote = source.charAt(edit.start - 1);
    if (!QUOTES.has(quote) || source.charAt(edit.end) !== quote) return false;
    if (!plainText(source.slice(edit.start, edit.end), quote) || !plainText(edit.text, quote)) return false;
  }
  return true;
}

/** Whether `code` is exactly `source` with the edits (sorted by start) applied, without building it. */
export function sameAsEdited(source: string, code: string, edits: readonly Edit[]): boolean {
  let from = 0;
  let at = 0;
  for (const edit of edits) {
    if (edit.start < from || !code.startsWith(source.slice(from, edit.start), at)) return false;
    at += edit.start - from;
    if (!code.startsWith(edit.text, at)) return false;
    at += edit.text.length;
    from = edit.end;
  }
  return code.length === at + (source.length - from) && code.endsWith(source.slice(from));
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
