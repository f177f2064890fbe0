// A tolerant Python tokenizer for the replay harness: it never fails, so it can read files that do
// not parse (common in the netra history) on both sides of a comparison. It yields names, operators,
// string literals and logical-line ends; numbers and comments are skipped, and the expressions inside
// f-string replacement fields (3.12 nesting included) are lexed as code, since their names are uses.

/** One token: `newline` ends a logical line (outside brackets, not after a backslash); `string` is a whole literal. */
export interface PyToken {
  kind: 'name' | 'op' | 'string' | 'newline';
  text: string;
  /** 1-based line of the token's first character. */
  line: number;
  /** Bracket depth before the token. */
  depth: number;
}

const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const NUMBER = /[0-9][0-9a-zA-Z_]*(\.[0-9a-zA-Z_]*)?|\.[0-9][0-9a-zA-Z_]*/y;
const OPERATOR = /\*\*=|\/\/=|>>=|<<=|->|:=|==|!=|<=|>=|[-+*/%&|^@]=|\*\*|\/\/|<<|>>|[-+*/%&|^~@<>=!:.,;]/y;
const STRING_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;

interface LexState {
  source: string;
  i: number;
  line: number;
  depth: number;
  tokens: PyToken[];
}

/** Every name, operator and logical-line end of `source`, in order. */
export function lexPython(source: string): PyToken[] {
  const state: LexState = { source, i: 0, line: 1, depth: 0, tokens: [] };
  lexCode(state, null);
  return state.tokens;
}

function push(state: LexState, kind: PyToken['kind'], text: string): void {
  state.tokens.push({ kind, text, line: state.line, depth: state.depth });
}

/** Where an f-string field's expression is: its string's quotes decide whether a line break ends it. */
interface Field {
  singleLine: boolean;
}

/** Lexes code until the end, or (inside an f-string field) until a `}`, `:` or `!` at the field's own depth. */
function lexCode(state: LexState, field: Field | null): void {
  const inField = field !== null;
  const { source } = state;
  const baseDepth = state.depth;
  while (state.i < source.length) {
    const c = source[state.i];
    if (c === '#') {
      while (state.i < source.length && source[state.i] !== '\n' && source[state.i] !== '\r') state.i++;
    } else if (c === '\\' && (source[state.i + 1] === '\n' || source[state.i + 1] === '\r')) {
      state.i += source.startsWith('\r\n', state.i + 1) ? 3 : 2;
      state.line++;
    } else if (c === '\n' || c === '\r') {
      if (field?.singleLine) return; // a broken field: the string's own scan ends at this line
      state.i += source.startsWith('\r\n', state.i) ? 2 : 1;
      if (!inField && state.depth === 0 && state.tokens.length > 0 && state.tokens[state.tokens.length - 1].kind !== 'newline') push(state, 'newline', '');
      state.line++;
    } else if (c === ' ' || c === '\t' || c === '\f') {
      state.i++;
    } else if (c === '"' || c === "'") {
      lexString(state, '');
    } else if (inField && state.depth === baseDepth && (c === '}' || (c === ':' && source[state.i + 1] !== '=') || (c === '!' && source[state.i + 1] !== '='))) {
      return;
    } else if ('([{'.includes(c)) {
      push(state, 'op', c);
      state.depth++;
      state.i++;
    } else if (')]}'.includes(c)) {
      state.depth = Math.max(0, state.depth - 1);
      push(state, 'op', c);
      state.i++;
    } else if (!lexWord(state)) {
      state.i++; // a stray character ($, ?, a backtick): not Python, skip it
    }
  }
}

/** A name, a string with a prefix, a number or an operator at `state.i`; false when none matches. */
function lexWord(state: LexState): boolean {
  const { source } = state;
  NAME.lastIndex = state.i;
  const name = NAME.exec(source);
  if (name) {
    const next = source[state.i + name[0].length];
    if ((next === '"' || next === "'") && STRING_PREFIX.test(name[0])) {
      state.i += name[0].length;
      lexString(state, name[0].toLowerCase());
    } else {
      push(state, 'name', name[0]);
      state.i += name[0].length;
    }
    return true;
  }
  for (const re of [NUMBER, OPERATOR]) {
    re.lastIndex = state.i;
    const m = re.exec(source);
    if (m) {
      if (re === OPERATOR) push(state, 'op', m[0]);
      state.i += m[0].length;
      return true;
    }
  }
  return false;
}

/** Reads a string literal at `state.i` (its quote); an unterminated one ends at its line (or the file, if triple-quoted). */
function lexString(state: LexState, prefix: string): void {
  const { source } = state;
  const quote = source[state.i];
  const triple = source.startsWith(quote.repeat(3), state.i);
  const isF = prefix.includes('f');
  const token: PyToken = { kind: 'string', text: '', line: state.line, depth: state.depth };
  state.tokens.push(token); // before the names of its f-string fields
  const start = state.i;
  state.i += triple ? 3 : 1;
  scanStringBody(state, quote, triple, isF);
  token.text = source.slice(start, state.i);
}

function scanStringBody(state: LexState, quote: string, triple: boolean, isF: boolean): void {
  const { source } = state;
  while (state.i < source.length) {
    const c = source[state.i];
    if (c === '\\') {
      if (source[state.i + 1] === '\n' || source[state.i + 1] === '\r') state.line++;
      state.i += source.startsWith('\r\n', state.i + 1) ? 3 : 2;
    } else if (c === quote && (!triple || source.startsWith(quote.repeat(3), state.i))) {
      state.i += triple ? 3 : 1;
      return;
    } else if (c === '\n' || c === '\r') {
      if (!triple) return; // unterminated: the line ends it
      state.i += source.startsWith('\r\n', state.i) ? 2 : 1;
      state.line++;
    } else if (isF && c === '{') {
      if (source[state.i + 1] === '{') state.i += 2;
      else lexField(state, !triple);
    } else {
      state.i++;
    }
  }
}

/** An f-string replacement field from its `{`: the expression, a `!r` conversion, a format spec with nested fields. */
function lexField(state: LexState, singleLine: boolean): void {
  const { source } = state;
  state.i++;
  const depth = state.depth;
  lexCode(state, { singleLine });
  state.depth = depth;
  if (source[state.i] === '!') state.i += 2;
  if (source[state.i] === ':') {
    state.i++;
    while (state.i < source.length && source[state.i] !== '}') {
      if (source[state.i] === '{') lexField(state, singleLine);
      else if (source[state.i] === '\n' || source[state.i] === '\r') return; // a broken field: let the string's own scan recover
      else state.i++;
    }
  }
  if (source[state.i] === '}') state.i++;
}
