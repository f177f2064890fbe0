// Opt-outs written in the source: `ssot-codemod-ignore-file` in a comment before the first
// statement leaves the whole file alone; `ssot-codemod-ignore` in a comment on the line above a
// statement (or above the reference itself) leaves that reference alone. Both are reported as ignored.
import type { Comment, File, Node } from '@babel/types';
import type { LineIndex } from '../line-index';
import { startOf } from './walk';

const IGNORE_FILE = 'ssot-codemod-ignore-file';
const IGNORE_LINE = /ssot-codemod-ignore(?!-file)\b/;

export interface IgnoreRules {
  wholeFile: boolean;
  /** True when a comment on the line above `statement` or above `node` opts out. */
  ignores(statement: Node, node: Node): boolean;
  /** True when a comment on the line above the one holding `offset` opts out. */
  ignoresAt(offset: number): boolean;
}

export function readIgnoreRules(file: File, source: string, lines: LineIndex): IgnoreRules {
  const comments: Comment[] = file.comments ?? [];
  if (!source.includes('ssot-codemod-ignore')) return { wholeFile: false, ignores: () => false, ignoresAt: () => false };
  const firstStatement = file.program.body[0];
  const headerEnd = firstStatement ? startOf(firstStatement) : source.length;
  const wholeFile = comments.some((c) => (c.end ?? 0) <= headerEnd && c.value.includes(IGNORE_FILE));
  const ignoredLines = new Set<number>();
  for (const comment of comments) {
    if (IGNORE_LINE.test(comment.value)) ignoredLines.add(lines.position(comment.end ?? 0).line + 1);
  }
  return {
    wholeFile,
    ignores: (statement, node) =>
      ignoredLines.has(lines.position(startOf(statement)).line) || ignoredLines.has(lines.position(startOf(node)).line),
    ignoresAt: (offset) => ignoredLines.has(lines.position(offset).line),
  };
}
