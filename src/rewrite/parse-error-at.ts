// A SourceSyntaxError as plain data (ParseErrorAt): its line, column and the parser's own message
// without the `path:line:column: ` prefix the readers put in front. Used by the tolerant Python
// rewrite (to mark its outcome) and the pipeline (to compare an output's error with the input's).
import type { ParseErrorAt } from '../types';
import type { SourceSyntaxError } from './source-syntax-error';

/** Also takes any `{ message, line, column }` shaped like a SourceSyntaxError. */
export function parseErrorAt(error: Pick<SourceSyntaxError, 'message' | 'line' | 'column'>, path: string): ParseErrorAt {
  const prefix = `${path}:${error.line}:${error.column}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { line: error.line ?? 1, ...(error.column === undefined ? {} : { column: error.column }), message };
}
