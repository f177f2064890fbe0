// Removes items from a braced list (import/export specifiers, destructured require properties)
// without losing a comment that is not theirs. With no comment nearby the list is spliced as it
// always was (`{ a, b, c }` → `{ a, c }`); with one, each item goes with its own comma only, an item
// alone on its line with that line, and its own comment only when the caller carries it along.
// Used by declaration-edits (specifiers) and require-bindings (properties).
import type { Node } from '@babel/types';
import { addEdit, type RewriteContext } from './context';
import { atLineEnd, blanksBefore, commaAfter, gapHoldsComment, opensLine, ownedComment, pastLineBreak, skipBlanks, skipTrivia } from './list-item-comments';
import { endOf, startOf } from './walk';

interface Span {
  start: number;
  end: number;
}

/**
 * Removes runs of list items: up to the next kept item, or back to the previous kept one at the
 * end, as long as no comment stands there; else item by item. `carried`: removed items whose own
 * comment (`  name, // why`) leaves with them, to the new declaration they go to; every other
 * comment stays. With every item removed (the caller keeps the braces for the comments left), each
 * item goes with its comma.
 */
export function removeFromList(context: RewriteContext, items: readonly Node[], removed: ReadonlySet<Node>, carried: ReadonlySet<Node> = new Set()): void {
  const source = context.source;
  const spans: Span[] = [];
  let i = 0;
  while (i < items.length) {
    if (!removed.has(items[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < items.length && removed.has(items[j + 1])) j++;
    spans.push(...runRemoval(source, items, i, j, carried));
    i = j + 1;
  }
  for (const span of union(spans)) addEdit(context, span.start, span.end, '');
}

function runRemoval(source: string, items: readonly Node[], i: number, j: number, carried: ReadonlySet<Node>): Span[] {
  const run = items.slice(i, j + 1);
  const prev = i > 0 ? items[i - 1] : undefined;
  const next = items[j + 1];
  const last = run[run.length - 1];
  const each = (comma: (k: number) => boolean) => run.flatMap((item, k) => itemRemoval(source, item, comma(k), carried.has(item)));
  if (next) {
    if (!commentAmong(source, prev, run, startOf(next))) return [{ start: startOf(run[0]), end: startOf(next) }];
    return each(() => true);
  }
  if (!prev) return each(() => true);
  let close = skipTrivia(source, endOf(last));
  if (source[close] === ',') close = skipTrivia(source, close + 1);
  if (!commentAmong(source, prev, run, close)) return [{ start: endOf(prev), end: endOf(last) }];
  // The list keeps its trailing comma, or its lack of one: without one, the kept item now last gives up its comma.
  const trailing = commaAfter(source, endOf(last)) >= 0;
  const spans = each((k) => k < run.length - 1 || trailing);
  const comma = trailing ? -1 : commaAfter(source, endOf(prev));
  if (comma >= 0) spans.push({ start: comma, end: comma + 1 });
  return spans;
}

/** Whether a comment stands between `prev` (or the start of the first item's line) and `until`, outside the items. */
function commentAmong(source: string, prev: Node | undefined, run: readonly Node[], until: number): boolean {
  let from = prev ? endOf(prev) : lineStartOf(source, startOf(run[0]));
  for (const item of run) {
    if (gapHoldsComment(source, from, startOf(item))) return true;
    from = endOf(item);
  }
  return gapHoldsComment(source, from, until);
}

/**
 * One item with its comma (`comma`) and, when `carried`, its own comment: its whole line when nothing
 * else is left on it, else the item and what follows it up to the next thing kept.
 */
function itemRemoval(source: string, item: Node, comma: boolean, carried: boolean): Span[] {
  const start = startOf(item);
  const spans: Span[] = [];
  let end = skipBlanks(source, endOf(item));
  if (comma && source[end] === ',') end = skipBlanks(source, end + 1);
  else if (comma) {
    const at = commaAfter(source, endOf(item)); // `name /* why */,`: the comma alone goes
    if (at >= 0) spans.push({ start: at, end: at + 1 });
  }
  const own = carried ? ownedComment(source, start, endOf(item)) : undefined;
  if (own && own.start === end) end = skipBlanks(source, own.end);
  if (!atLineEnd(source, end)) return [...spans, { start, end }];
  // Nothing is left after it on its line: the line goes when the item opened it, else the blanks before it.
  return [...spans, { start: blanksBefore(source, start), end: opensLine(source, start) ? pastLineBreak(source, end) : end }];
}

function lineStartOf(source: string, offset: number): number {
  let k = offset;
  while (k > 0 && source[k - 1] !== '\n' && source[k - 1] !== '\r') k--;
  return k;
}

/** Spans merged where they overlap or touch, in order. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const tail = out[out.length - 1];
    if (tail && span.start <= tail.end) tail.end = Math.max(tail.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
