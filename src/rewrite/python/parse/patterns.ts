// Case patterns of the `match` statement: literals (signed and complex numbers, strings, None,
// True, False), captures, the wildcard, dotted values, groups, sequences with one star, mappings
// with `**rest`, class patterns with positional then keyword patterns, `|` and `as`.
// Used by match-statement.ts.
import { NumberKind } from '../number-literal';
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import type { ParserState } from './parser-state';
import { parseStrings } from './strings';
import { isDebug } from './targets';
import { Kw, Op } from './token-view';

/** patterns: an open sequence (`case a, *b:`) or one pattern. */
export function parsePatterns(ps: ParserState): number {
  const start = ps.start;
  const first = parseMaybeStarPattern(ps);
  if (!ps.isOp(Op.Comma)) {
    if (ps.ast.kind[first] === N.PatStar) throw ps.error('invalid syntax', start);
    return first;
  }
  const seq = ps.ast.node1(N.PatSeq, start, 0, first);
  while (ps.eatOp(Op.Comma) && !ps.isOp(Op.Colon) && !ps.isKw(Kw.If)) ps.ast.add(seq, parseMaybeStarPattern(ps));
  ps.ast.end[seq] = ps.prevEnd;
  return seq;
}

function parseMaybeStarPattern(ps: ParserState): number {
  if (!ps.isOp(Op.Star)) return parsePattern(ps);
  ps.p++;
  if (!ps.isName()) throw ps.error();
  const named = !ps.isKw(Kw.Underscore);
  if (named && isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
  const n = ps.ast.node(N.PatStar, ps.start, ps.end, named ? 1 : 0);
  ps.p++;
  return n;
}

/** as_pattern | or_pattern. */
function parsePattern(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.enter();
  let n = parseOrPattern(ps);
  if (ps.eatKw(Kw.As)) {
    if (!ps.isName()) throw ps.error();
    if (ps.isKw(Kw.Underscore)) throw ps.error("cannot use '_' as a target");
    if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
    const name = ast.node(N.Ident, ps.start, ps.end);
    ps.p++;
    if (ps.isOp(Op.Dot) || ps.isOp(Op.LPar) || ps.isOp(Op.Equal)) throw ps.error();
    n = ast.node2(N.PatAs, start, ps.prevEnd, n, name);
  }
  ps.leave();
  return n;
}

function parseOrPattern(ps: ParserState): number {
  const start = ps.start;
  const first = parseClosedPattern(ps);
  if (!ps.isOp(Op.VBar)) return first;
  const n = ps.ast.node1(N.PatOr, start, 0, first);
  while (ps.eatOp(Op.VBar)) ps.ast.add(n, parseClosedPattern(ps));
  ps.ast.end[n] = ps.prevEnd;
  return n;
}

function parseClosedPattern(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  switch (ps.kind) {
    case Tok.Number:
      return parseNumberPattern(ps);
    case Tok.String: {
      const value = parseStrings(ps);
      if (ast.flags[value] & F.Formatted) throw ps.error('patterns may only match literals and attribute lookups', start);
      return ast.node1(N.PatValue, start, ps.prevEnd, value);
    }
    case Tok.Op:
      if (ps.isOp(Op.Minus)) return parseNumberPattern(ps);
      if (ps.isOp(Op.LPar)) return parseGroupOrSequence(ps);
      if (ps.isOp(Op.LSqb)) return parseBracketSequence(ps);
      if (ps.isOp(Op.LBrace)) return parseMappingPattern(ps);
      throw ps.error();
    case Tok.Name: {
      const code = ps.code;
      if (code === Kw.NoneKw || code === Kw.True || code === Kw.False) {
        const value = ast.node(N.Const, start, ps.end, code === Kw.True ? 1 : code === Kw.False ? 2 : 0);
        ps.p++;
        return ast.node1(N.PatValue, start, ps.prevEnd, value);
      }
      if (!ps.isName()) throw ps.error();
      if (ps.peekIsOp(Op.Dot) || ps.peekIsOp(Op.LPar)) {
        const value = parseNameOrAttribute(ps);
        if (ps.isOp(Op.LPar)) return parseClassPattern(ps, start, value);
        if (ps.isOp(Op.Equal)) throw ps.error();
        return ast.node1(N.PatValue, start, ps.prevEnd, value);
      }
      const wildcard = code === Kw.Underscore;
      if (!wildcard && isDebug(ps, start, ps.end)) ps.compileError('cannot assign to __debug__');
      ps.p++;
      if (ps.isOp(Op.Equal)) throw ps.error();
      return ast.node(wildcard ? N.PatWildcard : N.PatCapture, start, ps.prevEnd);
    }
    default:
      throw ps.error();
  }
}

/** NAME (`.` NAME)* as a Name/Attribute expression (loads, for value and class patterns). */
function parseNameOrAttribute(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  let e = ast.node(N.Name, start, ps.end);
  ps.p++;
  while (ps.eatOp(Op.Dot)) {
    if (!ps.isName()) throw ps.error();
    const nameStart = ps.start;
    ps.p++;
    e = ast.node1(N.Attribute, start, ps.prevEnd, e, nameStart);
  }
  return e;
}

/** A signed number, or a complex literal `real ± imaginary`. */
function parseNumberPattern(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  const negative = ps.eatOp(Op.Minus);
  if (ps.kind !== Tok.Number) throw ps.error();
  const realKind = ps.code;
  let value = ast.node(N.Num, ps.start, ps.end, realKind);
  ps.p++;
  if (negative) value = ast.node1(N.UnaryOp, start, ps.prevEnd, value, Op.Minus);
  if (ps.isOp(Op.Plus) || ps.isOp(Op.Minus)) {
    const op = ps.code;
    if (realKind === NumberKind.Imaginary) throw ps.error('real number required in complex literal', start);
    ps.p++;
    if (ps.kind !== Tok.Number) throw ps.error();
    if (ps.code !== NumberKind.Imaginary) throw ps.error('imaginary number required in complex literal');
    const imaginary = ast.node(N.Num, ps.start, ps.end, ps.code);
    ps.p++;
    value = ast.node2(N.BinOp, start, ps.prevEnd, value, imaginary, op);
  }
  return ast.node1(N.PatValue, start, ps.prevEnd, value);
}

/** `()`, `(p)` (a group: just p), `(p,)` and `(p, q)` (sequences). */
function parseGroupOrSequence(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.p++;
  if (ps.eatOp(Op.RPar)) return ast.node(N.PatSeq, start, ps.prevEnd);
  const first = parseMaybeStarPattern(ps);
  if (ps.eatOp(Op.RPar)) {
    if (ast.kind[first] === N.PatStar) throw ps.error('invalid syntax', start);
    return first;
  }
  const seq = ast.node1(N.PatSeq, start, 0, first);
  ps.expectOp(Op.Comma);
  while (!ps.isOp(Op.RPar)) {
    ast.add(seq, parseMaybeStarPattern(ps));
    if (!ps.eatOp(Op.Comma)) break;
  }
  ps.expectOp(Op.RPar);
  ast.end[seq] = ps.prevEnd;
  return seq;
}

function parseBracketSequence(ps: ParserState): number {
  const ast = ps.ast;
  const seq = ast.node(N.PatSeq, ps.start, 0);
  ps.p++;
  while (!ps.isOp(Op.RSqb)) {
    ast.add(seq, parseMaybeStarPattern(ps));
    if (!ps.eatOp(Op.Comma)) break;
  }
  ps.expectOp(Op.RSqb);
  ast.end[seq] = ps.prevEnd;
  return seq;
}

/** `{key: pattern, …, **rest}` as PatMapping(PatKey(key, pattern)…, PatRest?). */
function parseMappingPattern(ps: ParserState): number {
  const ast = ps.ast;
  const n = ast.node(N.PatMapping, ps.start, 0);
  ps.p++;
  while (!ps.isOp(Op.RBrace)) {
    if (ps.isOp(Op.DoubleStar)) {
      ps.p++;
      if (!ps.isName() || ps.isKw(Kw.Underscore)) throw ps.error();
      if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
      ast.add(n, ast.node(N.PatRest, ps.start, ps.end));
      ps.p++;
      ps.eatOp(Op.Comma);
      break;
    }
    const keyStart = ps.start;
    const key = parseMappingKey(ps);
    ps.expectOp(Op.Colon);
    const value = parsePattern(ps);
    ast.add(n, ast.node2(N.PatKey, keyStart, ps.prevEnd, key, value));
    if (!ps.eatOp(Op.Comma)) break;
  }
  ps.expectOp(Op.RBrace);
  ast.end[n] = ps.prevEnd;
  return n;
}

/** A mapping key: a literal (PatValue) or a dotted value (`a.b`). */
function parseMappingKey(ps: ParserState): number {
  if (ps.isName() && ps.peekIsOp(Op.Dot)) {
    const start = ps.start;
    const value = parseNameOrAttribute(ps);
    return ps.ast.node1(N.PatValue, start, ps.prevEnd, value);
  }
  if (ps.isName() || ps.isOp(Op.LPar) || ps.isOp(Op.LSqb) || ps.isOp(Op.LBrace)) throw ps.error();
  const key = parseClosedPattern(ps);
  if (ps.ast.kind[key] !== N.PatValue) throw ps.error('invalid syntax', ps.ast.start[key]);
  return key;
}

/** `Cls(p, q, name=r)` as PatClass(cls, positional…, PatKeyword(Ident, pattern)…). */
function parseClassPattern(ps: ParserState, start: number, cls: number): number {
  const ast = ps.ast;
  const n = ast.node1(N.PatClass, start, 0, cls);
  ps.p++;
  let keywords = false;
  while (!ps.isOp(Op.RPar)) {
    if (ps.isName() && ps.peekIsOp(Op.Equal)) {
      if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
      const name = ast.node(N.Ident, ps.start, ps.end);
      ps.p += 2;
      const value = parsePattern(ps);
      ast.add(n, ast.node2(N.PatKeyword, ast.start[name], ps.prevEnd, name, value));
      keywords = true;
    } else {
      const positional = parsePattern(ps);
      if (keywords) throw ps.error('positional patterns follow keyword patterns', ast.start[positional]);
      ast.add(n, positional);
    }
    if (!ps.eatOp(Op.Comma)) break;
  }
  ps.expectOp(Op.RPar);
  ast.end[n] = ps.prevEnd;
  return n;
}
