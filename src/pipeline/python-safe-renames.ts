// The rename half of python-safe-edits.ts: which edits respell one ASCII name to another fresh in
// the file, so that they are proven together whatever the rest of the outcome is (renamesProven).
// Used by python-safe-edits.ts only.
import type { Edit } from '../types';

/** Hard keywords cannot be names; `__debug__` cannot be bound; `__future__` imports have rules of their own. */
export const NAME_COMPONENTS_REFUSED = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield', '__debug__', '__future__',
]);
/** A plain ASCII name, without dots. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Names a rename may neither remove nor introduce: keywords and soft keywords (`_` too) change the
 * grammar; `__debug__` cannot be bound; `__future__` features have rules of their own (and names
 * holding `__` are refused as a whole below, for `__debug__`, `__future__`, dunders and mangling);
 * `print` and `exec`, which the reader names in messages of its own, out of caution.
 */
export const RENAME_REFUSED = new Set([
  ...NAME_COMPONENTS_REFUSED, 'match', 'case', 'type', '_', 'print', 'exec',
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations', 'braces',
]);
/** Words as the tokenizer may see them: runs of ASCII name characters and of anything non-ASCII (isWordChar). */
const WORDS = /[A-Za-z0-9_\u0080-\uffff]+/g;
export const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Which edits are renames proven together: edit `i` replaces the ASCII name O at a whole word of the
 * input with the ASCII name N, and every edit to N replaces O (never two names merged into one).
 * The proof: N occurs nowhere in the input, not even NFKC-normalized inside a non-ASCII word, so
 * the output is the input with some occurrences of O respelled N. In code that splits the symbol O
 * in two (one NAME token for another), and every check CPython's symtable and compiler make on
 * names (duplicate parameters or keywords, global/nonlocal conflicts, pattern captures…) fails only
 * when two names are equal, never because two names differ — save `nonlocal` (a binding it needs:
 * O must not be named in a nonlocal statement) and or-patterns (the names each side binds: files
 * with a `case` clause are refused); and class-private names (`__x`, mangled with the class name,
 * which N or O may be): files with one are refused.
 * The special names and soft keywords are in RENAME_REFUSED. Around each edit, nothing may join the
 * name to another token: no name character, digit or quote next to it (string prefixes, `0xAB`, `1e5`),
 * no `digit.` before it (`1.e5`, `1.j`), no `\` (an escape) or `!` (an f-string conversion) before it,
 * and no `\N{` anywhere (a character name is not content). Not followed by `=` (a keyword argument):
 * redundant with freshness, and cheap. In a string or a comment, the edit is plain content.
 */
export function renamesProven(source: string, edits: readonly Edit[]): boolean[] {
  const renamed = edits.map(() => false);
  const oldFor = new Map<string, string | undefined>(); // N → O, or undefined when N cannot be proven
  for (const edit of edits) {
    if (!IDENTIFIER.test(edit.text)) continue;
    const old = source.slice(edit.start, edit.end);
    const known = oldFor.get(edit.text);
    const ok = IDENTIFIER.test(old) && old !== edit.text && (known === undefined ? !oldFor.has(edit.text) : known === old) && renameSite(source, edit, old);
    oldFor.set(edit.text, ok ? old : undefined);
  }
  if (![...oldFor.values()].some((old) => old !== undefined)) return renamed;
  // A `case` clause (always first on its line) may hold or-patterns.
  if (source.includes('\\N{') || hasCaseLine(source) || hasPrivateName(source)) return renamed;
  const nonAscii = nonAsciiWords(source);
  if (nonAscii.some(mayMangle)) return renamed;
  // A nonlocal statement needs its names bound.
  const inNonlocal = source.includes('nonlocal') ? nonlocalWords(source) : undefined;
  const fresh = new Map<string, boolean>();
  for (let i = 0; i < edits.length; i++) {
    const text = edits[i].text;
    const old = oldFor.get(text);
    if (old === undefined || inNonlocal?.has(old)) continue;
    let isFresh = fresh.get(text);
    if (isFresh === undefined) fresh.set(text, (isFresh = !hasWord(source, text) && !nonAscii.some((word) => word.includes(text))));
    renamed[i] = isFresh;
  }
  return renamed;
}

/** A class-private name (mangled with its class's name) holds `__` and does not end with it; dunders are not. */
const mayMangle = (word: string) => word.includes('__') && !word.endsWith('__');

/** Whether `name` occurs as a whole word. */
function hasWord(source: string, name: string): boolean {
  for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
    if ((at === 0 || !isWordChar(source.charCodeAt(at - 1))) && !isWordChar(source.charCodeAt(at + name.length))) return true;
  }
  return false;
}

/** Whether a word holds `__` and does not end with it (ASCII words; nonAsciiWords covers the others). */
function hasPrivateName(source: string): boolean {
  for (let at = source.indexOf('__'); at >= 0; at = source.indexOf('__', at + 1)) {
    let end = at;
    while (end < source.length && isWordChar(source.charCodeAt(end))) end++;
    if (!source.endsWith('__', end)) return true;
    at = end;
  }
  return false;
}

/** The words holding a non-ASCII character, NFKC-normalized (as CPython binds them). */
function nonAsciiWords(source: string): string[] {
  const words: string[] = [];
  const nonAscii = /[^\x00-\x7f]/g;
  for (let m = nonAscii.exec(source); m; m = nonAscii.exec(source)) {
    // The word around it (a non-ASCII character is a word character); the search goes on after it.
    let start = m.index;
    let end = m.index;
    while (start > 0 && isWordChar(source.charCodeAt(start - 1))) start--;
    while (end < source.length && isWordChar(source.charCodeAt(end))) end++;
    words.push(source.slice(start, end).normalize('NFKC'));
    nonAscii.lastIndex = end;
  }
  return words;
}

/** Whether a line starts with `case` as a word, after any white space: the only place a `case` clause can be. */
function hasCaseLine(source: string): boolean {
  for (let at = source.indexOf('case'); at >= 0; at = source.indexOf('case', at + 1)) {
    if (isWordChar(source.charCodeAt(at + 4))) continue;
    let i = at - 1;
    while (i >= 0 && source.charAt(i) !== '\n' && source.charAt(i) !== '\r' && /\s/.test(source.charAt(i))) i--;
    if (i < 0 || source.charAt(i) === '\n' || source.charAt(i) === '\r') return true;
  }
  return false;
}

const NONLOCAL = /(?<![A-Za-z0-9_\u0080-\uffff])nonlocal(?![A-Za-z0-9_\u0080-\uffff])/g;

/** The words after each `nonlocal`, to the end of its line or of the lines a backslash joins to it. */
function nonlocalWords(source: string): Set<string> {
  const words = new Set<string>();
  for (const m of source.matchAll(NONLOCAL)) {
    let end = m.index + m[0].length;
    for (; end < source.length; end++) {
      const c = source.charAt(end);
      if ((c === '\n' || c === '\r') && source.charAt(end - 1) !== '\\' && !(c === '\n' && source.charAt(end - 1) === '\r' && source.charAt(end - 2) === '\\')) break;
    }
    for (const [word] of source.slice(m.index, end).matchAll(WORDS)) words.add(word.normalize('NFKC'));
  }
  return words;
}

/** Whether the edit replaces a whole name O by N (both allowed) and nothing next to it can join them to another token. */
function renameSite(source: string, edit: Edit, old: string): boolean {
  for (const name of [old, edit.text]) if (RENAME_REFUSED.has(name) || name.includes('__')) return false;
  const before = edit.start > 0 ? source.charCodeAt(edit.start - 1) : -1;
  const after = edit.end < source.length ? source.charCodeAt(edit.end) : -1;
  // a quote, a backslash (an escape), `!` (an f-string conversion) or a name character before; `digit.` before
  if (before === 39 || before === 34 || before === 92 || before === 33 || (before >= 0 && isWordChar(before))) return false;
  if (before === 46 && edit.start > 1 && isDigit(source.charCodeAt(edit.start - 2))) return false;
  if (after === 39 || after === 34 || (after >= 0 && isWordChar(after))) return false;
  let i = edit.end;
  while (i < source.length && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9 || source.charCodeAt(i) === 12)) i++;
  return !(source.charAt(i) === '=' && source.charAt(i + 1) !== '=');
}

