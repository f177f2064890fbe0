// Names written inside string annotations (`m: "Legacy"`, `-> "Optional[Old]"`): forward references
// the parser does not resolve, so a rename or a dropped import would leave them naming nothing. The
// rename policy treats a binding named in one as unrenamable (kept under its name, and said so).
// Only strings that read as a type expression count (dotted names, brackets, commas and `|`), wherever
// they are (a `getattr(m, "Old")` name reads the same) except as a dict key, and of a dotted name only its head.
import { stringLiteralParts } from './string-scanner';
import { Tok, type Tokens } from './tokenizer';

/** Each name written in an annotation-like plain string, with the offset of its first such string. */
export function annotationStringNames(text: string, tokens: Tokens): Map<string, number> {
  const names = new Map<string, number>();
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.kind[k] !== Tok.String || tokens.code[k] !== 0) continue; // f-strings and bytes are no annotations
    if (isDictKey(tokens, k)) continue; // `{"Old": …}` is a key, never an annotation
    if (!onlyTypeCharacters(text, tokens.start[k], tokens.end[k])) continue;
    const { body } = stringLiteralParts(text.slice(tokens.start[k], tokens.end[k]));
    const compact = body.replace(/\s*([,[\]|])\s*/g, '$1').trim();
    if (!/^[A-Za-z_][\w.,[\]|]*$/.test(compact)) continue;
    // Only the head of a dotted name is looked up where the string is read: `"a.b.Old"` names `a`, not `Old`
    // (a `patch("pkg.mod.Old")` target is the string-target rewriter's business, not a use of the binding).
    for (const dotted of compact.split(/[,[\]|]+/)) {
      const head = dotted.split('.')[0];
      if (head && !names.has(head)) names.set(head, tokens.start[k]);
    }
  }
  return names;
}

/**
 * A necessary condition for the test above, without slicing the string: every character of the
 * literal (prefix and quotes included) is one a type expression or its quotes may hold, or non-ASCII
 * (which `\s` may count as a space; the exact test decides). Most strings fail it at once.
 */
function onlyTypeCharacters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && !TYPE_CHARACTER[c]) return false;
  }
  return true;
}

const TYPE_CHARACTER = (() => {
  const allowed = new Uint8Array(128);
  for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,[]|\'" \t\n\r\v\f') allowed[ch.charCodeAt(0)] = 1;
  return allowed;
})();

/** Whether the string at `k` (with any implicitly concatenated strings after it) is followed by `:`. */
export function isDictKey(tokens: Tokens, k: number): boolean {
  let j = k + 1;
  while (j < tokens.count && (tokens.kind[j] === Tok.String || tokens.kind[j] === Tok.Nl || tokens.kind[j] === Tok.Comment)) j++;
  return j < tokens.count && tokens.kind[j] === Tok.Op && tokens.code[j] === 58; // ':'
}
