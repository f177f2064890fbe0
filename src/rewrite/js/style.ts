// Reads the local style of the code a rewrite touches, so generated text matches it: the file's
// line ending, a statement's indentation and semicolon, a specifier's quote, brace padding.
// Pure helpers over the original text; the declaration renderer and the rewriter use them.

export interface StatementStyle {
  eol: string;
  indent: string;
  semicolon: boolean;
  quote: string;
  /** `{ A }` (true) or `{A}` (false). */
  bracePadding: boolean;
  /** Set when the braces list one name per line and close on a line of their own: the names' indentation and whether the last has a comma. */
  exploded?: { indent: string; trailingComma: boolean };
}

export function lineEndingOf(source: string): string {
  const lf = source.indexOf('\n');
  return lf > 0 && source[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** The whitespace between the start of the line and `offset` (empty when code precedes it). */
export function indentationAt(source: string, offset: number): string {
  let lineStart = offset;
  while (lineStart > 0 && source[lineStart - 1] !== '\n') lineStart--;
  const before = source.slice(lineStart, offset).replace(/^\uFEFF/, '');
  return /^[ \t]*$/.test(before) ? before : (/^[ \t]*/.exec(before)?.[0] ?? '');
}

export function statementStyle(source: string, start: number, end: number, quote: string): StatementStyle {
  const text = source.slice(start, end);
  const brace = text.indexOf('{');
  return {
    eol: lineEndingOf(source),
    indent: indentationAt(source, start),
    semicolon: text.trimEnd().endsWith(';'),
    quote,
    bracePadding: brace < 0 ? fileBracePadding(source) : /\s/.test(text[brace + 1] ?? ' '),
    ...explodedBraces(text, brace),
  };
}

/**
 * The brace padding of the file's own one-line import and export lists (`import {a} from`, `export
 * type { B }`, `import D, {c}`), for a statement that has no braces to copy (`import D from` becoming
 * named, `import * as NS` gaining a split-off): immer writes `{a}` (prettier's bracketSpacing: false).
 * The first such list decides; `{ a }` when the file has none.
 */
export function fileBracePadding(source: string): boolean {
  const list = /^[ \t]*(?:import|export)(?:[ \t]+type)?[ \t]*(?:[\w$]+[ \t]*,[ \t]*)?\{([ \t]*)[\w$]/m.exec(source);
  return list ? list[1].length > 0 : true;
}

/** `{\n  a,\n  b,\n}`: every name on its own line, the closing brace too (prettier's layout of a long list). */
function explodedBraces(text: string, brace: number): Pick<StatementStyle, 'exploded'> {
  const close = brace < 0 ? -1 : text.indexOf('}', brace);
  if (close < 0) return {};
  const lines = text.slice(brace + 1, close).split(/\r?\n/);
  // The text after `{` on its line, the names' lines, and the indentation before `}`.
  if (lines.length < 3 || lines[0].trim() !== '' || lines[lines.length - 1].trim() !== '') return {};
  // Comment lines and a comment at the end of a name's line (`  name, // why`) do not change the layout.
  const names = lines
    .slice(1, -1)
    .filter((l) => !COMMENT_LINE.test(l))
    .map((l) => l.replace(LINE_END_COMMENT, ''));
  if (names.length === 0 || names.some((l) => !/^[ \t]*[\w$][^,]*,?[ \t]*$/.test(l))) return {};
  return { exploded: { indent: /^[ \t]*/.exec(names[0])![0], trailingComma: names[names.length - 1].trimEnd().endsWith(',') } };
}

const COMMENT_LINE = /^[ \t]*(\/\/.*|\/\*.*\*\/[ \t]*)$/;
const LINE_END_COMMENT = /[ \t]*(\/\/.*|\/\*[^*]*(\*(?!\/)[^*]*)*\*\/[ \t]*)$/;

/** A string literal in the given quote style (escaping only what that quote needs). */
export function quoteString(value: string, quote: string): string {
  const escaped = value.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/**
 * Where text inserted "after a statement" goes: the end of its line when only whitespace or a
 * comment follows it there (so a trailing comment stays with its statement), else right after it.
 */
export function insertionPointAfter(source: string, end: number): number {
  let lineEnd = source.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = source.length;
  if (lineEnd > end && source[lineEnd - 1] === '\r') lineEnd--;
  const rest = source.slice(end, lineEnd).trim();
  if (rest === '' || rest.startsWith('//') || (rest.startsWith('/*') && rest.endsWith('*/'))) return lineEnd;
  return end;
}

/** Collapses runs of whitespace to one space: the `text` of findings. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
