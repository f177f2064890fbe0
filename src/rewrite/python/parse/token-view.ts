// The parser's view of a token array: only significant tokens (no comments, no NL), each with a
// small integer naming its keyword or operator, computed once without slicing strings. Built by
// parse-python.ts for the file and by fstrings.ts for each replacement field (fieldTokenView).
import { Tok, type Tokens } from '../tokenizer';

/** Keywords (hard ones first; a NAME whose code is above Kw.LastHard is an ordinary name to the grammar). */
export const enum Kw {
  None = 0,
  False = 1,
  NoneKw,
  True,
  And,
  As,
  Assert,
  Async,
  Await,
  Break,
  Class,
  Continue,
  Def,
  Del,
  Elif,
  Else,
  Except,
  Finally,
  For,
  From,
  Global,
  If,
  Import,
  In,
  Is,
  Lambda,
  Nonlocal,
  Not,
  Or,
  Pass,
  Raise,
  Return,
  Try,
  While,
  With,
  Yield,
  LastHard = Yield,
  Match,
  Case,
  Type,
  Underscore,
}

/** Operators and delimiters. */
export const enum Op {
  None = 0,
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
  Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex,
  LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual,
  AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual,
  DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation, LessGreater,
}

export interface TokenView {
  text: string;
  count: number;
  /** Tok kind of each significant token. */
  kind: Uint8Array;
  /** Name: its Kw (0 for an ordinary name); Op: its Op; String/Number: the tokenizer's code. */
  code: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

/** Copies the significant tokens (dropping Comment and Nl) and classifies names and operators. */
export function createTokenView(text: string, t: Tokens): TokenView {
  const n = t.count;
  const kind = new Uint8Array(n);
  const code = new Uint8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const tk = t.kind[k];
    if (tk === Tok.Comment || tk === Tok.Nl) continue;
    const s = t.start[k];
    const e = t.end[k];
    kind[m] = tk;
    start[m] = s;
    end[m] = e;
    code[m] = tk === Tok.Name ? keywordOf(text, s, e) : tk === Tok.Op ? operatorOf(text, s, e) : t.code[k];
    m++;
  }
  return { text, count: m, kind, code, start, end };
}

/**
 * The view of a replacement field's tokens (no comments or NL there): the token arrays themselves,
 * plus a classification array reused from `into` when it is large enough. Fields are many and
 * small, so the parser keeps one view per f-string nesting depth instead of copying each.
 */
export function fieldTokenView(text: string, t: Tokens, into: TokenView | undefined): TokenView {
  const n = t.count;
  const code = into && into.code.length >= n ? into.code : new Uint8Array(Math.max(32, n * 2));
  for (let k = 0; k < n; k++) {
    const tk = t.kind[k];
    code[k] = tk === Tok.Name ? keywordOf(text, t.start[k], t.end[k]) : tk === Tok.Op ? operatorOf(text, t.start[k], t.end[k]) : t.code[k];
  }
  if (!into) return { text, count: n, kind: t.kind, code, start: t.start, end: t.end };
  into.text = text;
  into.count = n;
  into.kind = t.kind;
  into.code = code;
  into.start = t.start;
  into.end = t.end;
  return into;
}

