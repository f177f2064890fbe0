// The names a Python module provides at module level, read with the tokenizer-level reader (no
// CPython): def/class, imports, assignments (also inside top-level if/try/with blocks), `__all__`,
// and `from m import *` sources. Used by verify (does the canonical module provide X?) and shims.
import { readSource } from '../rewrite/python/read-source';
import { Tok, type Tokens } from '../rewrite/python/tokenizer';

export type PythonNameKind = 'def' | 'class' | 'assign' | 'from-import' | 'import';

export interface PythonModuleNames {
  /** Module-level bindings, first kind seen wins. */
  names: Map<string, PythonNameKind>;
  /** `from X import A`: the module each imported name comes from (absolute or with leading dots). */
  importedFrom: Map<string, string>;
  /** The literal `__all__` list, when one is written (`=`, `+=`, `.extend`/`.append` of literals). */
  all?: string[];
  /** `__all__` is (also) built from something other than string literals (`base.__all__ + ["x"]`, `make()`): `all` is not the whole list. */
  allComputed?: true;
  /** Modules star-imported at module level (`from X import *`), as written (dots kept). */
  starImports: string[];
  /**
   * What loading the module imports, as written: `<dots>module:name` of each from-import and the
   * module of each star or plain import, at module level outside `if TYPE_CHECKING:` blocks (which
   * never run: pydantic's `_typing_extra` imports `pydantic.fields` only for the type checker).
   */
  runtimeLoads: { from: string[]; modules: string[] };
}

const COMPOUND = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'for', 'while', 'async', 'match', 'case']);
const KEYWORDS = new Set([...COMPOUND, 'def', 'class', 'return', 'pass', 'raise', 'import', 'from', 'del', 'global', 'nonlocal', 'assert', 'break', 'continue', 'lambda', 'yield', 'await', 'not', 'None', 'True', 'False']);

/** Throws SourceSyntaxError when the file does not parse. */
export function readPythonNames(text: string, path: string): PythonModuleNames {
  const { tokens: t, imports } = readSource(text, path);
  const out: PythonModuleNames = { names: new Map(), importedFrom: new Map(), starImports: [], runtimeLoads: { from: [], modules: [] } };
  const bind = (name: string, kind: PythonNameKind) => {
    if (!out.names.has(name)) out.names.set(name, kind);
  };
  const opaqueAt = moduleLevelLines(text, t);

  const typeCheckingOnly = typeCheckingBlocks(text, t);
  for (const stmt of imports) {
    if (!opaqueAt(stmt.start)) continue;
    const runs = !typeCheckingOnly(stmt.start);
    const module = '.'.repeat(stmt.level) + stmt.module;
    if (stmt.kind === 'import') {
      for (const item of stmt.items) {
        bind(item.alias ?? item.name.split('.')[0], 'import');
        if (runs) out.runtimeLoads.modules.push(item.name);
      }
    } else if (stmt.star) {
      out.starImports.push(module);
      if (runs) out.runtimeLoads.modules.push(module);
    } else {
      for (const item of stmt.items) {
        const local = item.alias ?? item.name;
        bind(local, 'from-import');
        if (!out.importedFrom.has(local)) out.importedFrom.set(local, module + ':' + item.name);
        if (runs) out.runtimeLoads.from.push(module + ':' + item.name);
      }
    }
  }
  forEachModuleLine(text, t, opaqueAt, (first, last) => readStatement(text, t, first, last, bind, out));
  return out;
}

const word = (text: string, t: Tokens, k: number) => (t.kind[k] === Tok.Name ? text.slice(t.start[k], t.end[k]) : undefined);
const opText = (text: string, t: Tokens, k: number) => (t.kind[k] === Tok.Op ? text.slice(t.start[k], t.end[k]) : undefined);

/**
 * Which offsets are at module level: not inside a def/class body. Blocks opened by other compound
 * statements (if/try/with/for) are transparent, as CPython binds their names in the module.
 */
