// Compound statements: if/elif/else, while, for, try/except[*]/else/finally, with (also the
// parenthesized form, tried first as CPython's PEG parser does), def, class, decorators, and the
// indented or same-line block after `:`. Called from parseStatement (statements.ts).
import { PythonSyntaxProblem } from '../syntax-problem';
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import { parseCallArguments } from './call-arguments';
import { parseExpression, parseNamedExpression, parseStarExpressions } from './expressions';
import { parseParameters } from './parameters';
import { ParseUnsure, type ParserState } from './parser-state';
import { parseSimpleStatements, parseStatement } from './statements';
import { checkStoreTarget, isDebug, parseStarTarget, parseStarTargets } from './targets';
import { parseTry } from './try-statement';
import { Kw, Op } from './token-view';
import { parseTypeParams } from './type-params';

/**
 * CPython refuses more than 20 nested frame blocks (loops, with, try…) in one code unit; each
 * construct costs one or more. Past this upper-bound weight the verdict is left to CPython.
 */
const MAX_BLOCK_WEIGHT = 20;

/** `if`, `while`, `for`, `try`, `with`, `def`, `class` or `async …`, appended to `owner`. */
export function parseBlockStatement(ps: ParserState, owner: number): void {
  const start = ps.start;
  const ast = ps.ast;
  switch (ps.code) {
    case Kw.If:
      return ast.add(owner, parseIf(ps));
    case Kw.While:
      return ast.add(owner, parseWhile(ps));
    case Kw.For:
      return ast.add(owner, parseFor(ps, start, false));
    case Kw.Try:
      return ast.add(owner, parseTry(ps));
    case Kw.With:
      return ast.add(owner, parseWith(ps, start, false));
    case Kw.Def:
      return ast.add(owner, parseFunctionDef(ps, start, ast.node(N.Seq, start, start), false));
    case Kw.Class:
      return ast.add(owner, parseClassDef(ps, start, ast.node(N.Seq, start, start)));
  }
  ps.p++; // async
  if (ps.isKw(Kw.Def)) return ast.add(owner, parseFunctionDef(ps, start, ast.node(N.Seq, start, start), true));
  if (ps.isKw(Kw.For)) return ast.add(owner, parseFor(ps, start, true));
  if (ps.isKw(Kw.With)) return ast.add(owner, parseWith(ps, start, true));
  throw ps.error();
}

/** `@decorator` lines, then the def or class they decorate. */
export function parseDecorated(ps: ParserState, owner: number): void {
  const ast = ps.ast;
  const start = ps.start;
  const decorators = ast.node(N.Seq, start, 0);
  while (ps.eatOp(Op.At)) {
    ast.add(decorators, parseNamedExpression(ps));
    if (ps.kind !== Tok.Newline) throw ps.error();
    ps.p++;
  }
  ast.end[decorators] = ps.prevEnd;
  // The def or class itself starts at its keyword (CPython's line for it), not at the decorators.
  const keyword = ps.start;
  if (ps.isKw(Kw.Def)) return ast.add(owner, parseFunctionDef(ps, keyword, decorators, false));
  if (ps.isKw(Kw.Class)) return ast.add(owner, parseClassDef(ps, keyword, decorators));
  if (ps.isKw(Kw.Async) && ps.v.code[ps.p + 1] === Kw.Def && ps.v.kind[ps.p + 1] === Tok.Name) {
    ps.p++;
    return ast.add(owner, parseFunctionDef(ps, keyword, decorators, true));
  }
  throw ps.error();
}

/** `:` then an indented block or simple statements on the same line, as a Seq. `weight`: frame blocks it opens. */
export function parseBlock(ps: ParserState, weight = 0): number {
  const ast = ps.ast;
  ps.expectOp(Op.Colon, "expected ':'");
  const seq = ast.node(N.Seq, ps.start, 0);
  ps.blockWeight += weight;
  if (ps.blockWeight > MAX_BLOCK_WEIGHT) throw new ParseUnsure('blocks nested deeper than the reader follows', ps.start);
  ps.blockDepth++;
  if (ps.kind === Tok.Newline) {
    ps.p++;
    if (ps.v.kind[ps.p] !== Tok.Indent) throw ps.error('expected an indented block');
    ps.p++;
    while (ps.v.kind[ps.p] !== Tok.Dedent && ps.v.kind[ps.p] !== Tok.End) parseStatement(ps, seq);
    ps.eatDedent();
  } else parseSimpleStatements(ps, seq);
  ps.blockDepth--;
  ps.blockWeight -= weight;
  ast.end[seq] = ast.last[seq] ? ast.end[ast.last[seq]] : ps.prevEnd;
  return seq;
}

export function emptySeq(ps: ParserState): number {
  return ps.ast.node(N.Seq, ps.start, ps.start);
}

/** If(test, body, [elif-test, elif-body]*, orelse): elif chains stay flat, however long. */
function parseIf(ps: ParserState): number {
  const ast = ps.ast;
  const n = ast.node(N.If, ps.start, 0);
  do {
    ps.p++;
    ast.add(n, parseNamedExpression(ps));
    ast.add(n, parseBlock(ps));
  } while (ps.isKw(Kw.Elif));
  ast.add(n, ps.eatKw(Kw.Else) ? parseBlock(ps) : emptySeq(ps));
  ast.end[n] = ps.prevEnd;
  return n;
}

function parseWhile(ps: ParserState): number {
  const ast = ps.ast;
  const n = ast.node(N.While, ps.start, 0);
  ps.p++;
  ast.add(n, parseNamedExpression(ps));
  ast.add(n, parseLoopBody(ps));
  ast.add(n, ps.eatKw(Kw.Else) ? parseBlock(ps) : emptySeq(ps));
  ast.end[n] = ps.prevEnd;
  return n;
}

