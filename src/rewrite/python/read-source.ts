// The reader's entry point: tokenizes and finds imports, turning any syntax problem into a
// SourceSyntaxError with a 1-based line/column. Used by rewrite() and checkSyntax().
import { createLineIndex } from '../line-index';
import { SourceSyntaxError } from '../source-syntax-error';
import { findImports, type ImportStatement } from './import-statements';
import { PythonSyntaxProblem } from './syntax-problem';
import { tokenize, type Tokens } from './tokenizer';

export interface ReadSource {
  tokens: Tokens;
  imports: ImportStatement[];
}

/** Throws SourceSyntaxError when `text` is not valid Python (as far as this reader checks). */
export function readSource(text: string, path: string): ReadSource {
  try {
    const tokens = tokenize(text);
    return { tokens, imports: findImports(text, tokens) };
  } catch (error) {
    if (error instanceof PythonSyntaxProblem) {
      const { line, column } = createLineIndex(text).position(error.offset);
      throw new SourceSyntaxError(`${path}:${line}:${column}: ${error.message}`, { line, column });
    }
    throw error;
  }
}
