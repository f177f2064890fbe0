// Comments between the items of a braced list (import/export specifiers, destructured require
// properties): which comment an item owns (`  name, // why` on a line of its own), which comments a
// stretch of the list holds, where an item's comma is. The text between two items holds only blanks,
// commas and comments, never a string, so a plain scan reads it. Used by list-item-removal and
// declaration-edits.

/** A comment in the source: its text (from `//` or `/*`) and its span. */
export interface ItemComment {
  text: string;
  start: number;
  end: number;
}

/** Whether only blanks stand between the start of `offset`'s line and `offset`. */
export function opensLine(source: string, offset: number): boolean {
  const ls = blanksBefore(source, offset);
  return ls === 0 || source[ls - 1] === '\n' || source[ls - 1] === '\r';
}

/** Where the run of spaces and tabs that ends at `offset` starts. */
export function blanksBefore(source: string, offset: number): number {
  let k = offset;
  while (k > 0 && (source[k - 1] === ' ' || source[k - 1] === '\t')) k--;
  return k;
}

export function skipBlanks(source: string, k: number): number {
  while (source[k] === ' ' || source[k] === '\t') k++;
  return k;
}

/** Whether `k` is at a line break (or the end of the text). */
export function atLineEnd(source: string, k: number): boolean {
  return k >= source.length || source[k] === '\n' || source[k] === '\r';
}

/** The offset after the line break at `k` (`\n` or `\r\n`). */
export function pastLineBreak(source: string, k: number): number {
  if (source[k] === '\r' && source[k + 1] === '\n') return k + 2;
  return k < source.length ? k + 1 : k;
}

/** The comment that starts at `k`, if one does. */
export function commentAt(source: string, k: number): ItemComment | undefined {
  if (source[k] !== '/') return undefined;
  if (source[k + 1] === '/') {
    let end = k;
    while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
    while (end > k && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
    return { text: source.slice(k, end), start: k, end };
  }
  if (source[k + 1] === '*') {
    const close = source.indexOf('*/', k + 2);
    const end = close < 0 ? source.length : close + 2;
    return { text: source.slice(k, end), start: k, end };
  }
  return undefined;
}

/**
 * The comment an item owns: the item opens its own line and after it come only its comma and one
 * comment that runs to the end of that line (`  name, // why`, `  name, /* why *\/`); else undefined.
 */
export function ownedComment(source: string, start: number, end: number): ItemComment | undefined {
  if (!opensLine(source, start)) return undefined;
  let k = skipBlanks(source, end);
  if (source[k] === ',') k = skipBlanks(source, k + 1);
  const comment = commentAt(source, k);
  if (!comment || /[\r\n]/.test(comment.text)) return undefined;
  return atLineEnd(source, skipBlanks(source, comment.end)) ? comment : undefined;
}

/** The first offset from `k` that is neither whitespace nor inside a comment. */
export function skipTrivia(source: string, k: number): number {
  for (;;) {
    while (k < source.length && /\s/.test(source[k])) k++;
    const comment = commentAt(source, k);
    if (!comment) return k;
    k = comment.end;
  }
}

/** The comma after the item that ends at `end` (past blanks and comments); -1 when `}` or another item comes first. */
export function commaAfter(source: string, end: number): number {
  const k = skipTrivia(source, end);
  return source[k] === ',' ? k : -1;
}

/** The comments in the text between two items (or an item and a brace). */
export function gapComments(source: string, start: number, end: number): ItemComment[] {
  const comments: ItemComment[] = [];
  for (let k = start; k < end; k++) {
    const comment = commentAt(source, k);
    if (!comment) continue;
    comments.push(comment);
    k = comment.end - 1;
  }
  return comments;
}

export function gapHoldsComment(source: string, start: number, end: number): boolean {
  return gapComments(source, start, end).length > 0;
}
