// Finds every import statement in a token stream (any block, after `;`, after `if x:` on one line)
// and parses it strictly into offsets: module span, each name/alias, parentheses, the logical line.
// A malformed import throws (valid Python never has one), so broken files are refused, not rewritten.
import { PythonSyntaxProblem } from './syntax-problem';
import { Tok, type Tokens } from './tokenizer';

export interface ImportItem {
  name: string;
  alias?: string;
  /** Offsets of the whole item (`A as B`), of the name, of the alias. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  aliasStart?: number;
  aliasEnd?: number;
}

export interface ImportStatement {
  kind: 'import' | 'from';
  start: number;
  end: number;
  /** `from` only: number of leading dots, the dotted module (may be ''), and its span (dots excluded;
   * for `from . import x` an empty span after the dots). `sourceStart` is where the dots/module begin. */
  level: number;
  sourceStart: number;
  module: string;
  moduleStart: number;
  moduleEnd: number;
  /** `import a.b as c, d`: one item per dotted name; `from m import x`: one per name. */
  items: ImportItem[];
  star: boolean;
  parenOpen?: number;
  parenClose?: number;
  /** Offset where text can be appended after the logical line's content (before its line break). */
  lineEnd: number;
  /** True when the statement is the first one on its logical line (else `x; import y`, `if a: import y`). */
  startsLine: boolean;
  /** Leading whitespace of the logical line the statement is on. */
  indent: string;
  /** Identity of the enclosing indented block (0 = module level). */
  block: number;
  /** Inside a function body (`def`, at any depth) or `if TYPE_CHECKING:`: it does not run when the module loads. */
  deferred: boolean;
}

/** Walks tokens once, returning import statements in source order. */
export function findImports(text: string, t: Tokens): ImportStatement[] {
  const out: ImportStatement[] = [];
  const blocks = [0];
  // Per open block, whether it lies in a body that does not run at load (opensDeferredBody); the header of the next block is the last logical line.
  const deferredBody = [false];
  let lastLineFirst = -1;
  let nextBlock = 1;
  let depth = 0;
  let lineFirst = -1; // index of the first significant token of the current logical line
  let prevSig = -1; // index of the previous significant token
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Indent) {
      blocks.push(nextBlock++);
      deferredBody.push(deferredBody[deferredBody.length - 1] || opensDeferredBody(text, t, lastLineFirst));
      continue;
    }
    if (kind === Tok.Dedent) {
      blocks.pop();
      deferredBody.pop();
      continue;
    }
    if (kind === Tok.Newline) {
      lastLineFirst = lineFirst;
      lineFirst = -1;
      prevSig = -1;
      continue;
    }
    if (kind === Tok.Nl || kind === Tok.Comment || kind === Tok.End) continue;
    if (lineFirst < 0) lineFirst = k;
    if (kind === Tok.Op) {
      const c = t.code[k];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth--;
    } else if (kind === Tok.Name && depth === 0 && isImportKeyword(text, t.start[k], t.end[k])) {
      const word = text.slice(t.start[k], t.end[k]);
      const atStart = prevSig < 0 || (t.kind[prevSig] === Tok.Op && (t.code[prevSig] === 59 || t.code[prevSig] === 58) && t.end[prevSig] - t.start[prevSig] === 1);
      if (atStart) {
        const parsed = parseImport(text, t, k, word === 'from');
        let after = parsed.last + 1;
        while (t.kind[after] === Tok.Comment) after++;
        const ends = t.kind[after] === Tok.Newline || t.kind[after] === Tok.End || (t.kind[after] === Tok.Op && t.code[after] === 59);
        if (!ends) throw new PythonSyntaxProblem('invalid syntax in import statement', t.start[after]);
        const stmt = finish(text, t, parsed.stmt, parsed.last, t.start[lineFirst], lineFirst === k, blocks[blocks.length - 1]);
        // `def f(): import x` puts the body on the header's own line.
        stmt.deferred = deferredBody[deferredBody.length - 1] || (lineFirst !== k && opensDeferredBody(text, t, lineFirst));
        out.push(stmt);
        k = parsed.last;
        prevSig = k;
        continue;
      }
      if (word === 'import') throw new PythonSyntaxProblem('invalid syntax: unexpected import', t.start[k]);
    }
    prevSig = k;
  }
  return out;
}

/**
 * Whether the logical line starting at token `k` opens a body that does not run when the module
 * loads: a function's (`def`, `async def`), or `if TYPE_CHECKING:` (`typing.`/`t.` too), which never runs.
 */
function opensDeferredBody(text: string, t: Tokens, k: number): boolean {
  if (k < 0 || t.kind[k] !== Tok.Name) return false;
  const word = text.slice(t.start[k], t.end[k]);
  if (word === 'async' && t.kind[k + 1] === Tok.Name) return text.slice(t.start[k + 1], t.end[k + 1]) === 'def';
  if (word === 'if') {
    let j = k + 1;
    if (t.kind[j] === Tok.Name && t.kind[j + 1] === Tok.Op && text.charCodeAt(t.start[j + 1]) === 46 && t.end[j + 1] - t.start[j + 1] === 1) j += 2; // `typing.`
    return t.kind[j] === Tok.Name && text.slice(t.start[j], t.end[j]) === 'TYPE_CHECKING' && t.kind[j + 1] === Tok.Op && text.charCodeAt(t.start[j + 1]) === 58;
  }
  return word === 'def';
}

