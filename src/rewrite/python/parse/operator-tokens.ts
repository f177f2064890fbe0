// Token tests the expression parser's operator levels share: is the current token a comparison
// operator (`<`, `not in`, `is not`…), and how tightly does a binary operator bind.
// Used by expressions.ts.
import { Tok } from '../tokenizer';
import type { ParserState } from './parser-state';
import { Kw, Op } from './token-view';

export function atComparisonOperator(ps: ParserState): boolean {
  const kind = ps.kind;
  const code = ps.code;
  if (kind === Tok.Op) return (code >= Op.Less && code <= Op.Greater) || (code >= Op.EqEqual && code <= Op.GreaterEqual) || code === Op.LessGreater;
  if (kind !== Tok.Name) return false;
  return code === Kw.In || code === Kw.Is || (code === Kw.Not && ps.v.kind[ps.p + 1] === Tok.Name && ps.v.code[ps.p + 1] === Kw.In);
}

/** Binding power of a binary operator token (0: not one). */
export function precedence(ps: ParserState): number {
  if (ps.kind !== Tok.Op) return 0;
  switch (ps.code) {
    case Op.VBar:
      return 1;
    case Op.Circumflex:
      return 2;
    case Op.Amper:
      return 3;
    case Op.LeftShift:
    case Op.RightShift:
      return 4;
    case Op.Plus:
    case Op.Minus:
      return 5;
    case Op.Star:
    case Op.Slash:
    case Op.DoubleSlash:
    case Op.Percent:
    case Op.At:
      return 6;
    default:
      return 0;
  }
}
