// The reader's entry points: readSource tokenizes and finds imports; parseSource runs the parser
// (CPython 3.13's verdict and the scope facts) over those tokens. Both turn a syntax problem into
// a SourceSyntaxError with a 1-based line/column. Used by rewrite() and checkSyntax(), and readSource
// alone by the name readers (verify, the plan's provided names), which must not load the parser.
import { createLineIndex } from '../line-index';
import { SourceSyntaxError } from '../source-syntax-error';
import { SyntaxUnsure } from '../syntax-unsure';
import type { PythonVersion } from '../../types';
import { findImports, type ImportStatement } from './import-statements';
import type { ScopeFacts } from './parse/scope-facts';
import { PythonSyntaxProblem } from './syntax-problem';
import { tokenize, type Tokens } from './tokenizer';

export interface ReadSource {
  tokens: Tokens;
  imports: ImportStatement[];
}

/** Throws SourceSyntaxError when the tokenizer or the import finder rejects `text`. */
export function readSource(text: string, path: string): ReadSource {
  return asSourceError(text, path, () => {
    const tokens = tokenize(text);
    return { tokens, imports: findImports(text, tokens) };
  });
}

/** The parser's verdict on `text` (already tokenized): its facts, or SyntaxUnsure; throws SourceSyntaxError when CPython surely rejects it. */
export function parseSource(text: string, tokens: Tokens, path: string): ScopeFacts | SyntaxUnsure {
  // Required here: readSource's users (a plan's provided names, read at start-up) never load the parser.
  const { parsePython } = require('./parse/parse-python') as typeof import('./parse/parse-python');
  const verdict = asSourceError(text, path, () => parsePython(text, tokens));
  if (verdict.kind === 'ok') return verdict.facts;
  const { line, column } = createLineIndex(text).position(verdict.offset);
  return new SyntaxUnsure(verdict.reason, line, column);
}

/** Throws SourceSyntaxError when `text` (accepted by the reader) uses syntax newer than the project's Python (newer-syntax.ts). */
export function requireVersion(text: string, tokens: Tokens, path: string, version: PythonVersion): void {
  // Required here, like the parser: readSource's users never load it.
  const { newerSyntax } = require('./newer-syntax') as typeof import('./newer-syntax');
  const newer = newerSyntax(text, tokens, version);
  if (newer === undefined) return;
  const { line, column } = createLineIndex(text).position(newer.offset);
  throw new SourceSyntaxError(`${path}:${line}:${column}: ${newer.message}`, { line, column });
}

function asSourceError<T>(text: string, path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PythonSyntaxProblem) {
      const { line, column } = createLineIndex(text).position(error.offset);
      throw new SourceSyntaxError(`${path}:${line}:${column}: ${error.message}`, { line, column });
    }
    throw error;
  }
}
