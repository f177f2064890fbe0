// Python 3.13 expressions by recursive descent over the token view, from star_expressions down to
// atoms (the grammar's rule names are kept): operators by precedence climbing, trailers, literals.
// Displays and comprehensions live in displays.ts, call arguments and slices in call-arguments.ts.
import { Tok } from '../tokenizer';
import { C, F, N } from './ast';
import { parseCallArguments, parseSlices } from './call-arguments';
import { describeExpression } from './describe-expression';
import { parseBraceDisplay, parseListDisplay, parseParenthesized } from './displays';
import { atComparisonOperator, precedence } from './operator-tokens';
import { parseLambda } from './parameters';
import type { ParserState } from './parser-state';
import { parseStrings } from './strings';
import { Kw, Op } from './token-view';

/** star_expressions: one star_expression, or a tuple of them (`a, *b,`). */
export function parseStarExpressions(ps: ParserState): number {
  const start = ps.start;
  const first = parseStarExpression(ps);
  if (!ps.isOp(Op.Comma)) return first;
  const tuple = ps.ast.node(N.Tuple, start, 0);
  ps.ast.add(tuple, first);
  while (ps.eatOp(Op.Comma)) {
    if (!startsExpression(ps)) break;
    ps.ast.add(tuple, parseStarExpression(ps));
  }
  ps.ast.end[tuple] = ps.prevEnd;
  return tuple;
}

/** star_expression: `*` bitwise_or | expression. */
export function parseStarExpression(ps: ParserState): number {
  if (ps.isOp(Op.Star)) {
    const start = ps.start;
    ps.p++;
    const inner = parseBitwiseOr(ps);
    return ps.ast.node1(N.Starred, start, ps.prevEnd, inner);
  }
  return parseExpression(ps);
}

/** star_named_expression: `*` bitwise_or | named_expression (list, set and tuple elements). */
export function parseStarNamedExpression(ps: ParserState): number {
  if (ps.isOp(Op.Star)) {
    const start = ps.start;
    ps.p++;
    const inner = parseBitwiseOr(ps);
    return ps.ast.node1(N.Starred, start, ps.prevEnd, inner);
  }
  return parseNamedExpression(ps);
}

/** named_expression: NAME `:=` expression | expression (and refuses `:=` after anything but a bare name). */
export function parseNamedExpression(ps: ParserState): number {
  if (ps.isName() && ps.peekIsOp(Op.ColonEqual)) {
    const start = ps.start;
    if (ps.end - start === 9 && ps.text.startsWith('__debug__', start)) ps.compileError('cannot assign to __debug__');
    const target = ps.ast.node(N.Name, start, ps.end);
    ps.ast.flags[target] = F.Store;
    ps.p += 2;
    const value = parseExpression(ps);
    return ps.ast.node2(N.NamedExpr, start, ps.prevEnd, target, value);
  }
  const e = parseExpression(ps);
  if (ps.isOp(Op.ColonEqual)) throw ps.error(`cannot use assignment expressions with ${describeExpression(ps, e)}`, ps.ast.start[e]);
  return e;
}

/** expression: disjunction [`if` disjunction `else` expression] | lambdef. */
export function parseExpression(ps: ParserState): number {
  if (ps.isKw(Kw.Lambda)) return parseLambda(ps);
  const start = ps.start;
  const body = parseDisjunction(ps);
  if (!ps.isKw(Kw.If)) return body;
  ps.p++;
  ps.enter();
  const test = parseDisjunction(ps);
  if (!ps.eatKw(Kw.Else)) throw ps.error("expected 'else' after 'if' expression");
  const orelse = parseExpression(ps);
  ps.leave();
  const n = ps.ast.node2(N.IfExp, start, ps.prevEnd, body, test);
  ps.ast.add(n, orelse);
  return n;
}

export function parseDisjunction(ps: ParserState): number {
  return parseBool(ps, Kw.Or);
}

function parseBool(ps: ParserState, kw: Kw.Or | Kw.And): number {
  const start = ps.start;
  const first = kw === Kw.Or ? parseBool(ps, Kw.And) : parseInversion(ps);
  if (!ps.isKw(kw)) return first;
  const n = ps.ast.node1(N.BoolOp, start, 0, first, kw);
  while (ps.eatKw(kw)) ps.ast.add(n, kw === Kw.Or ? parseBool(ps, Kw.And) : parseInversion(ps));
  ps.ast.end[n] = ps.prevEnd;
  return n;
}

function parseInversion(ps: ParserState): number {
  if (!ps.isKw(Kw.Not)) return parseComparison(ps);
  const start = ps.start;
  ps.p++;
  ps.enter();
  const operand = parseInversion(ps);
  ps.leave();
  return ps.ast.node1(N.UnaryOp, start, ps.prevEnd, operand, Op.None);
}

function parseComparison(ps: ParserState): number {
  const start = ps.start;
  const first = parseBitwiseOr(ps);
  if (!atComparisonOperator(ps)) return first;
  const n = ps.ast.node1(N.Compare, start, 0, first);
  while (atComparisonOperator(ps)) {
    if (ps.isKw(Kw.Not)) {
      ps.p++;
      if (!ps.eatKw(Kw.In)) throw ps.error();
    } else if (ps.isKw(Kw.Is)) {
      ps.p++;
      ps.eatKw(Kw.Not);
    } else {
      if (ps.isOp(Op.LessGreater)) throw ps.error();
      ps.p++;
    }
    ps.ast.add(n, parseBitwiseOr(ps));
  }
  ps.ast.end[n] = ps.prevEnd;
  return n;
}

