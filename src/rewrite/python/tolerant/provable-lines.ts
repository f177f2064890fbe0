// Reads a file that does not parse as far as it can be proved: each logical line the recovering
// scanner vouches for is tokenized on its own (the existing tokenizer and import finder, on just
// that slice) and kept only when that succeeds. Returns one token stream and import list over the
// kept lines (offsets in the whole text), and the stretches of text that are hidden from proof.
// Used by the tolerant rewriter (tolerant/rewrite.ts).
import { findImports, type ImportStatement } from '../import-statements';
import { PythonSyntaxProblem } from '../syntax-problem';
import { Tok, tokenize, type Tokens } from '../tokenizer';
import { scanLines, type ScannedLine } from './line-scan';

/** A stretch [start, end) of the text that no proof covers. */
export interface HiddenRegion {
  start: number;
  end: number;
}

export interface ProvableRead {
  /** Tokens of the provable lines only, in order, each line closed by its NEWLINE or NL (no INDENT/DEDENT). */
  tokens: Tokens;
  /** Import statements on provable lines; each logical line is its own block (no scope is known). */
  imports: ImportStatement[];
  /** Everything else, merged where adjacent. */
  hidden: HiddenRegion[];
}

export function readProvableLines(text: string): ProvableRead {
  const pieces: { tokens: Tokens; shift: number }[] = [];
  const imports: ImportStatement[] = [];
  const hidden: HiddenRegion[] = [];
  const hide = (line: ScannedLine) => {
    const last = hidden[hidden.length - 1];
    if (last && last.end === line.start) last.end = line.end;
    else hidden.push({ start: line.start, end: line.end });
  };
  let block = 0;
  for (const line of scanLines(text)) {
    block++;
    const read = line.provable ? readLine(text, line) : undefined;
    if (!read) {
      hide(line);
      continue;
    }
    pieces.push({ tokens: read.tokens, shift: line.codeStart });
    const indent = text.slice(line.start, line.codeStart);
    for (const stmt of read.imports) imports.push(shiftImport(stmt, line.codeStart, indent, block));
  }
  return { tokens: joinTokens(pieces), imports, hidden };
}

/** Tokens and imports of one logical line on its own, or undefined when it does not read cleanly. */
function readLine(text: string, line: ScannedLine): { tokens: Tokens; imports: ImportStatement[] } | undefined {
  const slice = text.slice(line.codeStart, line.end);
  try {
    const tokens = tokenizeAlone(slice);
    return { tokens, imports: findImports(slice, tokens) };
  } catch (error) {
    if (error instanceof PythonSyntaxProblem) return undefined;
    throw error;
  }
}

/**
 * A compound statement's header (`with patch("m.X"):`, `try:`) is a clean line whose block lies
 * on the following lines; alone it would end in "expected an indented block", so it is read with
 * a stand-in body after it, whose tokens are then dropped.
 */
function tokenizeAlone(slice: string): Tokens {
  try {
    return tokenize(slice);
  } catch (error) {
    if (!(error instanceof PythonSyntaxProblem) || error.message !== 'expected an indented block' || error.offset !== slice.length) throw error;
    const body = /[\r\n]$/.test(slice) ? ' pass\n' : '\n pass\n';
    const padded = tokenize(slice + body);
    let count = 0;
    while (count < padded.count && padded.start[count] < slice.length) count++;
    return { ...padded, count };
  }
}

/** Concatenates per-line token streams into one over the whole text, dropping INDENT, DEDENT and END. */
function joinTokens(pieces: readonly { tokens: Tokens; shift: number }[]): Tokens {
  const total = pieces.reduce((sum, p) => sum + p.tokens.count, 0) + 1;
  const out: Tokens = { kind: new Uint8Array(total), start: new Int32Array(total), end: new Int32Array(total), code: new Uint16Array(total), count: 0 };
  let last = 0;
  for (const { tokens: t, shift } of pieces) {
    for (let k = 0; k < t.count; k++) {
      const kind = t.kind[k];
      if (kind === Tok.Indent || kind === Tok.Dedent || kind === Tok.End) continue;
      const j = out.count++;
      out.kind[j] = kind;
      out.start[j] = t.start[k] + shift;
      out.end[j] = t.end[k] + shift;
      out.code[j] = t.code[k];
      last = out.end[j];
    }
  }
  const j = out.count++;
  out.kind[j] = Tok.End;
  out.start[j] = out.end[j] = last;
  return out;
}

function shiftImport(stmt: ImportStatement, shift: number, indent: string, block: number): ImportStatement {
  const at = (offset: number) => offset + shift;
  const opt = (offset: number | undefined) => (offset === undefined ? undefined : offset + shift);
  return {
    ...stmt,
    start: at(stmt.start),
    end: at(stmt.end),
    sourceStart: at(stmt.sourceStart),
    moduleStart: at(stmt.moduleStart),
    moduleEnd: at(stmt.moduleEnd),
    parenOpen: opt(stmt.parenOpen),
    parenClose: opt(stmt.parenClose),
    lineEnd: at(stmt.lineEnd),
    indent: indent.replace(/^\uFEFF/, ''),
    block,
    items: stmt.items.map((item) => ({
      ...item,
      start: at(item.start),
      end: at(item.end),
      nameStart: at(item.nameStart),
      nameEnd: at(item.nameEnd),
      aliasStart: opt(item.aliasStart),
      aliasEnd: opt(item.aliasEnd),
    })),
  };
}
