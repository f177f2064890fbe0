// Parameter lists of `def` (with annotations) and `lambda` (without), with CPython's ordering rules:
// `/` before `*`, defaults, bare `*` followed by a keyword-only parameter, nothing after `**kw`;
// and the lambda expression itself. Duplicate names are the scope pass's to find (CPython's symtable).
import { N, P } from './ast';
import { parseExpression, parseStarExpression } from './expressions';
import type { ParserState } from './parser-state';
import { isDebug } from './targets';
import { Op } from './token-view';

/** Parses parameters up to (not including) `closer` into a new Arguments node. */
export function parseParameters(ps: ParserState, closer: Op.RPar | Op.Colon): number {
  const ast = ps.ast;
  const args = ast.node(N.Arguments, ps.start, ps.start);
  const annotated = closer === Op.RPar;
  let slash = false;
  let star = false;
  let bareStar = -1;
  let keywordOnly = false;
  let defaults = false;
  let kwarg = false;
  let count = 0;
  while (!ps.isOp(closer)) {
    if (kwarg) throw ps.error('arguments cannot follow var-keyword argument');
    if (ps.isOp(Op.Slash)) {
      if (slash) throw ps.error('/ may appear only once');
      if (star) throw ps.error('/ must be ahead of *');
      if (count === 0) throw ps.error('at least one argument must precede /');
      slash = true;
      for (let c = ast.first[args]; c !== 0; c = ast.next[c]) ast.aux[c] = P.PosOnly;
      ps.p++;
    } else if (ps.isOp(Op.Star)) {
      if (star) throw ps.error('* argument may appear only once');
      star = true;
      const at = ps.start;
      ps.p++;
      if (ps.isOp(Op.Comma) || ps.isOp(closer)) bareStar = at;
      else ast.add(args, parseParameter(ps, P.VarArg, annotated));
    } else if (ps.isOp(Op.DoubleStar)) {
      if (bareStar >= 0 && !keywordOnly) throw ps.error('named arguments must follow bare *', bareStar);
      ps.p++;
      ast.add(args, parseParameter(ps, P.KwArg, annotated));
      kwarg = true;
    } else if (ps.isOp(Op.LPar) && annotated) {
      throw ps.error('Function parameters cannot be parenthesized');
    } else {
      const param = parseParameter(ps, star ? P.KwOnly : P.Normal, annotated);
      ast.add(args, param);
      if (star) keywordOnly = true;
      else if (ast.kind[ast.child(param, 1)] !== N.Empty) defaults = true;
      else if (defaults) throw ps.error('parameter without a default follows parameter with a default', ast.start[param]);
    }
    count++;
    if (!ps.eatOp(Op.Comma)) break;
  }
  if (bareStar >= 0 && !keywordOnly) throw ps.error('named arguments must follow bare *', bareStar);
  if (!ps.isOp(closer)) throw ps.error();
  ast.end[args] = ps.prevEnd;
  return args;
}

/** NAME [`:` annotation] [`=` default] → a Param node with children annotation|Empty, default|Empty. */
function parseParameter(ps: ParserState, kind: P, annotated: boolean): number {
  const ast = ps.ast;
  if (!ps.isName()) throw ps.error();
  const start = ps.start;
  const end = ps.end;
  if (isDebug(ps, start, end)) ps.compileError('cannot assign to __debug__');
  ps.p++;
  const param = ast.node(N.Param, start, end, kind);
  if (annotated && ps.eatOp(Op.Colon)) {
    // `*args: *Ts` (PEP 646) is the only annotation that may be starred.
    ast.add(param, kind === P.VarArg ? parseStarExpression(ps) : parseExpression(ps));
  } else ast.add(param, ast.node(N.Empty, end, end));
  if (ps.isOp(Op.Equal)) {
    if (kind === P.VarArg) throw ps.error('var-positional argument cannot have default value');
    if (kind === P.KwArg) throw ps.error('var-keyword argument cannot have default value');
    ps.p++;
    ast.add(param, parseExpression(ps));
  } else ast.add(param, ast.node(N.Empty, ps.start, ps.start));
  return param;
}

/** lambdef: `lambda` [params] `:` expression. */
export function parseLambda(ps: ParserState): number {
  const start = ps.start;
  ps.p++;
  ps.enter();
  const args = parseParameters(ps, Op.Colon);
  ps.p++;
  const body = parseExpression(ps);
  ps.leave();
  return ps.ast.node2(N.Lambda, start, ps.prevEnd, args, body);
}
