// f-string bodies (PEP 701): literal parts with `{{`/`}}` and escapes, and replacement fields
// `{expr[=][!conv][:spec]}` whose expression is tokenized and parsed in place (absolute offsets),
// so its names become occurrences and a bad field is a syntax error. Used by strings.ts.
import { tokenizeField } from '../field-tokenizer';
import { isIdentChar, isIdentStart } from '../string-scanner';
import { Tok, TokenBuffer } from '../tokenizer';
import { N } from './ast';
import { checkEscape } from './escapes';
import { parseStarExpressions, parseYieldExpr } from './expressions';
import type { ParserState } from './parser-state';
import { fieldTokenView, Kw, Op } from './token-view';

/** CPython refuses a replacement field nested this deep in format specs (MAX_EXPR_NESTING). */
const MAX_FIELD_LEVEL = 3;

/** Parses the f-string body text[from, to) (between its quotes), adding field expressions to `owner`. */
export function parseFString(ps: ParserState, owner: number, from: number, to: number, raw: boolean): void {
  scanLiteral(ps, owner, from, to, raw, -1);
}

/**
 * Literal text: of the whole body (level -1, ends at `to`) or of a format spec (ends at the field's
 * closing `}`, whose offset is returned). Fields inside start at `level + 1`.
 */
function scanLiteral(ps: ParserState, owner: number, i: number, to: number, raw: boolean, level: number): number {
  const text = ps.text;
  const inSpec = level >= 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      const next = text.charCodeAt(i + 1);
      if (raw || next === 123 || next === 125) i++;
      else i = checkEscape(text, i, to, false, i, i);
    } else if (c === 123 /* { */) {
      if (!inSpec && text.charCodeAt(i + 1) === 123) i += 2;
      else i = parseField(ps, owner, i + 1, to, raw, level + 1);
    } else if (c === 125 /* } */) {
      if (inSpec) return i;
      if (text.charCodeAt(i + 1) !== 125) throw ps.error("f-string: single '}' is not allowed", i);
      i += 2;
    } else i++;
  }
  if (inSpec) throw ps.error("f-string: expecting '}'", to);
  return to;
}

/** The field's expression (and `=`), tokenized and parsed where it is; `stop` is where it ends. */
function parseFieldExpression(ps: ParserState, from: number, to: number): { stop: number; expression: number } {
  const text = ps.text;
  const depth = ps.fieldDepth++;
  try {
    const slot = (ps.fieldSlots[depth] ??= { tokens: new TokenBuffer(32) });
    const { stop } = tokenizeField(text, from, to, slot.tokens);
    const view = (slot.view = fieldTokenView(text, slot.tokens, slot.view));
    if (view.count === 1 || (view.count === 2 && view.kind[0] === Tok.Op && view.code[0] === Op.Equal)) {
      throw ps.error(`f-string: valid expression required before '${text[view.count === 1 ? stop : view.start[0]]}'`, stop);
    }
    const savedView = ps.v;
    const savedPosition = ps.p;
    ps.v = view;
    ps.p = 0;
    ps.enter();
    if (ps.isKw(Kw.Lambda)) throw ps.error('f-string: lambda expressions are not allowed without parentheses');
    const expression = ps.isKw(Kw.Yield) ? parseYieldExpr(ps) : parseStarExpressions(ps);
    if (ps.ast.kind[expression] === N.Starred) ps.compileError("can't use starred expression here", ps.ast.start[expression]);
    ps.eatOp(Op.Equal);
    if (ps.kind !== Tok.End) throw ps.error("f-string: expecting '=', or '!', or ':', or '}'");
    ps.leave();
    ps.v = savedView;
    ps.p = savedPosition;
    return { stop, expression };
  } finally {
    ps.fieldDepth = depth;
  }
}

/** One replacement field from just after its `{`; returns the offset after its `}`. */
function parseField(ps: ParserState, owner: number, from: number, to: number, raw: boolean, level: number): number {
  const text = ps.text;
  if (level >= MAX_FIELD_LEVEL) throw ps.error('f-string: expressions nested too deeply', from - 1);
  const { stop, expression } = parseFieldExpression(ps, from, to);
  ps.ast.add(owner, expression);

  let i = stop;
  if (text.charCodeAt(i) === 33 /* ! */) {
    i++;
    if (!isIdentStart(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      throw ps.error(c === 125 || c === 58 ? 'f-string: missing conversion character' : 'f-string: conversion type must come right after the exclamanation mark', i);
    }
    let j = i + 1;
    while (isIdentChar(text.charCodeAt(j))) j++;
    const conversion = text.slice(i, j);
    if (conversion !== 's' && conversion !== 'r' && conversion !== 'a') {
      throw ps.error(`f-string: invalid conversion character '${conversion}': expected 's', 'r', or 'a'`, i);
    }
    i = j;
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 12 || c === 10 || c === 13; c = text.charCodeAt(++i));
    if (text.charCodeAt(i) !== 58 && text.charCodeAt(i) !== 125) throw ps.error("f-string: expecting ':' or '}'", i);
  }
  if (text.charCodeAt(i) === 58 /* : */) i = scanLiteral(ps, owner, i + 1, to, raw, level);
  if (text.charCodeAt(i) !== 125) throw ps.error("f-string: expecting '}'", i);
  return i + 1;
}
