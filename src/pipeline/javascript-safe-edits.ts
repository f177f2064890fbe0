// Decides whether a changed JS/TS output may skip its verifying re-parse (Babel's, the slowest step of
// a renaming rewrite). Every edit must be either a claimed string-literal edit the characters confirm
// (literal-edits.ts), or a rename: old and new text differ only in whole ASCII words, each such word O
// becoming a name N. The renames are proven as a group:
// - each O always becomes the same N, and each N comes from one O (no two names merged);
// - N occurs nowhere in the input, as any word (not in code, a string, a comment, a JSX text);
// - O occurs nowhere in the output: every occurrence was respelled.
// Then the output is the input with one word consistently respelled, everywhere it occurs, to a word
// the input never had. Every check Babel makes on names (declared twice, `export { O }` of nothing,
// `<O></O>` tags that must match, private names, labels) compares names for equality, which such a
// respelling preserves, so the output parses exactly when the input did, save where the spelling
// itself is grammar: keywords and contextual keywords, names with meaning (`arguments`, `constructor`,
// `prototype`, `__proto__`), directive and pragma words (`use strict`, `@flow`) and regular-expression
// flags (RENAME_REFUSED, FLAG_WORD); a word glued to a number (`1.e5`), an escape (`\u0041`), or a
// private `#name` (refused at the edit); and names spelled with `\u` escapes (files with an ASCII one
// are refused). Anything else (added or removed statements) is re-parsed. Used by process-file.ts.
import type { Edit, RewriteOutcome } from '../types';
import { literalEditProven, sameAsEdited, sortedDisjoint } from './literal-edits';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Runs of word characters (ASCII name characters and anything non-ASCII), or of anything else. */
const SEGMENTS = /[A-Za-z0-9_$\u0080-\uffff]+|[^A-Za-z0-9_$\u0080-\uffff]+/g;
/** Letters only from the regular-expression flag set: a word that may be a literal's flags. */
const FLAG_WORD = /^[dgimsuvy]+$/;
/** `\u` escapes of ASCII characters, with which a name can be spelled without its letters. */
const ASCII_ESCAPE = /\\u(?:00[0-7][0-9A-Fa-f]|\{0*[0-7]?[0-9A-Fa-f]\})/;

/** Names whose spelling is grammar somewhere in JS, TS, JSX or Flow, or means something to Babel's checks. */
const RENAME_REFUSED = new Set([
  // reserved words, strict-mode and future reserved words, literals
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends', 'finally',
  'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'return', 'super', 'switch', 'this', 'throw', 'try', 'typeof', 'var',
  'void', 'while', 'with', 'yield', 'let', 'static', 'enum', 'await', 'implements', 'package', 'protected', 'interface', 'private',
  'public', 'null', 'true', 'false',
  // contextual keywords and names with meaning
  'as', 'async', 'from', 'get', 'set', 'of', 'target', 'meta', 'constructor', 'prototype', '__proto__', 'arguments', 'eval',
  'undefined', 'NaN', 'Infinity', 'source', 'defer', 'module', 'assert', 'using', 'accessor',
  // TypeScript
  'abstract', 'any', 'asserts', 'bigint', 'boolean', 'declare', 'global', 'infer', 'intrinsic', 'is', 'keyof', 'namespace', 'never',
  'number', 'object', 'out', 'override', 'readonly', 'require', 'satisfies', 'string', 'symbol', 'type', 'unique', 'unknown',
  // Flow
  'opaque', 'mixed', 'empty', 'checks', 'proto', 'flow', 'noflow', 'exports',
  // directives
  'use', 'strict', 'asm',
]);

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

export function javascriptEditsProvablyParse(source: string, outcome: RewriteOutcome): boolean {
  if (outcome.tolerant || outcome.edits.length === 0) return false;
  const edits = sortedDisjoint(outcome.edits);
  if (!edits || !sameAsEdited(source, outcome.code, edits)) return false;
  const literal = new Set((outcome.literalEdits ?? []).map((i) => outcome.edits[i]));
  const renames = new Map<string, string>(); // O → N
  for (const edit of edits) {
    if (literal.has(edit) && literalEditProven(source, edit)) continue;
    if (!wordSwaps(source, edit, renames)) return false;
  }
  return renames.size === 0 || renamesProven(source, outcome.code, renames);
}

/**
 * Adds the edit's word swaps to `renames`, or returns false when the edit is not only that: the old
 * and new texts must split into the same runs, equal but for whole ASCII names, each swap at a site
 * where nothing joins the name to another token.
 */
function wordSwaps(source: string, edit: Edit, renames: Map<string, string>): boolean {
  const before = source.slice(edit.start, edit.end).match(SEGMENTS) ?? [];
  const after = edit.text.match(SEGMENTS) ?? [];
  if (before.length !== after.length || before.length === 0) return false;
  let at = edit.start;
  for (let i = 0; i < before.length; i++) {
    const o = before[i];
    const n = after[i];
    if (o !== n) {
      if (!IDENTIFIER.test(o) || !IDENTIFIER.test(n) || refused(o) || refused(n) || !renameSite(source, at, at + o.length)) return false;
      const known = renames.get(o);
      if (known !== undefined && known !== n) return false;
      renames.set(o, n);
    }
    at += o.length;
  }
  return true;
}

const refused = (name: string) => RENAME_REFUSED.has(name) || FLAG_WORD.test(name);

/** Whole word, not glued by `#` (a private name), `\` (an escape) or `digit.` (a number's exponent or member). */
function renameSite(source: string, start: number, end: number): boolean {
  if (end < source.length && isWordCode(source.charCodeAt(end))) return false;
  if (start === 0) return true;
  const previous = source.charCodeAt(start - 1);
  if (isWordCode(previous) || previous === 35 /* # */ || previous === 92 /* \ */) return false;
  return !(previous === 46 /* . */ && start >= 2 && isDigitCode(source.charCodeAt(start - 2)));
}

/** One name per name, the new names fresh in the input, the old ones gone from the output. */
function renamesProven(source: string, code: string, renames: Map<string, string>): boolean {
  const targets = new Set(renames.values());
  if (targets.size !== renames.size) return false;
  if (ASCII_ESCAPE.test(source)) return false;
  return !hasWord(source, targets) && !hasWord(code, new Set(renames.keys()));
}

/**
 * Whether one of `words` is a whole word of `text` (a maximal run of isWordCode characters). Searched
 * with indexOf per word (renames are few) instead of matching every word of the file.
 */
function hasWord(text: string, words: ReadonlySet<string>): boolean {
  for (const word of words) {
    if (word.length === 0 || !isWordRun(word)) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if ((at === 0 || !isWordCode(text.charCodeAt(at - 1))) && (end === text.length || !isWordCode(text.charCodeAt(end)))) return true;
    }
  }
  return false;
}

function isWordRun(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isWordCode(word.charCodeAt(i))) return false;
  return true;
}
