// Parses JSON with comments and trailing commas (tsconfig.json's dialect), and turns
// JSON syntax errors into line/column messages. Used for manifests and tsconfig files.

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

export function parseJson(text: string, options: { comments?: boolean } = {}): unknown {
  const body = options.comments ? stripCommentsAndTrailingCommas(text) : text;
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new JsonSyntaxError(message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected/, 'unexpected'), line, column);
  }
}

/** Blanks out comments and trailing commas, keeping every offset (so error positions stay right). */
function stripCommentsAndTrailingCommas(text: string): string {
  const out = text.split('');
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n') out[i] = ' ';
    } else if (c === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(out[j])) j++;
      if (out[j] === '}' || out[j] === ']') out[i] = ' ';
      i++;
    } else i++;
  }
  return out.join('');
}
