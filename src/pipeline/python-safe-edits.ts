// Decides whether a changed Python output may skip its verifying re-parse, from the bytes alone
// (the rewriter claims nothing). The input must have parsed with a sure verdict, and every edit must
// swap one dotted ASCII name for another where the swap cannot change how the file parses:
// - the module of `from <module> import` on one line (it binds and uses no name);
// - the module of a line that starts with `import`, keeping its first component (the name it binds);
// - an imported name of `from <module> import` that becomes `<other> as <name>` (the same name is bound);
// - the whole text between two equal quotes, when that text holds a dot (then it is a string's or a
//   comment's content: in code, a dotted name cannot sit between two quotes).
// Where such a line is in fact inside a string or a comment, the swap is plain content there too.
// Renames, one ASCII name for another at whole words, are proven as a group first (renamesProven):
// then the text is the input with some NAME tokens (or string/comment words) respelled to a fresh
// name, which CPython's and the reader's checks cannot tell apart from the input.
// Anything else (other renames, added or removed lines) is re-parsed. Used by process-file.ts.
import type { Edit, RewriteOutcome } from '../types';
import { sameAsEdited } from './literal-edits';

/** Dotted ASCII names; each component must also not be a keyword (NAME_COMPONENTS_REFUSED). */
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Hard keywords cannot be names; `__debug__` cannot be bound; `__future__` imports have rules of their own. */
const NAME_COMPONENTS_REFUSED = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield', '__debug__', '__future__',
]);
/** Text that is plain inside any string literal (str, bytes, raw, f-string) or comment: no quote, escape, brace or line break. */
const PLAIN_CONTENT = /^[A-Za-z0-9_.]+$/;

