// The `match` statement (soft keyword: tried first, as CPython's PEG parser does, and abandoned for
// an ordinary statement unless `match <subject>:` NEWLINE follows) and its case blocks. Patterns are
// parsed by patterns.ts and checked by pattern-checks.ts. Called from parseStatement (statements.ts).
import { PythonSyntaxProblem } from '../syntax-problem';
import { Tok } from '../tokenizer';
import { N } from './ast';
import { parseBlock } from './compound-statements';
import { parseNamedExpression, parseStarNamedExpression } from './expressions';
import type { ParserState } from './parser-state';
import { checkCasePatterns, checkPattern } from './pattern-checks';
import { parsePatterns } from './patterns';
import { Kw, Op } from './token-view';

/** Parses a match statement into `owner`, or returns false (consuming nothing) when `match` starts something else. */
export function tryParseMatch(ps: ParserState, owner: number): boolean {
  const ast = ps.ast;
  const start = ps.start;
  const cp = ps.checkpoint();
  let subject: number;
  try {
    ps.p++;
    subject = parseSubject(ps);
    ps.expectOp(Op.Colon);
    if (ps.kind !== Tok.Newline) throw ps.error();
  } catch (error) {
    if (!(error instanceof PythonSyntaxProblem)) throw error;
    ps.restore(cp);
    return false;
  }
  ps.p++;
  if (ps.v.kind[ps.p] !== Tok.Indent) throw ps.error('expected an indented block');
  ps.p++;
  const n = ast.node1(N.Match, start, 0, subject);
  ps.blockDepth++;
  while (ps.v.kind[ps.p] !== Tok.Dedent && ps.v.kind[ps.p] !== Tok.End) {
    if (!ps.isKw(Kw.Case)) throw ps.error("expected 'case' block");
    const caseStart = ps.start;
    ps.p++;
    const pattern = parsePatterns(ps);
    checkPattern(ps, pattern);
    const guard = ps.eatKw(Kw.If) ? parseNamedExpression(ps) : ast.node(N.Empty, ps.start, ps.start);
    const body = parseBlock(ps, 1);
    const matchCase = ast.node2(N.MatchCase, caseStart, ps.prevEnd, pattern, guard);
    ast.add(matchCase, body);
    ast.add(n, matchCase);
  }
  ps.eatDedent();
  ps.blockDepth--;
  checkCasePatterns(ps, n);
  ast.end[n] = ps.prevEnd;
  ast.add(owner, n);
  return true;
}

/** subject_expr: star_named_expression `,` star_named_expressions? | named_expression. */
function parseSubject(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  const first = parseStarNamedExpression(ps);
  if (!ps.isOp(Op.Comma)) {
    if (ast.kind[first] === N.Starred) throw ps.error();
    return first;
  }
  const tuple = ast.node1(N.Tuple, start, 0, first);
  while (ps.eatOp(Op.Comma) && !ps.isOp(Op.Colon)) ast.add(tuple, parseStarNamedExpression(ps));
  ast.end[tuple] = ps.prevEnd;
  return tuple;
}
