// Removes a whole statement (an import or require declaration that lost every binding), together
// with its line when it stands on a line of its own; a comment after it on that line stays.
// Used by declaration-edits, merge-targets and require-bindings.
import type { Node } from '@babel/types';
import { addEdit, type RewriteContext } from './context';
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