/** Line prefixes before an edit: `from` + optional relative dots, or a statement starting with `import`. */
const FROM_BEFORE = /(?:^|[^A-Za-z0-9_\u0080-\uffff])from[ \t\f]+\.*[ \t\f]*$/;
const FROM_AFTER = /^[ \t\f]+import(?![A-Za-z0-9_\u0080-\uffff])/;
const IMPORT_BEFORE = /^[ \t\f]*import[ \t\f]+$/;
const IMPORT_AFTER = /^(?:$|[ \t\f]+as[ \t\f]|[ \t\f]*(?:[\n\r,;#]|$))/;

/**
 * The edits are applied one at a time, last first, and each is proven on the text it applies to:
 * if that text parses, so does the text after the edit; the input parsed, hence so does the output.
 * (So a module swapped on the line of an aliased name is no obstacle to the name's proof.)
 */
export function pythonEditsProvablyParse(source: string, outcome: RewriteOutcome): boolean {
  if (outcome.syntaxUnsure || outcome.tolerant || outcome.edits.length === 0) return false;
  const edits = [...outcome.edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return false;
  if (!sameAsEdited(source, outcome.code, edits)) return false;
  // The proven renames first, on the input (edits at disjoint places commute); the rest, as below,
  // on what they leave, with their offsets moved by the renames before them.
  const renamed = renamesProven(source, edits);
  if (renamed.every(Boolean)) return true;
  let text = '';
  let from = 0;
  let shift = 0;
  const rest: Edit[] = [];
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i];
    if (renamed[i]) {
      text += source.slice(from, edit.start) + edit.text;
      from = edit.end;
      shift += edit.text.length - (edit.end - edit.start);
    } else rest.push(shift === 0 ? edit : { start: edit.start + shift, end: edit.end + shift, text: edit.text });
  }
  text += source.slice(from);
  for (let i = rest.length - 1; i >= 0; i--) {
    const edit = rest[i];
    if (!provenEdit(text, edit)) return false;
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  return true;
}

/** A plain ASCII name, without dots. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Names a rename may neither remove nor introduce: keywords and soft keywords (`_` too) change the
 * grammar; `__debug__` cannot be bound; `__future__` features have rules of their own (and names
 * holding `__` are refused as a whole below, for `__debug__`, `__future__`, dunders and mangling);
 * `print` and `exec`, which the reader names in messages of its own, out of caution.
 */
const RENAME_REFUSED = new Set([
  ...NAME_COMPONENTS_REFUSED, 'match', 'case', 'type', '_', 'print', 'exec',
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations', 'braces',
]);
/** Words as the tokenizer may see them: runs of ASCII name characters and of anything non-ASCII (isWordChar). */
const WORDS = /[A-Za-z0-9_\u0080-\uffff]+/g;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
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
function renamesProven(source: string, edits: readonly Edit[]): boolean[] {
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

/** Whether this one edit keeps a parsing `text` parsing (the cases are in the file comment). */
function provenEdit(text: string, edit: Edit): boolean {
  const old = text.slice(edit.start, edit.end);
  const quote = text.charAt(edit.start - 1);
  if ((quote === '"' || quote === "'") && text.charAt(edit.end) === quote) {
    return old.includes('.') && PLAIN_CONTENT.test(old) && PLAIN_CONTENT.test(edit.text);
  }
  const lineStart = lineStartOf(text, edit.start);
  const aliased = ALIASED.exec(edit.text);
  if (aliased) return aliased[2] === old && dottedName(old) && dottedName(aliased[1]) && aliasedImportedName(text, edit, lineStart);
  if (!dottedName(old) || !dottedName(edit.text)) return false;
  const before = text.slice(lineStart, edit.start);
  const after = text.slice(edit.end, lineEndOf(text, edit.end));
  if (FROM_BEFORE.test(before)) return FROM_AFTER.test(after);
  return IMPORT_BEFORE.test(before) && !continuesPreviousLine(text, lineStart) && firstComponent(old) === firstComponent(edit.text) && IMPORT_AFTER.test(after);
}

/** `<name> as <name>`: what an imported name becomes when the module exports it under another name. */
const ALIASED = /^([A-Za-z_][A-Za-z0-9_]*) as ([A-Za-z_][A-Za-z0-9_]*)$/;
const NAME_ITEM = '[A-Za-z_][A-Za-z0-9_]*(?:[ \\t\\f]+as[ \\t\\f]+[A-Za-z_][A-Za-z0-9_]*)?[ \\t\\f]*,[ \\t\\f]*';
/** A from-import's line up to one of its imported names (after `import`, an optional `(` and earlier names). */
const FROM_IMPORT_NAMES_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9_\\u0080-\\uffff])from[ \\t\\f]+([.A-Za-z0-9_ \\t\\f]+?)[ \\t\\f]+import[ \\t\\f]+(\\([ \\t\\f]*)?(?:${NAME_ITEM})*$`);
/** A line inside a from-import's parentheses up to a name: indentation and earlier names only. */
const CONTINUED_NAMES_BEFORE = new RegExp(`^[ \\t\\f]*(?:${NAME_ITEM})*$`);
/** A whole line of names inside a from-import's parentheses, perhaps with a trailing comment. */
const NAMES_LINE = new RegExp(`^[ \\t\\f]*(?:${NAME_ITEM})*(?:#[^\\n\\r]*)?$`);
/** What may follow an imported name without an alias of its own. */
const NAME_AFTER = /^[ \t\f]*(?:[,)#;]|$)/;

/**
 * `from m import A` → `from m import B as A`: the line, or the parenthesised lines back to its
 * `from … import (`, must list names only, the module must not be `__future__`, and `A` must not
 * already carry an alias.
 */
function aliasedImportedName(text: string, edit: Edit, lineStart: number): boolean {
  if (!NAME_AFTER.test(text.slice(edit.end, lineEndOf(text, edit.end)))) return false;
  const before = text.slice(lineStart, edit.start);
  const sameLine = FROM_IMPORT_NAMES_BEFORE.exec(before);
  if (sameLine) return moduleAllowsAlias(sameLine[1]);
  if (!CONTINUED_NAMES_BEFORE.test(before)) return false;
  // Back through lines of names to the line that opens the parentheses.
  let start = lineStart;
  for (let lines = 0; start > 0 && lines < 1000; lines++) {
    const previousEnd = start - (text.charAt(start - 1) === '\n' && text.charAt(start - 2) === '\r' ? 2 : 1);
    start = lineStartOf(text, previousEnd);
    const line = text.slice(start, previousEnd);
    const opening = FROM_IMPORT_NAMES_BEFORE.exec(line);
    if (opening) return opening[2] !== undefined && moduleAllowsAlias(opening[1]);
    if (!NAMES_LINE.test(line)) return false;
  }
  return false;
}

const moduleAllowsAlias = (module: string) => !/(?:^|[.\s])__future__(?:$|[.\s])/.test(module.trim());

const dottedName = (text: string) => DOTTED.test(text) && text.split('.').every((c) => !NAME_COMPONENTS_REFUSED.has(c));
const firstComponent = (name: string) => name.split('.')[0];

function lineStartOf(source: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return 0;
}

function lineEndOf(source: string, offset: number): number {
  for (let i = offset; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return source.length;
}

/** Whether the line before ends with a backslash, so this line continues its statement. */
function continuesPreviousLine(source: string, lineStart: number): boolean {
  let i = lineStart - 1;
  if (i >= 0 && source.charAt(i) === '\n') i--;
  if (i >= 0 && source.charAt(i) === '\r') i--;
  return i >= 0 && i < lineStart - 1 && source.charAt(i) === '\\';
}
