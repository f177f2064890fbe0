// Removes a whole statement (an import or require declaration that lost every binding), together
// with its line when it stands on a line of its own; a comment after it on that line stays, and so
// do the comments inside an import/export declaration (removeDeclaration).
// Used by declaration-edits, merge-targets and require-bindings.
import type { Node } from '@babel/types';
import { addEdit, type RewriteContext } from './context';
import { commentAt, skipBlanks, type ItemComment } from './list-item-comments';
import { indentationAt } from './style';
import { endOf, startOf } from './walk';

/** Removes a statement together with its line when it stands on lines of its own. */
export function removeStatement(context: RewriteContext, node: Node): void {
  const source = context.source;
  let start = startOf(node);
  let end = endOf(node);
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end);
  const before = source.slice(lineStart, start);
  const after = source.slice(end, lineEnd < 0 ? source.length : lineEnd);
  if (/^[ \t\uFEFF]*$/.test(before) && /^[ \t\r]*$/.test(after)) {
    start = lineStart + before.replace(/[ \t]/g, '').length;
    end = lineEnd < 0 ? source.length : lineEnd + 1;
  } else {
    while (end < source.length && (source[end] === ' ' || source[end] === '\t')) end++;
  }
  addEdit(context, start, end, '');
}

/**
 * Removes an import/export declaration whose every name went into other declarations: the comments
 * inside it (`  x, // why`) are not its names' to take along, so they stay where it was, one a line.
 */
export function removeDeclaration(context: RewriteContext, node: Node): void {
  const source = context.source;
  const comments = commentsInDeclaration(source, startOf(node), endOf(node));
  if (comments.length === 0) return removeStatement(context, node);
  const indent = indentationAt(source, startOf(node));
  const after = skipBlanks(source, endOf(node));
  const lineGoesOn = after < source.length && source[after] !== '\n' && source[after] !== '\r';
  const text = comments.map((c) => c.text).join(`${context.eol}${indent}`) + (lineGoesOn ? `${context.eol}${indent}` : '');
  addEdit(context, startOf(node), lineGoesOn ? after : endOf(node), text);
}

/** The comments of a declaration's text, which holds names, punctuation and quoted strings only. */
function commentsInDeclaration(source: string, start: number, end: number): ItemComment[] {
  const comments: ItemComment[] = [];
  for (let k = start; k < end; k++) {
    const c = source[k];
    if (c === "'" || c === '"') {
      k++;
      while (k < end && source[k] !== c) k += source[k] === '\\' ? 2 : 1;
      continue;
    }
    const comment = commentAt(source, k);
    if (!comment) continue;
    comments.push(comment);
    k = comment.end - 1;
  }
  return comments;
}
