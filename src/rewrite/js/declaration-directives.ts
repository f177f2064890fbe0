// The linter directives of a declaration, which a declaration split off it needs as much as it did:
// `// eslint-disable-line …` at the end of its last line, and `// eslint-disable-next-line …`,
// `// @ts-ignore`, `// @ts-expect-error` on the lines just above it. A split-off declaration is
// inserted after the old one, out of their reach, so it gets copies (insertSplitOff).
// Used by merge-targets (import/export declarations) and require-bindings (`const { A } = require(…)`).
import type { Node } from '@babel/types';
import { addEdit, type RewriteContext } from './context';
import { atLineEnd, blanksBefore, commentAt, opensLine, skipBlanks } from './list-item-comments';
import { insertionPointAfter } from './style';
import { endOf, startOf } from './walk';

export interface DeclarationDirectives {
  /** Directive comments on the lines just above the declaration, one a line, top first. */
  above: string[];
  /** A directive comment at the end of the declaration's last line. */
  trailing?: string;
}

const NEXT_LINE = /^(\/\/\/?|\/\*+)\s*(eslint-disable-next-line|@ts-ignore|@ts-expect-error)\b/;
const SAME_LINE = /^(\/\/|\/\*+)\s*eslint-disable-line\b/;

export function declarationDirectives(source: string, node: Node): DeclarationDirectives {
  const directives: DeclarationDirectives = { above: [] };
  const comment = commentAt(source, skipBlanks(source, endOf(node)));
  if (comment && !/[\r\n]/.test(comment.text) && atLineEnd(source, skipBlanks(source, comment.end)) && SAME_LINE.test(comment.text)) {
    directives.trailing = comment.text;
  }
  if (!opensLine(source, startOf(node))) return directives;
  let lineStart = blanksBefore(source, startOf(node));
  while (lineStart > 0) {
    // The line above: from after its own line break's predecessor to before `lineStart`'s line break.
    let end = lineStart - 1;
    if (source[end] === '\n' && source[end - 1] === '\r') end--;
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const text = source.slice(start, end).trim();
    const whole = commentAt(text, 0);
    if (!whole || whole.end !== text.length || /[\r\n]/.test(text) || !NEXT_LINE.test(text)) break;
    directives.above.unshift(text);
    lineStart = start;
  }
  return directives;
}

export interface SplitOff {
  /** The declaration the new one is split from: it goes on a line of its own after it. */
  anchor: Node;
  indent: string;
  /** The new declaration, with any comment of its own (which must leave its last line open to a trailing directive). */
  text: string;
  /** The anchor's directives, when the caller has read them already. */
  directives?: DeclarationDirectives;
}

/** Inserts a declaration split off `anchor` after it, with copies of the anchor's linter directives. */
export function insertSplitOff(context: RewriteContext, { anchor, indent, text, directives }: SplitOff): void {
  const { above, trailing } = directives ?? declarationDirectives(context.source, anchor);
  const lines = [...above, text + (trailing === undefined ? '' : ` ${trailing}`)];
  const at = insertionPointAfter(context.source, endOf(anchor));
  addEdit(context, at, at, lines.map((line) => `${context.eol}${indent}${line}`).join(''));
}
