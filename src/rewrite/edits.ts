// Edits are the only way a rewriter changes a file: splices into the original text,
// so every byte outside an edit survives exactly. Used by both rewriters and the JSON report.
import type { Edit } from '../types';

/** Applies non-overlapping edits (in any order) to `source`. Throws on overlap: that is a rewriter bug. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > source.length) {
      throw new Error(`overlapping or out-of-range edit [${edit.start}, ${edit.end}) after offset ${cursor}`);
    }
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

/** Drops edits that change nothing, so `edits.length === 0` means the file is unchanged. */
export function effectiveEdits(source: string, edits: readonly Edit[]): Edit[] {
  return edits.filter((e) => source.slice(e.start, e.end) !== e.text);
}

/**
 * The edits by position with any that overlaps an earlier one dropped (the first wins). Defensive:
 * two passes of a rewriter may touch one span (a renamed name inside a rewritten chain).
 */
export function dropOverlaps(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) continue;
    out.push(e);
    cursor = Math.max(cursor, e.end);
  }
  return out;
}
