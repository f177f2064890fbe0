// How wide an import the rewriter writes may be: black's and ruff's 88 columns, or the file's own
// widest line when it has wider ones (its style allows them). A new `from M import a, b, …` or a
// one-line list taking more names goes one name per line in parentheses past that width (jinja's
// `from . import defaults` became a 262-column `from jinja2.constants import …`; networkx's merged
// names ran to 98 and 101 columns against ruff's 88). A statement retargeted in place keeps its
// layout, as JS keeps a re-pointed specifier's line: one policy.
import type { RewriteContext } from './context';
import type { ImportStatement } from './import-statements';
import { SyntaxUnsure } from '../syntax-unsure';
import { allowedWidth } from '../widest-line';

const DEFAULT_WIDTH = 88;
const widths = new WeakMap<RewriteContext, number>();

/**
 * The widest a line the rewriter writes in this file may be: unbounded in a file the reader is not
 * sure of (a `--tolerant` rewrite changes its provable lines as little as it can).
 */
export function importLineWidth(ctx: RewriteContext): number {
  let width = widths.get(ctx);
  if (width === undefined) {
    width = ctx.scopes.view() instanceof SyntaxUnsure ? Infinity : allowedWidth(ctx.text, DEFAULT_WIDTH);
    widths.set(ctx, width);
  }
  return width;
}

/** One indentation step deeper than `indent`, in the file's kind (a tab where it indents with tabs). */
function deeper(indent: string): string {
  return indent + (indent.includes('\t') ? '\t' : '    ');
}

/** `head` + names on one line when it fits at `indent`, else one name per line in parentheses (black's layout). `after` ends the line (`  # noqa`). */
export function fromImportText(ctx: RewriteContext, indent: string, head: string, names: readonly string[], after = ''): string {
  const line = `${head}${names.join(', ')}${after}`;
  if (names.length < 2 || indent.length + line.length <= importLineWidth(ctx)) return line;
  return `${head}${explodedList(ctx, indent, names)}${after}`;
}

/** `(`, one name per line one step deeper than `indent`, each with its comma, `)` at `indent`. */
export function explodedList(ctx: RewriteContext, indent: string, names: readonly string[]): string {
  const inner = deeper(indent);
  return `(${ctx.eol}${names.map((n) => `${inner}${n},${ctx.eol}`).join('')}${indent})`;
}

/**
 * Whether a one-line statement taking `names` would run past the file's width. One with a comment
 * after it stays on its line: a `# noqa` there would no longer sit on the names' lines.
 */
export function tooWide(ctx: RewriteContext, host: ImportStatement, names: readonly string[]): boolean {
  const { text } = ctx;
  if (/[\r\n]/.test(text.slice(host.start, host.end)) || text.slice(host.end, host.lineEnd).includes('#')) return false;
  let ls = host.start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
  let le = host.end;
  while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
  return le - ls + names.join(', ').length + 2 > importLineWidth(ctx);
}
