// `import a.b as c` and `from ..m import (x as y, z)` as Import/ImportFrom nodes with one Alias per
// name (span of the dotted name, child Ident for `as`), plus the `from __future__` rules CPython's
// compiler enforces: only at the top of the module, only known features. Used by statements.ts.
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import type { ParserState } from './parser-state';
import { isDebug } from './targets';
import { Op } from './token-view';
import { Kw } from './token-view';

const FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** `import dotted [as name], …`. */
export function parseImport(ps: ParserState): number {
  const ast = ps.ast;
  const n = ast.node(N.Import, ps.start, 0);
  ps.p++;
  do {
    const start = ps.start;
    const headEnd = ps.end;
    parseDottedName(ps);
    const alias = ast.node(N.Alias, start, ps.prevEnd);
    if (ps.eatKw(Kw.As)) ast.add(alias, parseBoundName(ps));
    else if (isDebug(ps, start, headEnd)) ps.compileError('cannot assign to __debug__', start);
    ast.add(n, alias);
  } while (ps.eatOp(Op.Comma));
  ast.end[n] = ps.prevEnd;
  return n;
}

/** `from [.]*[dotted] import (names) | names | *`; aux = the number of leading dots. */
export function parseImportFrom(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.p++;
  let level = 0;
  for (;;) {
    if (ps.eatOp(Op.Dot)) level++;
    else if (ps.eatOp(Op.Ellipsis)) level += 3;
    else break;
  }
  const n = ast.node(N.ImportFrom, start, 0, level);
  if (ps.isKw(Kw.Import)) {
    if (level === 0) throw ps.error();
    ast.add(n, ast.node(N.Empty, ps.start, ps.start));
  } else {
    const moduleStart = ps.start;
    parseDottedName(ps);
    ast.add(n, ast.node(N.Ident, moduleStart, ps.prevEnd));
    if (level === 0 && ps.prevEnd - moduleStart === 10 && ps.text.startsWith('__future__', moduleStart)) ast.flags[n] |= F.Future;
  }
  if (!ps.eatKw(Kw.Import)) throw ps.error();
  if (ps.isOp(Op.Star)) {
    ast.add(n, ast.node(N.Alias, ps.start, ps.end, 1));
    ps.p++;
  } else {
    const parenthesized = ps.eatOp(Op.LPar);
    let count = 0;
    do {
      if (parenthesized && count > 0 && ps.isOp(Op.RPar)) break;
      count++;
      if (!ps.isName()) throw ps.error(ps.kind === Tok.Newline ? 'trailing comma not allowed without surrounding parentheses' : 'invalid syntax');
      const alias = ast.node(N.Alias, ps.start, ps.end);
      const nameStart = ps.start;
      const nameEnd = ps.end;
      ps.p++;
      if (ps.eatKw(Kw.As)) ast.add(alias, parseBoundName(ps));
      else if (isDebug(ps, nameStart, nameEnd)) ps.compileError('cannot assign to __debug__', start);
      ast.add(n, alias);
    } while (ps.eatOp(Op.Comma));
    if (parenthesized) ps.expectOp(Op.RPar);
  }
  ast.end[n] = ps.prevEnd;
  if (ast.flags[n] & F.Future) checkFuture(ps, n);
  return n;
}

function parseDottedName(ps: ParserState): void {
  do {
    if (!ps.isName()) throw ps.error();
    ps.p++;
  } while (ps.eatOp(Op.Dot));
}

function parseBoundName(ps: ParserState): number {
  if (!ps.isName()) throw ps.error();
  if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
  const ident = ps.ast.node(N.Ident, ps.start, ps.end);
  ps.p++;
  return ident;
}

/** A future import must open the module (after a docstring) and name a known feature. */
function checkFuture(ps: ParserState, n: number): void {
  const ast = ps.ast;
  if (!ps.futureAllowed || ps.blockDepth > 0) throw ps.error('from __future__ imports must occur at the beginning of the file', ast.start[n]);
  for (let alias = ast.next[ast.first[n]]; alias !== 0; alias = ast.next[alias]) {
    const name = ps.text.slice(ast.start[alias], ast.end[alias]);
    if (name === 'annotations') ps.futureAnnotations = true;
    else if (name === 'braces') throw ps.error('not a chance', ast.start[alias]);
    else if (!FEATURES.has(name)) throw ps.error(`future feature ${name} is not defined`, ast.start[alias]);
  }
}
