// Opt-out comments of a file that does not parse, read from the text line by line: a line whose
// `#` might sit inside a string still counts (leaving a reference alone is the safe error).
// `# ssot-codemod-ignore-file` counts among the leading comment lines, as in the ordinary reader.
// Used by the tolerant rewriter (tolerant/rewrite.ts).
import type { RewriteContext } from '../context';

export function readIgnoreCommentsInText(ctx: RewriteContext): void {
  let leading = true;
  let line = 0;
  for (const m of ctx.text.matchAll(/[^\r\n]*(?:\r\n|\n|\r|$)/g)) {
    if (m[0] === '' && m.index! >= ctx.text.length) break;
    line++;
    const text = m[0].replace(/^\uFEFF/, '');
    const hash = text.indexOf('#');
    const own = /^\s*#/.test(text);
    if (hash >= 0 && /#\s*ssot-codemod-ignore-file\b/.test(text)) {
      if (leading && own) ctx.frozen = 'ssot-codemod-ignore-file comment';
    } else if (hash >= 0 && /#\s*ssot-codemod-ignore\b/.test(text)) {
      (own ? ctx.ignoreOwnLines : ctx.ignoreTrailingLines).add(line);
    }
    if (!own && text.trim() !== '') leading = false;
  }
}
