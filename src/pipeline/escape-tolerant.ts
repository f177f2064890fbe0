// Regular-expression sources that match a text however a JS string or template literal may spell it
// (escapes, line continuations), searched in the latin1 view of a file's bytes. Used by the JS
// prefilter (javascript-prefilter.ts) so that an escaped specifier cannot slip past it.

/** A backslash line continuation inside a string: contributes nothing to its value. */
export const LINE_CONTINUATION = '(?:\\\\(?:\\r\\n|[\\r\\n]|\\xe2\\x80[\\xa8\\xa9]))';

/** Matches `text` with any character written literally or as any escape producing it, with continuations between. */
export function escapeTolerant(text: string): string {
  return [...text].map(characterForms).join(`${LINE_CONTINUATION}*`);
}

function characterForms(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const literal = escapeRegExp(Buffer.from(ch, 'utf8').toString('latin1'));
  const forms = [literal];
  if (cp < 0x100) forms.push(`\\\\x${hex(cp, 2)}`);
  if (cp <= 0xffff) forms.push(`\\\\u${hex(cp, 4)}`);
  else {
    const high = Math.floor((cp - 0x10000) / 0x400) + 0xd800;
    const low = ((cp - 0x10000) % 0x400) + 0xdc00;
    forms.push(`\\\\u${hex(high, 4)}\\\\u${hex(low, 4)}`);
  }
  forms.push(`\\\\u\\{0*${hex(cp, 1)}\\}`);
  if (cp < 0x100) {
    // Legacy octal escapes (`\101` is A), up to three digits with leading zeros.
    const octal = cp.toString(8);
    for (let pad = 0; octal.length + pad <= 3; pad++) forms.push(`\\\\${'0'.repeat(pad)}${octal}`);
  }
  // `\m` is `m` for every character without an escape meaning of its own.
  if (!/[bfnrtvux0-7\r\n\u2028\u2029]/.test(ch)) forms.push(`\\\\${literal}`);
  return `(?:${forms.join('|')})`;
}

/** Hex digits of `value`, at least `width` of them, each letter in either case. */
function hex(value: number, width: number): string {
  return value
    .toString(16)
    .padStart(width, '0')
    .split('')
    .map((d) => (/[a-f]/.test(d) ? `[${d}${d.toUpperCase()}]` : d))
    .join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
