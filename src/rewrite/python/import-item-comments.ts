// Comments that go with a name split off a from-import: the comment a name has on a line of its
// own (`    helper,  # re-export for consumers`), and the statement's linter directives
// (`# noqa: F401`, `# type: ignore`), which the new statement needs as much as the old one did.
import type { ImportItem, ImportStatement } from './import-statements';

/** A comment owned by one item: its text (from `#`) and where it ends (before the line break). */
export interface ItemComment {
  text: string;
  start: number;
  end: number;
}

/** The comment after an item that opens its own line (`    Name,  # why`); undefined when the line holds other names. */
export function ownedComment(text: string, item: ImportItem): ItemComment | undefined {
  let ls = item.start;
  while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) return undefined;
  let k = skipBlanks(text, item.end);
  if (text.charCodeAt(k) === 44) k = skipBlanks(text, k + 1);
  if (text.charCodeAt(k) !== 35) return undefined;
  let end = k;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  while (end > k && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return { text: text.slice(k, end), start: k, end };
}

const DIRECTIVE = /#\s*(noqa\b|type:\s*ignore\b|pyright:\s*ignore\b|pylint:\s*disable\b)/i;

/** Where a statement's linter directive sits: after its `(` on the first line, or at the end of its last line. */
export interface StatementDirective {
  text: string;
  afterOpen: boolean;
}

/** The statement's own linter directive (`from m import (  # noqa: F401`, `…)  # noqa`), if any. */
export function statementDirective(text: string, stmt: ImportStatement): StatementDirective | undefined {
  if (stmt.parenOpen !== undefined) {
    const k = skipBlanks(text, stmt.parenOpen + 1);
    const found = directiveAt(text, k);
    if (found !== undefined) return { text: found, afterOpen: true };
  }
  const tail = directiveAt(text, skipBlanks(text, stmt.end));
  return tail === undefined ? undefined : { text: tail, afterOpen: false };
}

function directiveAt(text: string, k: number): string | undefined {
  if (text.charCodeAt(k) !== 35) return undefined;
  let end = k;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  // `# the old path  # noqa: F401`: only the directive goes along.
  const m = DIRECTIVE.exec(text.slice(k, end));
  return m ? text.slice(k + m.index, end).trimEnd() : undefined;
}

function skipBlanks(text: string, k: number): number {
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  return k;
}
