// Opt-outs written in the source: `ssot-codemod-ignore-file` in a comment before the first
// statement leaves the whole file alone; `ssot-codemod-ignore` in a comment on a line of its own
// leaves the statement (or reference) on the next line alone, and one after code on its line
// leaves that line's alone, as in Python (`import x from 'legacy' // ssot-codemod-ignore`). Both
// are reported as ignored.
import type { Comment, File, Node } from '@babel/types';
import type { SourcePosition } from '../../types';
import type { LineIndex } from '../line-index';
import { endOf, startOf } from './walk';

const IGNORE_FILE = 'ssot-codemod-ignore-file';
const IGNORE_LINE = /ssot-codemod-ignore(?!-file)\b/;

export interface IgnoreRules {
  wholeFile: boolean;
  /** True when a comment on the line above `statement` or above `node` opts out. */
  ignores(statement: Node, node: Node): boolean;
  /** True when a comment on the line above the one holding `offset` opts out. */
  ignoresAt(offset: number): boolean;
  /** True when the file comment, a comment on the line above `start`'s or one beside any line from `start` to `end` opts out. */
  ignoresSpan(start: number, end: number): boolean;
  /** The comments that opted nothing out so far (the file comment: when `ignoredAny` is false). */
  unused(ignoredAny: boolean): SourcePosition[];
}

const NONE: IgnoreRules = { wholeFile: false, ignores: () => false, ignoresAt: () => false, ignoresSpan: () => false, unused: () => [] };

export function readIgnoreRules(file: File, source: string, lines: LineIndex): IgnoreRules {
  const comments: Comment[] = file.comments ?? [];
  if (!source.includes('ssot-codemod-ignore')) return NONE;
  const firstStatement = file.program.body[0];
  const headerEnd = firstStatement ? startOf(firstStatement) : source.length;
  const fileComment = comments.find((c) => (c.end ?? 0) <= headerEnd && c.value.includes(IGNORE_FILE));
  // A comment on a line of its own speaks for the next line; one beside code, for its own line,
  // which may be any line of a statement spread over several (`} from 'legacy'; // …`).
  const nextLines = new Map<number, SourcePosition>();
  const besideLines = new Map<number, SourcePosition>();
  for (const comment of comments) {
    if (!IGNORE_LINE.test(comment.value)) continue;
    const start = comment.start ?? 0;
    const end = comment.end ?? start;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', end);
    // Code beside it on its line (before, or after a block comment): it speaks for that line.
    const besideCode = source.slice(lineStart, start).trim() !== '' || source.slice(end, lineEnd < 0 ? source.length : lineEnd).trim() !== '';
    const at = lines.position(start);
    if (besideCode) besideLines.set(at.line, at);
    else nextLines.set(lines.position(end).line + 1, at);
  }
  const used = new Set<SourcePosition>();
  const take = (at: SourcePosition | undefined) => (at === undefined ? false : (used.add(at), true));
  const lineOf = (offset: number) => lines.position(offset).line;
  const besideIn = (first: number, last: number) => [...besideLines.keys()].some((l) => l >= first && l <= last && take(besideLines.get(l)));
  return {
    wholeFile: fileComment !== undefined,
    // The reference's own lines (not a whole enclosing function's), and the line its statement starts on.
    ignores: (statement, node) =>
      take(nextLines.get(lineOf(startOf(statement)))) ||
      take(nextLines.get(lineOf(startOf(node)))) ||
      take(besideLines.get(lineOf(startOf(statement)))) ||
      besideIn(lineOf(startOf(node)), lineOf(endOf(node))),
    ignoresAt: (offset) => take(nextLines.get(lineOf(offset))) || take(besideLines.get(lineOf(offset))),
    ignoresSpan: (start, end) => fileComment !== undefined || take(nextLines.get(lineOf(start))) || besideIn(lineOf(start), lineOf(end)),
    unused: (ignoredAny) => {
      if (fileComment !== undefined) return ignoredAny ? [] : [lines.position(fileComment.start ?? 0)];
      return [...nextLines.values(), ...besideLines.values()].filter((at) => !used.has(at)).sort((a, b) => a.line - b.line);
    },
  };
}
