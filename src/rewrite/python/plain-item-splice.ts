// Splices for one item of a plain `import a, b as c` statement: statements added right after it
// (same indentation, or `; ` when it shares its line), and the item taken out of the statement, the
// statement giving way to the added lines when it was the only item. Used by the plain-import editors.
import type { RewriteContext } from './context';
import type { ImportItem, ImportStatement } from './import-statements';

/** Adds `lines` after the statement's logical line. */
export function appendLines(ctx: RewriteContext, stmt: ImportStatement, lines: readonly string[]): void {
  if (lines.length === 0) return;
  const sep = separator(ctx, stmt);
  ctx.edits.push({ start: stmt.lineEnd, end: stmt.lineEnd, text: lines.map((l) => sep + l).join('') });
}

/**
 * Replaces `item` by `lines`: the statement itself when it has no other item, else the item leaves
 * the list (with its comma) and the lines follow the statement. Returns false, changing nothing,
 * when the item would leave nothing behind in an indented block (which must keep a statement).
 */
export function replaceItem(ctx: RewriteContext, stmt: ImportStatement, item: ImportItem, lines: readonly string[]): boolean {
  const items = stmt.items;
  if (items.length > 1) {
    const i = items.indexOf(item);
    if (i > 0) ctx.edits.push({ start: items[i - 1].end, end: item.end, text: '' });
    else ctx.edits.push({ start: item.start, end: items[1].start, text: '' });
    appendLines(ctx, stmt, lines);
    return true;
  }
  if (lines.length > 0) {
    ctx.edits.push({ start: stmt.start, end: stmt.end, text: lines.join(separator(ctx, stmt)) });
    return true;
  }
  const { text } = ctx;
  const lineRest = /[ \t]*(?:\r\n|\n|\r|$)/y;
  lineRest.lastIndex = stmt.end;
  const rest = lineRest.exec(text);
  if (stmt.block !== 0 || !stmt.startsLine || !rest) return false;
  let start = stmt.start - stmt.indent.length;
  let end = stmt.end + rest[0].length;
  if (end === text.length && !/[\r\n]$/.test(rest[0]) && start > 0) start = stmt.start; // the last line, no line break: keep the one before
  ctx.edits.push({ start, end, text: '' });
  return true;
}

function separator(ctx: RewriteContext, stmt: ImportStatement): string {
  return stmt.startsLine ? ctx.eol + stmt.indent : '; ';
}