/** The keyword text[s, e) spells, or Kw.None. A switch on length and first character, then one comparison. */
export function keywordOf(text: string, s: number, e: number): Kw {
  const c = text.charCodeAt(s);
  switch (e - s) {
    case 1:
      return c === 95 ? Kw.Underscore : Kw.None;
    case 2:
      if (c === 97) return is(text, s, 'as', Kw.As);
      if (c === 105) return text.charCodeAt(s + 1) === 102 ? Kw.If : text.charCodeAt(s + 1) === 110 ? Kw.In : text.charCodeAt(s + 1) === 115 ? Kw.Is : Kw.None;
      if (c === 111) return is(text, s, 'or', Kw.Or);
      return Kw.None;
    case 3:
      if (c === 97) return is(text, s, 'and', Kw.And);
      if (c === 100) return is(text, s, 'def', Kw.Def) || is(text, s, 'del', Kw.Del);
      if (c === 102) return is(text, s, 'for', Kw.For);
      if (c === 110) return is(text, s, 'not', Kw.Not);
      if (c === 116) return is(text, s, 'try', Kw.Try);
      return Kw.None;
    case 4:
      switch (c) {
        case 78: return is(text, s, 'None', Kw.NoneKw);
        case 84: return is(text, s, 'True', Kw.True);
        case 99: return is(text, s, 'case', Kw.Case);
        case 101: return is(text, s, 'elif', Kw.Elif) || is(text, s, 'else', Kw.Else);
        case 102: return is(text, s, 'from', Kw.From);
        case 112: return is(text, s, 'pass', Kw.Pass);
        case 116: return is(text, s, 'type', Kw.Type);
        case 119: return is(text, s, 'with', Kw.With);
        default: return Kw.None;
      }
    case 5:
      switch (c) {
        case 70: return is(text, s, 'False', Kw.False);
        case 97: return is(text, s, 'async', Kw.Async) || is(text, s, 'await', Kw.Await);
        case 98: return is(text, s, 'break', Kw.Break);
        case 99: return is(text, s, 'class', Kw.Class);
        case 109: return is(text, s, 'match', Kw.Match);
        case 114: return is(text, s, 'raise', Kw.Raise);
        case 119: return is(text, s, 'while', Kw.While);
        case 121: return is(text, s, 'yield', Kw.Yield);
        default: return Kw.None;
      }
    case 6:
      switch (c) {
        case 97: return is(text, s, 'assert', Kw.Assert);
        case 101: return is(text, s, 'except', Kw.Except);
        case 103: return is(text, s, 'global', Kw.Global);
        case 105: return is(text, s, 'import', Kw.Import);
        case 108: return is(text, s, 'lambda', Kw.Lambda);
        case 114: return is(text, s, 'return', Kw.Return);
        default: return Kw.None;
      }
    case 7:
      return is(text, s, 'finally', Kw.Finally);
    case 8:
      return c === 99 ? is(text, s, 'continue', Kw.Continue) : is(text, s, 'nonlocal', Kw.Nonlocal);
    default:
      return Kw.None;
  }
}

function is(text: string, s: number, word: string, kw: Kw): Kw {
  return text.startsWith(word, s) ? kw : Kw.None;
}

const SINGLE: Record<number, Op> = {
  40: Op.LPar, 41: Op.RPar, 91: Op.LSqb, 93: Op.RSqb, 123: Op.LBrace, 125: Op.RBrace, 58: Op.Colon, 44: Op.Comma,
  59: Op.Semi, 43: Op.Plus, 45: Op.Minus, 42: Op.Star, 47: Op.Slash, 124: Op.VBar, 38: Op.Amper, 60: Op.Less,
  62: Op.Greater, 61: Op.Equal, 46: Op.Dot, 37: Op.Percent, 126: Op.Tilde, 94: Op.Circumflex, 64: Op.At, 33: Op.Exclamation,
};

/** Operators ending in `=` (`+=`, `==`, `<=`…), keyed by their first character. */
const WITH_EQUAL: Record<number, Op> = {
  61: Op.EqEqual, 33: Op.NotEqual, 60: Op.LessEqual, 62: Op.GreaterEqual, 43: Op.PlusEqual, 45: Op.MinEqual,
  42: Op.StarEqual, 47: Op.SlashEqual, 37: Op.PercentEqual, 38: Op.AmperEqual, 124: Op.VBarEqual,
  94: Op.CircumflexEqual, 64: Op.AtEqual, 58: Op.ColonEqual,
};

export function operatorOf(text: string, s: number, e: number): Op {
  const a = text.charCodeAt(s);
  const len = e - s;
  if (len === 1) return SINGLE[a] ?? Op.None;
  const b = text.charCodeAt(s + 1);
  if (len === 2) {
    if (b === 61) return WITH_EQUAL[a] ?? Op.None;
    if (a === b) return a === 42 ? Op.DoubleStar : a === 47 ? Op.DoubleSlash : a === 60 ? Op.LeftShift : a === 62 ? Op.RightShift : Op.None;
    if (a === 45 && b === 62) return Op.RArrow;
    if (a === 60 && b === 62) return Op.LessGreater;
    return Op.None;
  }
  if (a === 46) return Op.Ellipsis;
  return a === 42 ? Op.DoubleStarEqual : a === 47 ? Op.DoubleSlashEqual : a === 60 ? Op.LeftShiftEqual : Op.RightShiftEqual;
}
