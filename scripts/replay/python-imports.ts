// Import statements and name uses of a Python file, read with the tolerant lexer, for the replay
// harness's comparison (compare-file.ts). Works on files that do not parse: a statement is any
// logical line (or `;`/`:`-separated part of one) that starts with `import` or `from`.
import { lexPython, type PyToken } from './python-lexer';

/** One `import …` or `from … import …` statement in code (never in a comment or string). */
export interface ImportStatement {
  /** 1-based first and last line. */
  line: number;
  endLine: number;
  kind: 'import' | 'from';
  /** `from` statements: the module as written (`..pkg.mod`, `.`); absolute after `resolveModule`. */
  module: string;
  /** `from`: the imported names as written (`A`, `A as B`, `*`); `import`: the dotted modules (`a.b`, `a.b as c`). */
  items: string[];
  /** The statement with formatting removed: one space between words, no parentheses, no trailing comma, `X as X` read as `X`. */
  text: string;
}

/** What the comparison needs from one file. */
export interface PythonFacts {
  imports: ImportStatement[];
  /** Bare uses of each name outside import statements (`x.Name` attribute accesses are not counted). */
  nameCounts: Map<string, number>;
  /** String literals (docstrings included) that contain each name as a word. */
  stringMentions: Map<string, number>;
  /** Bindings other than imports: `Name =`, `Name: T =`, `class Name`, `def Name`, `as Name` (with, except). */
  otherBindings: Map<string, number>;
}

/** Reads `source`'s import statements and counts the bare uses of `names`. */
export function readPythonFacts(source: string, names: readonly string[] = []): PythonFacts {
  const tokens = lexPython(source);
  const imports: ImportStatement[] = [];
  const nameCounts = new Map(names.map((n) => [n, 0]));
  const stringMentions = new Map(names.map((n) => [n, 0]));
  const otherBindings = new Map(names.map((n) => [n, 0]));
  const words = names.map((n) => [n, new RegExp(`(?<![\\w])${n}(?![\\w])`, 'u')] as const);
  let atStart = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (atStart && t.kind === 'name' && (t.text === 'import' || t.text === 'from') && t.depth === 0) {
      const end = statementEnd(tokens, k);
      const statement = parseImport(tokens.slice(k, end));
      if (statement) {
        imports.push(statement);
        k = end - 1;
        atStart = false;
        continue;
      }
    }
    if (t.kind === 'name' && nameCounts.has(t.text) && tokens[k - 1]?.text !== '.') {
      nameCounts.set(t.text, nameCounts.get(t.text)! + 1);
      const [prev, next] = [tokens[k - 1]?.text, tokens[k + 1]?.text];
      if ((atStart && (next === '=' || next === ':')) || prev === 'class' || prev === 'def' || prev === 'as') otherBindings.set(t.text, otherBindings.get(t.text)! + 1);
    }
    if (t.kind === 'string') for (const [n, re] of words) if (re.test(t.text)) stringMentions.set(n, stringMentions.get(n)! + 1);
    // A statement starts a logical line, follows a `;`, or follows a compound header's `:` (`try: import x`).
    atStart = t.kind === 'newline' || (t.kind === 'op' && t.depth === 0 && (t.text === ';' || t.text === ':'));
  }
  return { imports, nameCounts, stringMentions, otherBindings };
}

function statementEnd(tokens: readonly PyToken[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].kind !== 'newline' && !(tokens[k].text === ';' && tokens[k].depth === 0)) k++;
  return k;
}

/** Joins tokens the way they read: no space around dots, one space between words. */
function joinTokens(tokens: readonly PyToken[]): string {
  let text = '';
  tokens.forEach((t, k) => {
    const tight = k === 0 || t.text === '.' || tokens[k - 1].text === '.';
    text += tight ? t.text : ` ${t.text}`;
  });
  return text;
}

/** The comma-separated items of `tokens`, parentheses dropped; `X as X` is read as `X` (it binds the same name). */
function splitItems(tokens: readonly PyToken[]): string[] {
  const items: string[] = [];
  let current: PyToken[] = [];
  for (const t of tokens) {
    if (t.kind === 'op' && (t.text === '(' || t.text === ')')) continue;
    if (t.kind === 'op' && t.text === ',') {
      if (current.length > 0) items.push(joinTokens(current));
      current = [];
    } else current.push(t);
  }
  if (current.length > 0) items.push(joinTokens(current));
  return items.map((item) => item.replace(/^([\w.]+) as \1$/u, '$1'));
}

function parseImport(tokens: readonly PyToken[]): ImportStatement | null {
  const [first] = tokens;
  const endLine = tokens[tokens.length - 1].line;
  if (first.text === 'import') {
    const items = splitItems(tokens.slice(1));
    return items.length === 0 ? null : { line: first.line, endLine, kind: 'import', module: '', items, text: `import ${items.join(', ')}` };
  }
  const at = tokens.findIndex((t) => t.kind === 'name' && t.text === 'import');
  if (at < 2) return null; // `from` alone, `yield from x` cannot reach here, `raise … from …` is not at a start
  const moduleTokens = tokens.slice(1, at);
  if (!moduleTokens.every((t) => t.text === '.' || (t.kind === 'name' && t.text !== 'import'))) return null;
  const module = moduleTokens.map((t) => t.text).join('');
  const items = splitItems(tokens.slice(at + 1));
  return { line: first.line, endLine, kind: 'from', module, items, text: `from ${module} import ${items.join(', ')}` };
}

/** The dotted module a repo-relative file defines, under the first of `roots` that contains it (null if none does). */
export function moduleOfFile(file: string, roots: readonly string[]): string | null {
  for (const root of roots) {
    const prefix = root === '.' || root === '' ? '' : `${root.replace(/\/+$/u, '')}/`;
    if (!file.startsWith(prefix) || !file.endsWith('.py')) continue;
    const parts = file.slice(prefix.length, -'.py'.length).split('/');
    if (parts[parts.length - 1] === '__init__') parts.pop();
    return parts.join('.');
  }
  return null;
}

/** The absolute module a `from` statement names, resolving leading dots against the file's package. */
export function resolveModule(module: string, file: string, roots: readonly string[]): string {
  const level = /^\.*/u.exec(module)![0].length;
  if (level === 0) return module;
  const self = moduleOfFile(file, roots);
  if (self === null) return module;
  const packageParts = self.split('.').filter(Boolean);
  if (!file.endsWith('__init__.py')) packageParts.pop();
  const base = packageParts.slice(0, packageParts.length - (level - 1));
  const rest = module.slice(level);
  return [...base, ...(rest ? [rest] : [])].join('.');
}

/** The modules a statement touches: `from M import a` touches M and M.a (a may be a submodule); `import a.b as c` touches a.b. */
export function touchedModules(statement: ImportStatement, file: string, roots: readonly string[]): string[] {
  const strip = (item: string) => item.split(' ')[0];
  if (statement.kind === 'import') return statement.items.map(strip);
  const absolute = resolveModule(statement.module, file, roots);
  return [absolute, ...statement.items.map((item) => `${absolute}.${strip(item)}`)];
}

/** The names a `from` or `import` statement binds in the file. */
export function boundNames(statement: ImportStatement): string[] {
  return statement.items.map((item) => {
    const words = item.split(' ');
    if (words.length >= 3 && words[words.length - 2] === 'as') return words[words.length - 1];
    return statement.kind === 'import' ? words[0].split('.')[0] : words[0];
  });
}
