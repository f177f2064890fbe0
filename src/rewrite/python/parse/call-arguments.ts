// Call arguments (also class bases) with the order rules CPython enforces: positional after keyword
// or `**`, `*` after `**`, repeated keywords, a bare generator expression only as the sole argument;
// and subscript slices (`a[1:2, *b]`). Called from parsePrimary (expressions.ts) and statements.ts.
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import { atComprehension, parseComprehensionClauses } from './displays';
import { parseExpression, parseNamedExpression } from './expressions';
import type { ParserState } from './parser-state';
import { Op } from './token-view';

/** Parses `(arguments)` from the `(`, appending each argument to `owner`. */
export function parseCallArguments(ps: ParserState, owner: number, allowGenerator = true): void {
  const ast = ps.ast;
  const open = ps.start;
  ps.p++;
  ps.enter();
  let keyword = false;
  let doubleStar = false;
  let count = 0;
  let names: Set<string> | undefined;
  while (!ps.isOp(Op.RPar)) {
    const start = ps.start;
    if (ps.isOp(Op.Star)) {
      if (doubleStar) throw ps.error('iterable argument unpacking follows keyword argument unpacking');
      ps.p++;
      const value = parseExpression(ps);
      ast.add(owner, ast.node1(N.Starred, start, ps.prevEnd, value));
    } else if (ps.isOp(Op.DoubleStar)) {
      ps.p++;
      const value = parseExpression(ps);
      ast.add(owner, ast.node1(N.DictSplat, start, ps.prevEnd, value));
      doubleStar = true;
    } else if (ps.kind === Tok.Name && ps.peekIsOp(Op.Equal)) {
      if (!ps.isName()) throw ps.error(`cannot assign to ${ps.text.slice(ps.start, ps.end)}`);
      const name = ps.text.slice(start, ps.end);
      if (name === '__debug__') ps.compileError('cannot assign to __debug__');
      names ??= new Set();
      if (names.has(name)) ps.compileError(`keyword argument repeated: ${name}`);
      names.add(name);
      const ident = ast.node(N.Ident, start, ps.end);
      ps.p += 2;
      const value = parseExpression(ps);
      ast.add(owner, ast.node2(N.Keyword, start, ps.prevEnd, ident, value));
      keyword = true;
    } else {
      const value = parseNamedExpression(ps);
      if (allowGenerator && atComprehension(ps)) {
        const gen = ast.node1(N.GenExp, open, 0, value);
        parseComprehensionClauses(ps, gen);
        ast.end[gen] = ps.isOp(Op.RPar) ? ps.end : ps.prevEnd;
        if (count > 0 || !ps.isOp(Op.RPar)) throw ps.error('Generator expression must be parenthesized', ast.start[value]);
        ast.add(owner, gen);
        count++;
        continue;
      }
      if (ps.isOp(Op.Equal)) throw ps.error('expression cannot contain assignment, perhaps you meant "=="?', start);
      if (doubleStar) throw ps.error('positional argument follows keyword argument unpacking', start);
      if (keyword) throw ps.error('positional argument follows keyword argument', start);
      ast.add(owner, value);
    }
    count++;
    if (!ps.eatOp(Op.Comma)) break;
  }
  ps.expectOp(Op.RPar);
  ps.leave();
}

/** slices: one slice or named expression, or a tuple of slices and starred expressions. */
export function parseSlices(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  const first = parseSliceItem(ps);
  if (!ps.isOp(Op.Comma) && ast.kind[first] !== N.Starred) return first;
  const tuple = ast.node1(N.Tuple, start, 0, first);
  while (ps.eatOp(Op.Comma) && !ps.isOp(Op.RSqb)) ast.add(tuple, parseSliceItem(ps));
  ast.end[tuple] = ps.prevEnd;
  return tuple;
}

function parseSliceItem(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  if (ps.isOp(Op.Star)) {
    ps.p++;
    const value = parseExpression(ps);
    return ast.node1(N.Starred, start, ps.prevEnd, value);
  }
  let lower = 0;
  if (!ps.isOp(Op.Colon)) {
    lower = parseNamedExpression(ps);
    if (!ps.isOp(Op.Colon)) return lower;
    if (ast.kind[lower] === N.NamedExpr && !(ast.flags[lower] & F.Paren)) throw ps.error();
  }
  ps.p++;
  const slice = ast.node(N.Slice, start, 0);
  ast.add(slice, lower || ast.node(N.Empty, start, start));
  ast.add(slice, atSliceBound(ps) ? parseExpression(ps) : ast.node(N.Empty, ps.start, ps.start));
  if (ps.eatOp(Op.Colon)) ast.add(slice, atSliceBound(ps) ? parseExpression(ps) : ast.node(N.Empty, ps.start, ps.start));
  else ast.add(slice, ast.node(N.Empty, ps.start, ps.start));
  ast.end[slice] = ps.prevEnd;
  return slice;
}

function atSliceBound(ps: ParserState): boolean {
  return !(ps.kind === Tok.Op && (ps.code === Op.Colon || ps.code === Op.Comma || ps.code === Op.RSqb));
}