function parseFor(ps: ParserState, start: number, isAsync: boolean): number {
  const ast = ps.ast;
  const n = ast.node(N.For, start, 0);
  if (isAsync) ast.flags[n] |= F.Async;
  ps.p++;
  const target = parseStarTargets(ps);
  checkStoreTarget(ps, target);
  if (!ps.eatKw(Kw.In)) throw ps.error("expected 'in'");
  const iter = parseStarExpressions(ps);
  if (ast.kind[iter] === N.Starred) ps.compileError("can't use starred expression here", ast.start[iter]);
  ast.add(n, target);
  ast.add(n, iter);
  ast.add(n, parseLoopBody(ps));
  ast.add(n, ps.eatKw(Kw.Else) ? parseBlock(ps) : emptySeq(ps));
  ast.end[n] = ps.prevEnd;
  return n;
}

function parseLoopBody(ps: ParserState): number {
  ps.loopDepth++;
  const body = parseBlock(ps, 1);
  ps.loopDepth--;
  return body;
}

function parseWith(ps: ParserState, start: number, isAsync: boolean): number {
  const ast = ps.ast;
  ps.p++;
  let items = ps.isOp(Op.LPar) ? tryParenthesizedWithItems(ps) : 0;
  if (!items) {
    items = ast.node(N.Seq, ps.start, 0);
    do ast.add(items, parseWithItem(ps));
    while (ps.eatOp(Op.Comma));
  }
  const body = parseBlock(ps, 1);
  const n = ast.node2(N.With, start, ps.prevEnd, items, body);
  if (isAsync) ast.flags[n] |= F.Async;
  return n;
}

/** `with (a as b, c):` — or undefined (0) when the parentheses belong to the first item's expression. */
function tryParenthesizedWithItems(ps: ParserState): number {
  const ast = ps.ast;
  const cp = ps.checkpoint();
  try {
    const items = ast.node(N.Seq, ps.start, 0);
    ps.p++;
    do ast.add(items, parseWithItem(ps));
    while (ps.eatOp(Op.Comma) && !ps.isOp(Op.RPar));
    ps.expectOp(Op.RPar);
    if (!ps.isOp(Op.Colon)) throw ps.error();
    return items;
  } catch (error) {
    if (!(error instanceof PythonSyntaxProblem)) throw error;
    ps.restore(cp);
    return 0;
  }
}

function parseWithItem(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  const context = parseExpression(ps);
  let target: number;
  if (ps.eatKw(Kw.As)) {
    target = parseStarTarget(ps);
    checkStoreTarget(ps, target);
    if (!ps.isOp(Op.Comma) && !ps.isOp(Op.RPar) && !ps.isOp(Op.Colon)) throw ps.error();
  } else target = ast.node(N.Empty, ps.start, ps.start);
  return ast.node2(N.WithItem, start, ps.prevEnd, context, target);
}

/** FunctionDef(name, decorators, type params, arguments, returns|Empty, body); F.Async for `async def`. */
function parseFunctionDef(ps: ParserState, start: number, decorators: number, isAsync: boolean): number {
  const ast = ps.ast;
  ps.p++;
  const name = parseDefinedName(ps, start);
  const typeParams = parseTypeParams(ps);
  ps.expectOp(Op.LPar, "expected '('");
  const args = parseParameters(ps, Op.RPar);
  ps.p++;
  const returns = ps.eatOp(Op.RArrow) ? parseExpression(ps) : ast.node(N.Empty, ps.start, ps.start);
  const body = parseUnitBody(ps, true);
  const n = ast.node2(N.FunctionDef, start, ps.prevEnd, name, decorators);
  if (isAsync) ast.flags[n] |= F.Async;
  ast.add(n, typeParams);
  ast.add(n, args);
  ast.add(n, returns);
  ast.add(n, body);
  ast.end[n] = ast.end[body];
  return n;
}

/** ClassDef(name, decorators, type params, bases, body). */
function parseClassDef(ps: ParserState, start: number, decorators: number): number {
  const ast = ps.ast;
  ps.p++;
  const name = parseDefinedName(ps, start);
  const typeParams = parseTypeParams(ps);
  const bases = ast.node(N.Seq, ps.start, ps.start);
  if (ps.isOp(Op.LPar)) parseCallArguments(ps, bases, false);
  ast.end[bases] = ps.prevEnd;
  const body = parseUnitBody(ps, false);
  const n = ast.node2(N.ClassDef, start, ast.end[body], name, decorators);
  ast.add(n, typeParams);
  ast.add(n, bases);
  ast.add(n, body);
  return n;
}

function parseDefinedName(ps: ParserState, statementStart: number): number {
  if (!ps.isName()) throw ps.error();
  if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__', statementStart);
  const name = ps.ast.node(N.Ident, ps.start, ps.end);
  ps.p++;
  return name;
}

/** The body of a def or class: a new code unit, with its own loops, except* handlers and frame blocks. */
function parseUnitBody(ps: ParserState, inFunction: boolean): number {
  const saved = [ps.inFunction, ps.loopDepth, ps.exceptStarLoop, ps.blockWeight] as const;
  ps.inFunction = inFunction;
  ps.loopDepth = 0;
  ps.exceptStarLoop = -1;
  ps.blockWeight = 0;
  const body = parseBlock(ps);
  [ps.inFunction, ps.loopDepth, ps.exceptStarLoop, ps.blockWeight] = saved;
  return body;
}
