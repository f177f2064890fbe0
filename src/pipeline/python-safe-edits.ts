// Decides whether a changed Python output may skip its verifying re-parse, from the bytes alone
// (the rewriter claims nothing). The input must have parsed with a sure verdict, and every edit must
// swap one dotted ASCII name for another where the swap cannot change how the file parses:
// - the module of `from <module> import` on one line (it binds and uses no name), relative dots
//   kept as they are;
// - the module of a line that starts with `import`, keeping its first component (the name it binds);
// - an imported name of `from <module> import` that becomes `<other> as <name>` (the same name is bound);
// - the whole text between two equal quotes, when that text holds a dot (then it is a string's or a
//   comment's content: in code, a dotted name cannot sit between two quotes);
// - a name right after a `.` that follows a name (not a number), a closing bracket or a quote: an
//   attribute, or a later component of an imported module's path, neither of which binds a name.
// Where such a line is in fact inside a string or a comment, the swap is plain content there too.
// Renames, one ASCII name for another at whole words, are proven as a group first (renamesProven,
// python-safe-renames.ts):
// then the text is the input with some NAME tokens (or string/comment words) respelled to a fresh
// name, which CPython's and the reader's checks cannot tell apart from the input.
// Anything else (other renames, added or removed lines) is re-parsed. Used by process-file.ts.
import type { Edit, RewriteOutcome } from '../types';
import { sameAsEdited } from './literal-edits';
import { IDENTIFIER, isWordChar, NAME_COMPONENTS_REFUSED, renamesProven, RENAME_REFUSED } from './python-safe-renames';

/** Dotted ASCII names; each component must also not be a keyword (NAME_COMPONENTS_REFUSED). */
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
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

/** Whether this one edit keeps a parsing `text` parsing (the cases are in the file comment). */
function provenEdit(text: string, edit: Edit): boolean {
  const old = text.slice(edit.start, edit.end);
  const quote = text.charAt(edit.start - 1);
  if ((quote === '"' || quote === "'") && text.charAt(edit.end) === quote) {
    return old.includes('.') && PLAIN_CONTENT.test(old) && PLAIN_CONTENT.test(edit.text);
  }
  const lineStart = lineStartOf(text, edit.start);
  if (attributeSwap(text, edit, old, lineStart)) return true;
  const aliased = ALIASED.exec(edit.text);
  if (aliased) return aliased[2] === old && dottedName(old) && dottedName(aliased[1]) && aliasedImportedName(text, edit, lineStart);
  const before = text.slice(lineStart, edit.start);
  const after = text.slice(edit.end, lineEndOf(text, edit.end));
  const dots = leadingDots(old);
  if (dots > 0) {
    // `from ..legacy import` → `from ..core import`: the same dots, then dotted names.
    const same = leadingDots(edit.text) === dots && dottedName(old.slice(dots)) && dottedName(edit.text.slice(dots));
    return same && FROM_BEFORE.test(before) && FROM_AFTER.test(after);
  }
  if (!dottedName(old) || !dottedName(edit.text)) return false;
  if (FROM_BEFORE.test(before)) return FROM_AFTER.test(after);
  return IMPORT_BEFORE.test(before) && !continuesPreviousLine(text, lineStart) && firstComponent(old) === firstComponent(edit.text) && IMPORT_AFTER.test(after);
}

/**
 * `x.Old` → `x.New`, `f().Old`, `'s'.Old`: the dot follows a name that is not a number (`1.e5` is
 * one token), a closing bracket or a quote, and nothing joins the name to what follows. An
 * attribute binds and resolves no name, so any two names that are not keywords are alike there.
 */
function attributeSwap(text: string, edit: Edit, old: string, lineStart: number): boolean {
  if (!IDENTIFIER.test(old) || !IDENTIFIER.test(edit.text) || old === edit.text) return false;
  for (const name of [old, edit.text]) if (RENAME_REFUSED.has(name) || name.includes('__')) return false;
  if (edit.start < 2 || text.charCodeAt(edit.start - 1) !== 46 /* . */) return false;
  const after = edit.end < text.length ? text.charCodeAt(edit.end) : -1;
  if (after === 39 || after === 34 || (after >= 0 && isWordChar(after))) return false;
  // Inside a `\N{…}` character name (which never spans lines) a name is not content.
  if (text.slice(lineStart, edit.start).includes('\\N{')) return false;
  let i = edit.start - 2;
  const c = text.charCodeAt(i);
  if (c === 41 || c === 93 || c === 125 || c === 39 || c === 34) return true; // ) ] } ' "
  if (!isWordChar(c)) return false;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  const first = text.charCodeAt(i);
  return !(first >= 48 && first <= 57);
}

function leadingDots(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 46) n++;
  return n;
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
