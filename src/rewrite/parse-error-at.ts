// A SourceSyntaxError as plain data (ParseErrorAt): its line, column and the parser's own message
// without the `path:line:column: ` prefix the readers put in front. Used by the tolerant Python
// rewrite (to mark its outcome) and the pipeline (to compare an output's error with the input's);
// failureWhere by the run summary and the scan report, which print a failed file's location once.
import type { ParseErrorAt } from '../types';
import type { SourceSyntaxError } from './source-syntax-error';

/** Also takes any `{ message, line, column }` shaped like a SourceSyntaxError. */
export function parseErrorAt(error: Pick<SourceSyntaxError, 'message' | 'line' | 'column'>, path: string): ParseErrorAt {
  const prefix = `${path}:${error.line}:${error.column}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return { line: error.line ?? 1, ...(error.column === undefined ? {} : { column: error.column }), message };
}

/** A failed file's `path[:line[:column]]` and its message, without the same location a second time (the readers' messages start with it). */
export function failureWhere(path: string, error: { message: string; line?: number; column?: number }): { where: string; message: string } {
  const where = error.line !== undefined ? `${path}:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : path;
  return { where, message: error.message.startsWith(`${where}: `) ? error.message.slice(where.length + 2) : error.message };
}
