// Assignment, deletion and augmented-assignment targets: parsing star_targets where the grammar
// needs them (`for`, comprehensions, `with … as`), and checking an already parsed expression as a
// target, marking its names Store/Del, with CPython's messages for the forms it refuses.
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import { describeExpression } from './describe-expression';
import { parsePrimary } from './expressions';
import type { ParserState } from './parser-state';
import { Kw, Op } from './token-view';

/** star_targets up to the first token that cannot continue them (`in`, `=`, `:`…); checked by the caller. */
export function parseStarTargets(ps: ParserState): number {
  const start = ps.start;
  const first = parseStarTarget(ps);
  if (!ps.isOp(Op.Comma)) return first;
  const tuple = ps.ast.node1(N.Tuple, start, 0, first);
  while (ps.eatOp(Op.Comma) && startsTarget(ps)) ps.ast.add(tuple, parseStarTarget(ps));
  ps.ast.end[tuple] = ps.prevEnd;
  return tuple;
}

/** star_target: `*` star_target | a primary (name, attribute, subscript, parenthesized or bracketed targets). */
export function parseStarTarget(ps: ParserState): number {
  if (!ps.isOp(Op.Star)) return parsePrimary(ps);
  const start = ps.start;
  ps.p++;
  ps.enter();
  const inner = parseStarTarget(ps);
  ps.leave();
  return ps.ast.node1(N.Starred, start, ps.prevEnd, inner);
}

function startsTarget(ps: ParserState): boolean {
  const kind = ps.kind;
  if (kind === Tok.Number || kind === Tok.String) return true;
  if (kind === Tok.Name) return ps.code === Kw.None || ps.code > Kw.LastHard || ps.code <= Kw.True;
  if (kind !== Tok.Op) return false;
  const op = ps.code;
  return op === Op.LPar || op === Op.LSqb || op === Op.LBrace || op === Op.Star || op === Op.Ellipsis;
}

/** An assignment (`assignment`: of an `=` statement), `for`, `with … as` or comprehension target. */
export function checkStoreTarget(ps: ParserState, n: number, assignment = false): void {
  const ast = ps.ast;
  const kind = ast.kind[n];
  if (kind === N.Starred) {
    ps.compileError('starred assignment target must be in a list or tuple', ast.start[n]);
    ast.flags[n] |= F.Store;
    return checkStoreTarget(ps, ast.first[n]);
  }
  if (assignment && kind !== N.Name && kind !== N.Attribute && kind !== N.Subscript && kind !== N.Tuple && kind !== N.List && kind !== N.Const) {
    if (kind === N.Yield || kind === N.YieldFrom) throw ps.error('assignment to yield expression not possible', ast.start[n]);
    throw ps.error(`cannot assign to ${describeExpression(ps, n)} here. Maybe you meant '==' instead of '='?`, ast.start[n]);
  }
  checkStore(ps, n);
}

/** The grammar's part of a store target; `__debug__` and `*` rules are the compiler's (CompileError). */
function checkStore(ps: ParserState, n: number): void {
  const ast = ps.ast;
  switch (ast.kind[n]) {
    case N.Name:
      if (isDebug(ps, ast.start[n], ast.end[n])) ps.compileError('cannot assign to __debug__', ast.start[n]);
      ast.flags[n] |= F.Store;
      return;
    case N.Attribute:
      if (isDebug(ps, ast.aux[n], ast.end[n])) ps.compileError('cannot assign to __debug__', ast.start[n]);
      ast.flags[n] |= F.Store;
      return;
    case N.Subscript:
      ast.flags[n] |= F.Store;
      return;
    case N.Tuple:
    case N.List: {
      ast.flags[n] |= F.Store;
      let stars = 0;
      let index = 0;
      for (let c = ast.first[n]; c !== 0; c = ast.next[c], index++) {
        if (ast.kind[c] !== N.Starred) {
          checkStore(ps, c);
          continue;
        }
        if (++stars > 1) ps.compileError('multiple starred expressions in assignment', ast.start[n]);
        if (index >= 256) ps.compileError('too many expressions in star-unpacking assignment', ast.start[n]);
        ast.flags[c] |= F.Store;
        checkStoreTarget(ps, ast.first[c]);
      }
      return;
    }
    default:
      throw ps.error(`cannot assign to ${describeExpression(ps, n)}`, ast.start[n]);
  }
}

/** A `del` target. */
export function checkDelTarget(ps: ParserState, n: number): void {
  const ast = ps.ast;
  switch (ast.kind[n]) {
    case N.Name:
      if (isDebug(ps, ast.start[n], ast.end[n])) ps.compileError('cannot delete __debug__', ast.start[n]);
      ast.flags[n] |= F.Del;
      return;
    case N.Attribute:
    case N.Subscript:
      ast.flags[n] |= F.Del;
      return;
    case N.Tuple:
    case N.List:
      ast.flags[n] |= F.Del;
      for (let c = ast.first[n]; c !== 0; c = ast.next[c]) checkDelTarget(ps, c);
      return;
    default:
      throw ps.error(`cannot delete ${describeExpression(ps, n)}`, ast.start[n]);
  }
}

/** The target of `x += …`: a name, attribute or subscript. */
export function checkAugTarget(ps: ParserState, n: number): void {
  const ast = ps.ast;
  const kind = ast.kind[n];
  if (kind === N.Name && isDebug(ps, ast.start[n], ast.end[n])) ps.compileError('cannot assign to __debug__', ast.start[n]);
  if (kind !== N.Name && kind !== N.Attribute && kind !== N.Subscript) {
    throw ps.error(`'${describeExpression(ps, n)}' is an illegal expression for augmented assignment`, ast.start[n]);
  }
  ast.flags[n] |= F.Store;
}

/** The target of `x: T [= v]`; returns whether it is "simple" (a bare name, not parenthesized). */
export function checkAnnotationTarget(ps: ParserState, n: number): boolean {
  const ast = ps.ast;
  const kind = ast.kind[n];
  if (kind === N.Tuple) throw ps.error('only single target (not tuple) can be annotated', ast.start[n]);
  if (kind === N.List) throw ps.error('only single target (not list) can be annotated', ast.start[n]);
  if (kind !== N.Name && kind !== N.Attribute && kind !== N.Subscript) throw ps.error('illegal target for annotation', ast.start[n]);
  if (isDebug(ps, kind === N.Attribute ? ast.aux[n] : ast.start[n], ast.end[n])) ps.compileError('cannot assign to __debug__', ast.start[n]);
  ast.flags[n] |= F.Store;
  return kind === N.Name && !(ast.flags[n] & F.Paren);
}

/** Whether text[start, end) is `__debug__`. */
export function isDebug(ps: ParserState, start: number, end: number): boolean {
  return end - start === 9 && ps.text.startsWith('__debug__', start);
}
