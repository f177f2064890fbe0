// Bracketed atoms: parenthesized groups, tuples and generator expressions; lists and list
// comprehensions; dicts, sets and their comprehensions; and the `for … in … if …` clauses they share.
// Called from parseAtom (expressions.ts).
import { F, N } from './ast';
import { parseBitwiseOr, parseDisjunction, parseExpression, parseStarNamedExpression, parseYieldExpr } from './expressions';
import type { ParserState } from './parser-state';
import { checkStoreTarget, parseStarTargets } from './targets';
import { Kw, Op } from './token-view';

export function parseParenthesized(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.p++;
  ps.enter();
  let result: number;
  if (ps.isOp(Op.RPar)) {
    ps.p++;
    result = ast.node(N.Tuple, start, ps.prevEnd);
  } else if (ps.isKw(Kw.Yield)) {
    result = parseYieldExpr(ps);
    ps.expectOp(Op.RPar);
  } else {
    const first = parseStarNamedExpression(ps);
    if (atComprehension(ps)) {
      if (ast.kind[first] === N.Starred) throw ps.error('iterable unpacking cannot be used in comprehension', ast.start[first]);
      result = ast.node1(N.GenExp, start, 0, first);
      parseComprehensionClauses(ps, result);
      ps.expectOp(Op.RPar);
    } else if (ps.isOp(Op.Comma)) {
      result = ast.node1(N.Tuple, start, 0, first);
      while (ps.eatOp(Op.Comma) && !ps.isOp(Op.RPar)) ast.add(result, parseStarNamedExpression(ps));
      ps.expectOp(Op.RPar);
    } else {
      ps.expectOp(Op.RPar);
      if (ast.kind[first] === N.Starred) throw ps.error('cannot use starred expression here', ast.start[first]);
      result = first;
    }
  }
  ps.leave();
  if (ast.kind[result] === N.Tuple || ast.kind[result] === N.GenExp) ast.end[result] = ps.prevEnd;
  ast.flags[result] |= F.Paren;
  return result;
}

export function parseListDisplay(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.p++;
  ps.enter();
  let result: number;
  if (ps.isOp(Op.RSqb)) result = ast.node(N.List, start, 0);
  else {
    const first = parseStarNamedExpression(ps);
    if (atComprehension(ps)) {
      if (ast.kind[first] === N.Starred) throw ps.error('iterable unpacking cannot be used in comprehension', ast.start[first]);
      result = ast.node1(N.ListComp, start, 0, first);
      parseComprehensionClauses(ps, result);
    } else {
      result = ast.node1(N.List, start, 0, first);
      while (ps.eatOp(Op.Comma) && !ps.isOp(Op.RSqb)) ast.add(result, parseStarNamedExpression(ps));
    }
  }
  ps.expectOp(Op.RSqb);
  ps.leave();
  ast.end[result] = ps.prevEnd;
  return result;
}

export function parseBraceDisplay(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.p++;
  ps.enter();
  let result: number;
  if (ps.isOp(Op.RBrace)) result = ast.node(N.Dict, start, 0);
  else if (ps.isOp(Op.DoubleStar)) {
    const splat = parseDictSplat(ps);
    if (atComprehension(ps)) throw ps.error('dict unpacking cannot be used in dict comprehension', ast.start[splat]);
    result = ast.node1(N.Dict, start, 0, splat);
    parseDictItems(ps, result);
  } else {
    const first = parseStarNamedExpression(ps);
    if (ps.isOp(Op.Colon)) {
      const kind = ast.kind[first];
      if (kind === N.Starred || (kind === N.NamedExpr && !(ast.flags[first] & F.Paren))) throw ps.error('invalid syntax', ast.start[first]);
      ps.p++;
      const value = parseExpression(ps);
      const pair = ast.node2(N.Pair, ast.start[first], ps.prevEnd, first, value);
      if (atComprehension(ps)) {
        result = ast.node1(N.DictComp, start, 0, pair);
        parseComprehensionClauses(ps, result);
      } else {
        result = ast.node1(N.Dict, start, 0, pair);
        parseDictItems(ps, result);
      }
    } else if (atComprehension(ps)) {
      if (ast.kind[first] === N.Starred) throw ps.error('iterable unpacking cannot be used in comprehension', ast.start[first]);
      result = ast.node1(N.SetComp, start, 0, first);
      parseComprehensionClauses(ps, result);
    } else {
      result = ast.node1(N.Set, start, 0, first);
      while (ps.eatOp(Op.Comma) && !ps.isOp(Op.RBrace)) ast.add(result, parseStarNamedExpression(ps));
    }
  }
  ps.expectOp(Op.RBrace);
  ps.leave();
  ast.end[result] = ps.prevEnd;
  return result;
}

/** The rest of a dict display after its first item: `, key: value` and `, **mapping`. */
function parseDictItems(ps: ParserState, dict: number): void {
  const ast = ps.ast;
  while (ps.eatOp(Op.Comma) && !ps.isOp(Op.RBrace)) {
    if (ps.isOp(Op.DoubleStar)) {
      ast.add(dict, parseDictSplat(ps));
      continue;
    }
    const key = parseExpression(ps);
    ps.expectOp(Op.Colon, "':' expected after dictionary key");
    const value = parseExpression(ps);
    ast.add(dict, ast.node2(N.Pair, ast.start[key], ps.prevEnd, key, value));
  }
}

function parseDictSplat(ps: ParserState): number {
  const start = ps.start;
  ps.p++;
  const value = parseBitwiseOr(ps);
  return ps.ast.node1(N.DictSplat, start, ps.prevEnd, value);
}

export function atComprehension(ps: ParserState): boolean {
  return ps.isKw(Kw.For) || (ps.isKw(Kw.Async) && ps.v.code[ps.p + 1] === Kw.For && ps.v.kind[ps.p + 1] === ps.kind);
}

/** for_if_clauses: (`async`? `for` star_targets `in` disjunction (`if` disjunction)*)+, appended to `owner`. */
export function parseComprehensionClauses(ps: ParserState, owner: number): void {
  const ast = ps.ast;
  while (atComprehension(ps)) {
    const start = ps.start;
    const isAsync = ps.eatKw(Kw.Async);
    ps.p++;
    const clause = ast.node(N.Comprehension, start, 0);
    if (isAsync) ast.flags[clause] |= F.Async;
    const target = parseStarTargets(ps);
    checkStoreTarget(ps, target);
    if (!ps.eatKw(Kw.In)) throw ps.error("expected 'in'");
    ast.add(clause, target);
    ast.add(clause, parseDisjunction(ps));
    while (ps.eatKw(Kw.If)) ast.add(clause, parseDisjunction(ps));
    ast.end[clause] = ps.prevEnd;
    ast.add(owner, clause);
  }
}
