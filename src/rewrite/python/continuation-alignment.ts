// A `from M import (a, b,` whose following lines line up under `a` (isort's default grid, pycodestyle's
// "visual indent") is out of line once M is spelled with another length: flake8 then reports E127/E128
// on every continuation line. When the module is retargeted in place, those lines move with it.
import type { RewriteContext } from './context';
import type { ImportStatement } from './import-statements';

/**
 * Shifts the continuation lines of `stmt` by `delta` columns when every one of them (blank lines and
 * a line opening with the closing parenthesis aside) starts at the column of the first item, which
 * sits on the statement's first line. Lines another edit of the statement already touches are left
 * to that edit; any other layout (hanging indent, tabs, mixed columns) is left as it is.
 */
export function realignContinuations(ctx: RewriteContext, stmt: ImportStatement, delta: number): void {
  const { text } = ctx;
  const first = stmt.items[0];
  if (delta === 0 || first === undefined) return;
  const firstLineStart = lineStartOf(text, stmt.start);
  const column = first.start - firstLineStart;
  const starts: number[] = [];
  for (let k = stmt.start; k < stmt.end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 10 && c !== 13) continue;
    if (c === 13 && text.charCodeAt(k + 1) === 10) k++;
    if (k + 1 < stmt.end) starts.push(k + 1);
  }
  if (starts.length === 0 || starts[0] <= first.start) return;
  const shifted: number[] = [];
  for (const start of starts) {
    let k = start;
    while (text.charCodeAt(k) === 32) k++;
    const c = text.charCodeAt(k);
    if (c === 9 || c === 12) return;
    if (c === 10 || c === 13 || (c === 41 && k === stmt.parenClose)) continue;
    if (k - start !== column) return;
    shifted.push(start);
  }
  const touched = ctx.edits.filter((e) => e.start >= stmt.start && e.start < stmt.end);
  for (const start of shifted) {
    const end = start + column;
    if (touched.some((e) => e.start === start || (e.start < end && e.end > start))) continue;
    ctx.edits.push(delta > 0 ? { start, end: start, text: ' '.repeat(delta) } : { start, end: start - delta, text: '' });
  }
}

function lineStartOf(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) k--;
  return k;
}
