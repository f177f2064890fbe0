// Adjacent string literals (one Str node): no mixing of bytes and text, bytes ASCII-only, escapes
// CPython refuses; f-strings go to fstrings.ts, whose replacement-field expressions become the
// node's children. Called from parseAtom (expressions.ts) and the pattern parser.
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import { checkLiteralContent } from './escapes';
import { parseFString } from './fstrings';
import type { ParserState } from './parser-state';

export function parseStrings(ps: ParserState): number {
  const ast = ps.ast;
  const text = ps.text;
  const node = ast.node(N.Str, ps.start, 0);
  let bytes = false;
  let nonBytes = false;
  while (ps.kind === Tok.String) {
    const start = ps.start;
    const end = ps.end;
    const code = ps.code;
    ps.p++;
    if (code === 2 ? nonBytes : bytes) throw ps.error('cannot mix bytes and nonbytes literals', start);
    if (code === 2) bytes = true;
    else nonBytes = true;
    let quote = start;
    let raw = false;
    for (let c = text.charCodeAt(quote); c !== 39 && c !== 34; c = text.charCodeAt(++quote)) if ((c | 32) === 114) raw = true;
    const width = text.charCodeAt(quote + 1) === text.charCodeAt(quote) && quote + 2 < end - 1 && text.charCodeAt(quote + 2) === text.charCodeAt(quote) ? 3 : 1;
    if (code === 1) {
      ast.flags[node] |= F.Formatted;
      parseFString(ps, node, quote + width, end - width, raw);
    } else if (code === 2 || (!raw && ps.nextBackslash(quote + width) < end - width)) {
      checkLiteralContent(text, quote + width, end - width, raw, code === 2, start);
    }
  }
  if (bytes) ast.flags[node] |= F.Bytes;
  ast.end[node] = ps.prevEnd;
  return node;
}