function moduleLevelLines(text: string, t: Tokens): (offset: number) => boolean {
  const opaqueRanges: [number, number][] = [];
  const stack: { opaque: boolean; start: number }[] = [];
  let headerOpaque = false;
  let lineFirst = -1;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Indent) {
      stack.push({ opaque: headerOpaque, start: t.start[k] });
      continue;
    }
    if (kind === Tok.Dedent) {
      const block = stack.pop();
      if (block?.opaque && !stack.some((b) => b.opaque)) opaqueRanges.push([block.start, t.start[k]]);
      continue;
    }
    if (kind === Tok.Newline) {
      lineFirst = -1;
      continue;
    }
    if (kind === Tok.Nl || kind === Tok.Comment || kind === Tok.End) continue;
    if (lineFirst < 0) {
      lineFirst = k;
      let h = k;
      while (opText(text, t, h) === '@') {
        // decorators: the header is the def/class after them
        while (h < t.count && t.kind[h] !== Tok.Newline) h++;
        h++;
        while (h < t.count && (t.kind[h] === Tok.Nl || t.kind[h] === Tok.Comment)) h++;
      }
      const w = word(text, t, h);
      headerOpaque = w === 'def' || w === 'class' || (w === 'async' && word(text, t, h + 1) === 'def');
    }
  }
  return (offset) => !opaqueRanges.some(([s, e]) => offset >= s && offset < e);
}

/**
 * Whether an offset lies in the body of an `if TYPE_CHECKING:` (or `if typing.TYPE_CHECKING:`),
 * which runs only under a type checker; its `else:` runs, and is not part of it.
 */
function typeCheckingBlocks(text: string, t: Tokens): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  let lineStart = true;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Newline || kind === Tok.Indent || kind === Tok.Dedent) {
      lineStart = true;
      continue;
    }
    if (kind === Tok.Nl || kind === Tok.Comment) continue;
    const first = lineStart;
    lineStart = false;
    if (!first || word(text, t, k) !== 'if') continue;
    let c = k + 1;
    if (word(text, t, c) !== undefined && opText(text, t, c + 1) === '.') c += 2;
    if (word(text, t, c) !== 'TYPE_CHECKING' || opText(text, t, c + 1) !== ':') continue;
    const colon = c + 1;
    // `if TYPE_CHECKING:  # pragma: no cover` opens a block too (flask writes every one so)
    const newline = t.kind[colon + 1] === Tok.Comment ? colon + 2 : colon + 1;
    if (t.kind[newline] !== Tok.Newline) {
      // `if TYPE_CHECKING: from x import Y` on one line
      let e = colon + 1;
      while (e < t.count && t.kind[e] !== Tok.Newline) e++;
      ranges.push([t.start[colon], t.start[e] ?? text.length]);
      continue;
    }
    let e = newline + 1;
    while (e < t.count && (t.kind[e] === Tok.Nl || t.kind[e] === Tok.Comment)) e++;
    if (t.kind[e] !== Tok.Indent) continue;
    let depth = 0;
    for (; e < t.count; e++) {
      if (t.kind[e] === Tok.Indent) depth++;
      else if (t.kind[e] === Tok.Dedent && --depth === 0) break;
    }
    ranges.push([t.start[colon], e < t.count ? t.start[e] : text.length]);
  }
  return (offset) => ranges.some(([s, e]) => offset >= s && offset < e);
}

/** Calls `visit` with the first and last significant token of each module-level simple statement (`a = 1; b = 2` is two). */
function forEachModuleLine(text: string, t: Tokens, atModule: (o: number) => boolean, visit: (first: number, last: number) => void): void {
  let first = -1;
  let last = -1;
  let depth = 0;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    const semicolon = kind === Tok.Op && depth === 0 && t.code[k] === 59;
    if (kind === Tok.Newline || kind === Tok.End || semicolon) {
      if (first >= 0 && atModule(t.start[first])) visit(first, last);
      first = -1;
      if (!semicolon) depth = 0;
      continue;
    }
    if (kind === Tok.Nl || kind === Tok.Comment || kind === Tok.Indent || kind === Tok.Dedent) continue;
    if (kind === Tok.Op) {
      const c = t.code[k];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth--;
    }
    if (first < 0) first = k;
    last = k;
  }
}

