// The try statement: its body, `except` / `except*` handlers (a bare `except:` only last, no
// mixing of the two forms, `except A, B:` refused as in 3.13), `else` and `finally`, and the
// except* context that refuses break/continue/return. Used by compound-statements.ts.
import { F, N } from './ast';
import { emptySeq, parseBlock } from './compound-statements';
import { parseExpression } from './expressions';
import type { ParserState } from './parser-state';
import { isDebug } from './targets';
import { Kw, Op } from './token-view';

/** Try(body, handlers, orelse, finalbody); F.Bytes marks `except*`. */
export function parseTry(ps: ParserState): number {
  const ast = ps.ast;
  const n = ast.node(N.Try, ps.start, 0);
  ps.p++;
  const body = parseBlock(ps, 2);
  const handlers = ast.node(N.Seq, ps.start, ps.start);
  let star: boolean | undefined;
  let bare = -1;
  while (ps.isKw(Kw.Except)) {
    const start = ps.start;
    if (bare >= 0) throw ps.error("default 'except:' must be last", bare);
    ps.p++;
    const isStar = ps.eatOp(Op.Star);
    if (star !== undefined && isStar !== star) throw ps.error("cannot have both 'except' and 'except*' on the same 'try'", start);
    star = isStar;
    const handler = ast.node(N.Handler, start, 0);
    if (ps.isOp(Op.Colon)) {
      if (isStar) throw ps.error('expected one or more exception types');
      bare = start;
      ast.add(handler, ast.node(N.Empty, ps.start, ps.start));
      ast.add(handler, ast.node(N.Empty, ps.start, ps.start));
    } else {
      ast.add(handler, parseExpression(ps));
      if (ps.isOp(Op.Comma)) throw ps.error('multiple exception types must be parenthesized', ast.start[ast.first[handler]]);
      if (ps.eatKw(Kw.As)) {
        if (!ps.isName()) throw ps.error();
        if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__', start);
        ast.add(handler, ast.node(N.Ident, ps.start, ps.end));
        ps.p++;
      } else ast.add(handler, ast.node(N.Empty, ps.start, ps.start));
    }
    const outerStar = ps.exceptStarLoop;
    if (isStar) ps.exceptStarLoop = ps.loopDepth;
    ast.add(handler, parseBlock(ps, 2));
    ps.exceptStarLoop = outerStar;
    ast.end[handler] = ps.prevEnd;
    ast.add(handlers, handler);
  }
  if (star) ast.flags[n] |= F.Bytes;
  const hasHandlers = ast.first[handlers] !== 0;
  const orelse = hasHandlers && ps.eatKw(Kw.Else) ? parseBlock(ps, 1) : emptySeq(ps);
  const finalbody = ps.eatKw(Kw.Finally) ? parseBlock(ps, 2) : 0;
  if (!hasHandlers && !finalbody) throw ps.error("expected 'except' or 'finally' block");
  ast.add(n, body);
  ast.add(n, handlers);
  ast.add(n, orelse);
  ast.add(n, finalbody || emptySeq(ps));
  ast.end[n] = ps.prevEnd;
  return n;
}
