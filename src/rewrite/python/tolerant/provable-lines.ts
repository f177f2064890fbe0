// Reads a file that does not parse as far as it can be proved: each logical line the recovering
// scanner vouches for is tokenized on its own terms (the existing tokenizer and import finder, at
// column 0, never seeing the lines around it) and kept only when that succeeds. Returns one token
// stream and import list over the kept lines (offsets in the whole text), and the hidden rest.
// Used by the tolerant rewriter (tolerant/rewrite.ts).
import { findImports, type ImportStatement } from '../import-statements';
import { PythonSyntaxProblem } from '../syntax-problem';
import { Tok, tokenize, type Tokens } from '../tokenizer';
import { scanLines, type ScannedLine } from './line-scan';
import { createTokenSink, type TokenSink } from './token-sink';

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

/** A provable line placed in a run: where its code sits in the run's text. */
interface Placed {
  line: ScannedLine;
  block: number;
  /** Offsets of the line's code in the run text; the stand-in body of a header follows `end`. */
  start: number;
  end: number;
}

/** A stand-in block for a header, so that alone it is not "expected an indented block". */
const STAND_IN = ' pass\n';

export function readProvableLines(text: string): ProvableRead {
  const tokens = createTokenSink();
  const imports: ImportStatement[] = [];
  const hidden: HiddenRegion[] = [];
  const hide = (line: ScannedLine) => {
    const last = hidden[hidden.length - 1];
    if (last && last.end === line.start) last.end = line.end;
    else hidden.push({ start: line.start, end: line.end });
  };
  const lines = scanLines(text);
  for (let k = 0; k < lines.length; ) {
    if (!lines[k].provable) {
      hide(lines[k++]);
      continue;
    }
    let j = k;
    while (j < lines.length && lines[j].provable) j++;
    const run = lines.slice(k, j).map((line, i) => ({ line, block: k + i + 1 }));
    // Lines read alone or together give the same tokens (each starts at column 0 after a NEWLINE),
    // so a run is tokenized at once; only a run with a failing line is read line by line.
    if (!readRun(text, run, tokens, imports)) {
      for (const one of run) if (!readRun(text, [one], tokens, imports)) hide(one.line);
    }
    k = j;
  }
  return { tokens: tokens.finish(), imports, hidden };
}

/** Tokenizes the lines' code, each at column 0, in one text; false (nothing added) when it does not read. */
function readRun(text: string, run: readonly { line: ScannedLine; block: number }[], sink: TokenSink, imports: ImportStatement[]): boolean {
  const parts: string[] = [];
  const placed: Placed[] = [];
  let length = 0;
  for (const { line, block } of run) {
    const code = text.slice(line.codeStart, line.end);
    parts.push(code);
    placed.push({ line, block, start: length, end: length + code.length });
    length += code.length;
    if (line.header) {
      const last = code.charCodeAt(code.length - 1);
      const standIn = last === 10 || last === 13 ? STAND_IN : '\n' + STAND_IN;
      parts.push(standIn);
      length += standIn.length;
    }
  }
  const source = parts.join('');
  let t: Tokens;
  let found: ImportStatement[];
  try {
    t = tokenize(source);
    found = findImports(source, t);
  } catch (error) {
    if (error instanceof PythonSyntaxProblem) return false;
    throw error;
  }
  let p = 0;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Indent || kind === Tok.Dedent || kind === Tok.End) continue;
    while (p < placed.length - 1 && t.start[k] >= placed[p].end) p++;
    const at = placed[p];
    const s = t.start[k];
    if (s < at.start || s > at.end || (s === at.end && t.end[k] > s)) continue; // a stand-in body's token
    const shift = at.line.codeStart - at.start;
    sink.push(kind, t.start[k] + shift, t.end[k] + shift, t.code[k]);
  }
  p = 0;
  for (const stmt of found) {
    while (stmt.start >= placed[p].end) p++;
    const at = placed[p];
    imports.push(shiftImport(stmt, at.line.codeStart - at.start, text.slice(at.line.start, at.line.codeStart), at.block));
  }
  return true;
}

function shiftImport(stmt: ImportStatement, shift: number, indent: string, block: number): ImportStatement {
  const at = (offset: number) => offset + shift;
  return {
    ...stmt,
    start: at(stmt.start),
    end: at(stmt.end),
    sourceStart: at(stmt.sourceStart),
    moduleStart: at(stmt.moduleStart),
    moduleEnd: at(stmt.moduleEnd),
    ...(stmt.parenOpen === undefined ? {} : { parenOpen: at(stmt.parenOpen), parenClose: at(stmt.parenClose!) }),
    lineEnd: at(stmt.lineEnd),
    indent: indent.replace(/^\uFEFF/, ''),
    block,
    items: stmt.items.map((item) => ({
      ...item,
      start: at(item.start),
      end: at(item.end),
      nameStart: at(item.nameStart),
      nameEnd: at(item.nameEnd),
      ...(item.aliasStart === undefined ? {} : { aliasStart: at(item.aliasStart), aliasEnd: at(item.aliasEnd!) }),
    })),
  };
}
