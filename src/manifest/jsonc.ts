// Parses JSON with comments and trailing commas (tsconfig.json's dialect), and turns
// JSON syntax errors into line/column messages. Used for manifests and tsconfig files.
import { locateJsonError } from './json-error-locator';

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

export function parseJson(text: string, options: { comments?: boolean } = {}): unknown {
  const unmarked = text.replace(/^\uFEFF/, '');
  const body = options.comments ? stripCommentsAndTrailingCommas(unmarked) : unmarked;
  try {
    return JSON.parse(body);
  } catch (error) {
    const located = locateJsonError(body) ?? { offset: 0, message: (error as Error).message };
    const before = body.slice(0, located.offset);
    const line = before.split('\n').length;
    const column = located.offset - before.lastIndexOf('\n');
    throw new JsonSyntaxError(located.message, line, column);
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
