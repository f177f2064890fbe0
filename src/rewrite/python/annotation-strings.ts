// Names written inside string annotations (`m: "Legacy"`, `-> "Optional[Old]"`): forward references
// the parser does not resolve, so a rename or a dropped import would leave them naming nothing. The
// rename policy treats a binding named in one as unrenamable (kept under its name, and said so).
// Only strings that read as a type expression count (dotted names, brackets, commas and `|`), wherever
// they are (a `getattr(m, "Old")` name reads the same) except as a dict key, and of a dotted name only its head.
// Used by from-import-bindings.ts (the rename policy), asked about one name at a time.
import { stringLiteralParts } from './string-scanner';
import { tokenHolding } from './token-search';
import { Tok, type Tokens } from './tokenizer';

/**
 * The offset of the first annotation-like plain string that names `name` (as a type name, or the
 * head of a dotted one), or undefined. Only the strings that hold `name` are read: the text is
 * searched for it and each occurrence's token looked up, instead of testing every string of the file.
 */
export function annotationStringOffset(text: string, tokens: Tokens, name: string): number | undefined {
  let k = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    k = tokenHolding(tokens, at, k);
    if (k < 0) return undefined;
    if (tokens.start[k] > at) continue; // between tokens (a comment is a token: this is whitespace)
    if (annotationNames(text, tokens, k)?.includes(name)) return tokens.start[k];
    // The rest of this token holds no other first naming: go on after it.
    at = tokens.end[k] - 1;
  }
  return undefined;
}

/** The names an annotation-like plain string at token `k` writes (heads of dotted names), or undefined. */
function annotationNames(text: string, tokens: Tokens, k: number): string[] | undefined {
  if (tokens.kind[k] !== Tok.String || tokens.code[k] !== 0) return undefined; // f-strings and bytes are no annotations
  if (isDictKey(tokens, k)) return undefined; // `{"Old": …}` is a key, never an annotation
  if (!onlyTypeCharacters(text, tokens.start[k], tokens.end[k])) return undefined;
  const { body } = stringLiteralParts(text.slice(tokens.start[k], tokens.end[k]));
  const compact = body.replace(/\s*([,[\]|])\s*/g, '$1').trim();
  if (!/^[A-Za-z_][\w.,[\]|]*$/.test(compact)) return undefined;
  // Only the head of a dotted name is looked up where the string is read: `"a.b.Old"` names `a`, not `Old`
  // (a `patch("pkg.mod.Old")` target is the string-target rewriter's business, not a use of the binding).
  return compact.split(/[,[\]|]+/).map((dotted) => dotted.split('.')[0]).filter((head) => head !== '');
}

/**
 * A necessary condition for the test above, without slicing the string: every character of the
 * literal (prefix and quotes included) is one a type expression or its quotes may hold, or non-ASCII
 * (which `\s` may count as a space; the exact test decides), and no ASCII space separates two
 * ASCII name characters (word characters and `.`): the test keeps spaces only next to `,[]|`, and
 * its pattern has none. Most strings fail it at once; prose docstrings at their second word.
 */
function onlyTypeCharacters(text: string, start: number, end: number): boolean {
  let afterName = false; // the last character that is not an ASCII space is a name character
  let spaced = false; // … and ASCII spaces followed it
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && !TYPE_CHARACTER[c]) return false;
    if (c === 32 || (c >= 9 && c <= 13)) {
      spaced = afterName;
      continue;
    }
    // Non-ASCII may be a space to `\s` (U+00A0): it neither separates nor joins names here.
    const name = c < 128 && (c === 46 || NAME_CHARACTER[c] === 1);
    if (name && spaced) return false;
    afterName = name;
    spaced = false;
  }
  return true;
}

const NAME_CHARACTER = (() => {
  const word = new Uint8Array(128);
  for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') word[ch.charCodeAt(0)] = 1;
  return word;
})();

const TYPE_CHARACTER = (() => {
  const allowed = new Uint8Array(128);
  for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,[]|\'" \t\n\r\v\f') allowed[ch.charCodeAt(0)] = 1;
  return allowed;
})();

/**
 * Whether the string at `k` (with any implicitly concatenated strings around it) is a dict display's
 * key: followed by `:` and opened by `{` or `,` — a return annotation (`-> "Old":`), a slice bound
 * or a `case` pattern is followed by `:` too.
 */
export function isDictKey(tokens: Tokens, k: number): boolean {
  let j = k + 1;
  while (j < tokens.count && (tokens.kind[j] === Tok.String || tokens.kind[j] === Tok.Nl || tokens.kind[j] === Tok.Comment)) j++;
  if (!(j < tokens.count && tokens.kind[j] === Tok.Op && tokens.code[j] === 58)) return false; // ':'
  let i = k - 1;
  while (i >= 0 && (tokens.kind[i] === Tok.String || tokens.kind[i] === Tok.Nl || tokens.kind[i] === Tok.Comment)) i--;
  return i >= 0 && tokens.kind[i] === Tok.Op && (tokens.code[i] === 123 || tokens.code[i] === 44); // '{' or ','
}