/** `import` or `from`, compared without allocating (this runs for every top-depth name). */
function isImportKeyword(text: string, start: number, end: number): boolean {
  const len = end - start;
  return (len === 6 && text.startsWith('import', start)) || (len === 4 && text.startsWith('from', start));
}

/** Adds line facts; walks only the statement's own tail and the line's indentation (linear overall). */
function finish(text: string, t: Tokens, stmt: ImportStatement, last: number, lineStart: number, startsLine: boolean, block: number): ImportStatement {
  let k = last + 1;
  while (k < t.count && (t.kind[k] === Tok.Comment || t.kind[k] === Tok.Nl)) k++;
  const endsLine = t.kind[k] === Tok.Newline || t.kind[k] === Tok.End;
  let ls = lineStart;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
  if (ls === 0 && text.charCodeAt(0) === 0xfeff) ls = 1;
  stmt.lineEnd = endsLine ? t.start[k] : stmt.end;
  stmt.startsLine = startsLine;
  stmt.indent = text.slice(ls, lineStart);
  stmt.block = block;
  return stmt;
}

/** A cursor over significant tokens (comments and NL skipped; only legal inside parentheses). */
function parseImport(text: string, t: Tokens, first: number, isFrom: boolean): { stmt: ImportStatement; last: number } {
  let k = first;
  let inParens = false;
  const skip = () => {
    while (k < t.count && (t.kind[k] === Tok.Comment || (inParens && t.kind[k] === Tok.Nl))) k++;
  };
  const fail = (): never => {
    throw new PythonSyntaxProblem('invalid syntax in import statement', t.start[Math.min(k, t.count - 1)]);
  };
  // Compared on the token arrays, without slicing: this runs for every import of every file read.
  const isWord = (w: string) => t.kind[k] === Tok.Name && t.end[k] - t.start[k] === w.length && text.startsWith(w, t.start[k]);
  /** The one-character operator `c` (its char code), or `...` when `c` is 46 and `len` 3. */
  const op = (c: number, len = 1) => t.kind[k] === Tok.Op && t.code[k] === c && t.end[k] - t.start[k] === len;
  const name = (): { value: string; start: number; end: number } => {
    skip();
    if (t.kind[k] !== Tok.Name) fail();
    const w = text.slice(t.start[k], t.end[k]);
    if (KEYWORDS.has(w)) fail();
    const r = { value: w, start: t.start[k], end: t.end[k] };
    k++;
    return r;
  };
  const dotted = () => {
    const head = name();
    let value = head.value;
    let end = head.end;
    for (;;) {
      skip();
      if (!op(46)) break;
      k++;
      const part = name();
      value += '.' + part.value;
      end = part.end;
    }
    return { value, start: head.start, end };
  };
  const item = (d: { value: string; start: number; end: number }): ImportItem => {
    // Every item has every field (one object shape for the rewriter's passes).
    const it: ImportItem = { name: d.value, alias: undefined, start: d.start, end: d.end, nameStart: d.start, nameEnd: d.end, aliasStart: undefined, aliasEnd: undefined };
    skip();
    if (isWord('as')) {
      k++;
      const a = name();
      it.alias = a.value;
      it.aliasStart = a.start;
      it.aliasEnd = a.end;
      it.end = a.end;
    }
    return it;
  };
  const start = t.start[first];
  k++;
  const stmt: ImportStatement = {
    kind: isFrom ? 'from' : 'import', start, end: start, level: 0, sourceStart: t.start[k], module: '', moduleStart: 0, moduleEnd: 0,
    items: [], star: false, parenOpen: undefined, parenClose: undefined, lineEnd: 0, startsLine: false, indent: '', block: 0, deferred: false,
  };
  if (!isFrom) {
    for (;;) {
      stmt.items.push(item(dotted()));
      skip();
      if (!op(44)) break;
      k++;
    }
    stmt.end = stmt.items[stmt.items.length - 1].end;
    return { stmt, last: k - 1 };
  }
  skip();
  stmt.sourceStart = t.start[k];
  let dotsEnd = t.start[k];
  while (op(46) || op(46, 3)) {
    dotsEnd = t.end[k];
    stmt.level += t.end[k] - t.start[k];
    k++;
    skip();
  }
  if (!isWord('import')) {
    const d = dotted();
    stmt.module = d.value;
    stmt.moduleStart = d.start;
    stmt.moduleEnd = d.end;
  } else if (stmt.level === 0) fail();
  else stmt.moduleStart = stmt.moduleEnd = dotsEnd;
  skip();
  if (!isWord('import')) fail();
  k++;
  skip();
  if (op(42)) {
    stmt.star = true;
    stmt.end = t.end[k];
    return { stmt, last: k };
  }
  if (op(40)) {
    stmt.parenOpen = t.start[k];
    inParens = true;
    k++;
  }
  for (;;) {
    stmt.items.push(item(name()));
    skip();
    if (!op(44)) break;
    k++;
    skip();
    if (inParens && op(41)) break;
  }
  if (inParens) {
    skip();
    if (!op(41)) fail();
    stmt.parenClose = t.start[k];
    stmt.end = t.end[k];
    return { stmt, last: k };
  }
  stmt.end = stmt.items[stmt.items.length - 1].end;
  return { stmt, last: k - 1 };
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