/** bitwise_or and everything below it down to term (all left-associative), by precedence climbing. */
export function parseBitwiseOr(ps: ParserState): number {
  return parseBinary(ps, 1);
}

function parseBinary(ps: ParserState, min: number): number {
  const start = ps.start;
  let left = parseFactor(ps);
  for (let prec = precedence(ps); prec >= min; prec = precedence(ps)) {
    const op = ps.code;
    ps.p++;
    ps.enter();
    const right = parseBinary(ps, prec + 1);
    ps.leave();
    left = ps.ast.node2(N.BinOp, start, ps.prevEnd, left, right, op);
  }
  return left;
}

function parseFactor(ps: ParserState): number {
  if (ps.kind === Tok.Op && (ps.code === Op.Plus || ps.code === Op.Minus || ps.code === Op.Tilde)) {
    const start = ps.start;
    const op = ps.code;
    ps.p++;
    ps.enter();
    const operand = parseFactor(ps);
    ps.leave();
    return ps.ast.node1(N.UnaryOp, start, ps.prevEnd, operand, op);
  }
  return parsePower(ps);
}

function parsePower(ps: ParserState): number {
  const start = ps.start;
  let base: number;
  if (ps.isKw(Kw.Await)) {
    ps.p++;
    const operand = parsePrimary(ps);
    base = ps.ast.node1(N.Await, start, ps.prevEnd, operand);
  } else base = parsePrimary(ps);
  if (!ps.isOp(Op.DoubleStar)) return base;
  ps.p++;
  ps.enter();
  const exponent = parseFactor(ps);
  ps.leave();
  return ps.ast.node2(N.BinOp, start, ps.prevEnd, base, exponent, Op.DoubleStar);
}

/** primary: an atom followed by `.name`, `(arguments)` and `[slices]` trailers. */
export function parsePrimary(ps: ParserState): number {
  const start = ps.start;
  let e = parseAtom(ps);
  for (;;) {
    if (ps.kind !== Tok.Op) return e;
    const op = ps.code;
    if (op === Op.Dot) {
      ps.p++;
      if (!ps.isName()) throw ps.error();
      const nameStart = ps.start;
      ps.p++;
      e = ps.ast.node1(N.Attribute, start, ps.prevEnd, e, nameStart);
    } else if (op === Op.LPar) {
      const call = ps.ast.node1(N.Call, start, 0, e);
      parseCallArguments(ps, call);
      ps.ast.end[call] = ps.prevEnd;
      e = call;
    } else if (op === Op.LSqb) {
      ps.p++;
      ps.enter();
      const slice = parseSlices(ps);
      ps.leave();
      ps.expectOp(Op.RSqb);
      e = ps.ast.node2(N.Subscript, start, ps.prevEnd, e, slice);
    } else return e;
  }
}

export function parseAtom(ps: ParserState): number {
  const start = ps.start;
  const end = ps.end;
  switch (ps.kind) {
    case Tok.Name: {
      const code = ps.code;
      if (code === Kw.None || code > Kw.LastHard) {
        ps.p++;
        return ps.ast.node(N.Name, start, end);
      }
      if (code === Kw.True || code === Kw.False || code === Kw.NoneKw) {
        ps.p++;
        return ps.ast.node(N.Const, start, end, code === Kw.True ? C.True : code === Kw.False ? C.False : C.None);
      }
      throw ps.error();
    }
    case Tok.Number:
      ps.p++;
      return ps.ast.node(N.Num, start, end, ps.v.code[ps.p - 1]);
    case Tok.String:
      return parseStrings(ps);
    case Tok.Op:
      switch (ps.code) {
        case Op.LPar:
          return parseParenthesized(ps);
        case Op.LSqb:
          return parseListDisplay(ps);
        case Op.LBrace:
          return parseBraceDisplay(ps);
        case Op.Ellipsis:
          ps.p++;
          return ps.ast.node(N.Const, start, end, C.Ellipsis);
        default:
          throw ps.error();
      }
    case Tok.Newline:
    case Tok.End:
      throw ps.error('invalid syntax');
    default:
      throw ps.error();
  }
}

/** yield_expr: `yield from` expression | `yield` [star_expressions]. */
export function parseYieldExpr(ps: ParserState): number {
  const start = ps.start;
  ps.p++;
  if (ps.eatKw(Kw.From)) {
    const value = parseExpression(ps);
    return ps.ast.node1(N.YieldFrom, start, ps.prevEnd, value);
  }
  const n = ps.ast.node(N.Yield, start, ps.prevEnd);
  if (startsExpression(ps)) {
    ps.ast.add(n, parseStarExpressions(ps));
    ps.ast.end[n] = ps.prevEnd;
  }
  return n;
}

/** Whether the current token can begin an expression (used after a trailing comma). */
export function startsExpression(ps: ParserState): boolean {
  const kind = ps.kind;
  if (kind === Tok.Number || kind === Tok.String) return true;
  if (kind === Tok.Name) {
    const code = ps.code;
    return code === Kw.None || code > Kw.LastHard || code === Kw.True || code === Kw.False || code === Kw.NoneKw || code === Kw.Not || code === Kw.Lambda || code === Kw.Await;
  }
  if (kind !== Tok.Op) return false;
  const op = ps.code;
  return op === Op.LPar || op === Op.LSqb || op === Op.LBrace || op === Op.Minus || op === Op.Plus || op === Op.Tilde || op === Op.Star || op === Op.Ellipsis;
}
