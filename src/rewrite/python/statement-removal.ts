// Removes an import statement every name of which went away (the file already imports them):
// alone on its line, the whole line goes; its comments (trailing, or inside its parentheses) stay
// as comment lines, so nothing is lost; after or before a `;` only the statement and its separator
// go; the only statement of a block, or the body of a one-line `if x: import y`, becomes `pass`.
import type { RewriteContext } from './context';
import type { ImportStatement } from './import-statements';
import { Tok, type Tokens } from './tokenizer';

export function removeStatement(ctx: RewriteContext, stmt: ImportStatement): void {
  const t = ctx.tokens;
  const first = tokenAt(t, stmt.start);
  let last = first;
  while (last + 1 < t.count && t.start[last + 1] < stmt.end) last++;
  const prev = significantBefore(t, first);
  const next = significantAfter(t, last);
  const nextIsSemicolon = next < t.count && isOp(ctx.text, t, next, ';');
  const prevIsSemicolon = prev >= 0 && isOp(ctx.text, t, prev, ';');
  if (nextIsSemicolon) {
    // `import x; rest` (wherever it starts): the statement and `; ` go.
    const after = significantAfter(t, next);
    ctx.edits.push({ start: stmt.start, end: after < t.count && t.kind[after] !== Tok.Newline ? t.start[after] : t.end[next], text: '' });
    return;
  }
  if (prevIsSemicolon) {
    ctx.edits.push({ start: t.start[prev], end: stmt.end, text: '' });
    return;
  }
  const onlyInBlock = prev >= 0 && (t.kind[prev] === Tok.Indent || isOp(ctx.text, t, prev, ':')) && (next >= t.count || t.kind[next] === Tok.Newline) && blockEndsAfter(t, next);
  if (!stmt.startsLine || onlyInBlock) {
    ctx.edits.push({ start: stmt.start, end: stmt.end, text: 'pass' });
    return;
  }
  const comments: string[] = [];
  for (let k = first; k < t.count && t.start[k] < stmt.lineEnd; k++) if (t.kind[k] === Tok.Comment) comments.push(ctx.text.slice(t.start[k], t.end[k]));
  const lineStart = stmt.start - stmt.indent.length;
  if (comments.length > 0) {
    ctx.edits.push({ start: stmt.start, end: stmt.lineEnd, text: comments.join(ctx.eol + stmt.indent) });
    return;
  }
  const newline = next < t.count && t.kind[next] === Tok.Newline ? t.end[next] : stmt.lineEnd;
  ctx.edits.push({ start: lineStart, end: newline, text: '' });
}

function tokenAt(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function significantBefore(t: Tokens, k: number): number {
  let j = k - 1;
  while (j >= 0 && (t.kind[j] === Tok.Comment || t.kind[j] === Tok.Nl)) j--;
  return j;
}

function significantAfter(t: Tokens, k: number): number {
  let j = k + 1;
  while (j < t.count && (t.kind[j] === Tok.Comment || t.kind[j] === Tok.Nl)) j++;
  return j;
}

/** After the statement's Newline at `k`, the block closes (a Dedent or the end comes before any statement). */
function blockEndsAfter(t: Tokens, k: number): boolean {
  const j = significantAfter(t, k);
  return j >= t.count || t.kind[j] === Tok.Dedent || t.kind[j] === Tok.End;
}

function isOp(text: string, t: Tokens, k: number, op: string): boolean {
  return t.kind[k] === Tok.Op && t.end[k] - t.start[k] === op.length && text.startsWith(op, t.start[k]);
}