/** One logical line: a def/class header, an assignment (`A = …`, `A: T = …`, `A, B = …`), or `__all__` edits. */
function readStatement(text: string, t: Tokens, first: number, last: number, bind: (n: string, k: PythonNameKind) => void, out: PythonModuleNames): void {
  let k = first;
  while (opText(text, t, k) === '@') return; // decorator lines: the def/class line follows on its own
  // Skip a one-line compound header (`if X: A = 1`, `else: A = 1`) to the statement after its colon.
  if (COMPOUND.has(word(text, t, k) ?? '') && word(text, t, k + 1) !== 'def') {
    let depth = 0;
    let j = k;
    for (; j <= last; j++) {
      const op = opText(text, t, j);
      if (op === '(' || op === '[' || op === '{') depth++;
      else if (op === ')' || op === ']' || op === '}') depth--;
      else if (op === ':' && depth === 0) break;
    }
    if (j >= last) return;
    k = j + 1;
    if (COMPOUND.has(word(text, t, k) ?? '')) return;
  }
  const w = word(text, t, k);
  if (w === 'def' || w === 'class' || (w === 'async' && word(text, t, k + 1) === 'def')) {
    const name = word(text, t, w === 'async' ? k + 2 : k + 1);
    if (name) bind(name, w === 'class' ? 'class' : 'def');
    return;
  }
  if (w === '__all__') readAll(text, t, k + 1, last, out);
  // `type X = …` (3.12): `type` is a soft keyword.
  if (w === 'type' && word(text, t, k + 1) !== undefined && ['=', '['].includes(opText(text, t, k + 2) ?? '')) {
    bind(word(text, t, k + 1)!, 'assign');
    return;
  }
  // Assignment targets: names (possibly a tuple) before a top-level `=`, chained (`A = B = 1`), or
  // annotated with a value (`A: int = 1`; a bare `A: int` binds nothing at run time).
  const targets: string[] = [];
  let group: string[] = []; // names separated by commas; targets only once an `=` follows them
  let j = k;
  for (;;) {
    const name = word(text, t, j);
    if (name === undefined || KEYWORDS.has(name)) break;
    const op = opText(text, t, j + 1);
    if (op === ',') {
      group.push(name);
      j += 2;
      continue;
    }
    if (op === '=') {
      targets.push(...group, name);
      group = [];
      j += 2;
      continue;
    }
    if (op === ':' && j === k && hasTopLevelEquals(text, t, j + 2, last)) targets.push(name);
    break;
  }
  for (const name of targets) bind(name, 'assign');
}

function hasTopLevelEquals(text: string, t: Tokens, from: number, last: number): boolean {
  let depth = 0;
  for (let j = from; j <= last; j++) {
    const op = opText(text, t, j);
    if (op === '(' || op === '[' || op === '{') depth++;
    else if (op === ')' || op === ']' || op === '}') depth--;
    else if (op === '=' && depth === 0) return true;
  }
  return false;
}

/** `__all__ = [...]`, `__all__ += [...]`, `__all__.extend([...])`, `__all__.append('x')` with string literals. */
function readAll(text: string, t: Tokens, k: number, last: number, out: PythonModuleNames): void {
  const op = opText(text, t, k);
  const strings: string[] = [];
  // The value comes after `=` (past an annotation), after `+=`, or after `.extend`/`.append`.
  let value = op === '.' ? k + 1 : k;
  if (op === ':') while (value <= last && opText(text, t, value) !== '=') value++;
  for (let j = k + 1; j <= last; j++) {
    if (j > value && t.kind[j] === Tok.Name) out.allComputed = true;
    if (t.kind[j] !== Tok.String) continue;
    const literal = text.slice(t.start[j], t.end[j]);
    const m = /^[rRuU]?(['"])(.*)\1$/s.exec(literal);
    if (m) strings.push(m[2]);
  }
  if (op === '=' || (op === ':' && strings.length > 0)) out.all = strings;
  else if (op === '+=' || op === '.') out.all = [...(out.all ?? []), ...strings];
}
