// PEP 695 type parameter lists (`def f[T: int, *Ts, **P]`, `class C[T = int]`, `type X[T] = …`) with
// the rules CPython's parser adds: not empty, no bound on `*Ts`/`**P`, no non-default parameter
// after a default (3.13). Duplicates are left to the scope pass. Used by statements.ts and compound-statements.ts.
import { N } from './ast';
import { parseExpression, parseStarExpression } from './expressions';
import type { ParserState } from './parser-state';
import { isDebug } from './targets';
import { Op } from './token-view';

/** TypeParam payloads. */
export const enum TypeParamKind {
  TypeVar = 0,
  TypeVarTuple = 1,
  ParamSpec = 2,
}

/** `[T, *Ts, **P]` as a Seq of TypeParam(bound|Empty, default|Empty) nodes; an empty Seq when there is no `[`. */
export function parseTypeParams(ps: ParserState): number {
  const ast = ps.ast;
  const seq = ast.node(N.Seq, ps.start, ps.start);
  if (!ps.isOp(Op.LSqb)) return seq;
  ps.p++;
  if (ps.isOp(Op.RSqb)) throw ps.error('Type parameter list cannot be empty');
  let defaults = false;
  do {
    if (ps.isOp(Op.RSqb)) break;
    const kind = ps.eatOp(Op.Star) ? TypeParamKind.TypeVarTuple : ps.eatOp(Op.DoubleStar) ? TypeParamKind.ParamSpec : TypeParamKind.TypeVar;
    if (!ps.isName()) throw ps.error();
    if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
    const param = ast.node(N.TypeParam, ps.start, ps.end, kind);
    const name = ps.text.slice(ps.start, ps.end);
    ps.p++;
    if (ps.isOp(Op.Colon)) {
      if (kind === TypeParamKind.TypeVarTuple) throw ps.error('cannot use bound with TypeVarTuple');
      if (kind === TypeParamKind.ParamSpec) throw ps.error('cannot use bound with ParamSpec');
      ps.p++;
      ast.add(param, parseExpression(ps));
    } else ast.add(param, ast.node(N.Empty, ps.start, ps.start));
    if (ps.eatOp(Op.Equal)) {
      ast.add(param, kind === TypeParamKind.TypeVarTuple ? parseStarExpression(ps) : parseExpression(ps));
      defaults = true;
    } else {
      if (defaults) throw ps.error(`non-default type parameter '${name}' follows default type parameter`, ast.start[param]);
      ast.add(param, ast.node(N.Empty, ps.start, ps.start));
    }
    ast.add(seq, param);
  } while (ps.eatOp(Op.Comma));
  ps.expectOp(Op.RSqb);
  ast.end[seq] = ps.prevEnd;
  return seq;
}
