// The Python reader's verdict on a file, as CPython 3.13's compile() would give it: a sure syntax
// error is thrown (PythonSyntaxProblem, with CPython's message and offset); otherwise the file's
// scope facts, or `unsure` when agreeing with CPython would need more than the reader knows.
// Used by read-source.ts (the rewriter and checkSyntax) and by the reader tests and scripts.
import type { Tokens } from '../tokenizer';
import { Ast } from './ast';
import { ParserState, ParseUnsure } from './parser-state';
import type { ScopeFacts } from './scope-facts';
import { visitModule } from './scope-statements';
import { ScopeWalker } from './scope-walker';
import { parseModule } from './statements';
import { createTokenView } from './token-view';

export type ParseVerdict = { kind: 'ok'; facts: ScopeFacts } | { kind: 'unsure'; reason: string; offset: number };

/** Parses `text` (already tokenized by tokenize()). Throws PythonSyntaxProblem when CPython surely rejects it. */
export function parsePython(text: string, tokens: Tokens): ParseVerdict {
  const view = createTokenView(text, tokens);
  // About 0.7 nodes per significant token in real code: one allocation, rarely a doubling.
  const ps = new ParserState(text, view, new Ast(view.count + 16));
  try {
    const module = parseModule(ps);
    const walker = new ScopeWalker(text, ps.ast, ps.futureAnnotations, ps.compileErrors);
    visitModule(walker, module);
    return { kind: 'ok', facts: walker.facts() };
  } catch (error) {
    if (error instanceof ParseUnsure) return { kind: 'unsure', reason: error.reason, offset: error.offset };
    if (error instanceof RangeError) return { kind: 'unsure', reason: 'nesting deeper than the reader follows', offset: 0 };
    throw error;
  }
}
