// How wide an import/export declaration the rewriter writes may be: prettier's default printWidth,
// 80 columns, or the file's own widest line when it has wider ones (its style allows them), the
// twin of Python's 88 (python/import-line-width.ts). A new `import { a, b, … } from` or a one-line
// list taking more names goes one specifier per line past that width, prettier's layout, indented
// by the file's own unit. Used by new-declaration and merge-targets.
import type { RewriteContext } from './context';
import { allowedWidth } from '../widest-line';

const PRINT_WIDTH = 80;

interface FileLayout {
  width: number;
  /** One indentation step: a tab, or the spaces a block's first line adds (two when nothing says). */
  unit: string;
}

const layouts = new WeakMap<RewriteContext, FileLayout>();

function fileLayout(context: RewriteContext): FileLayout {
  let layout = layouts.get(context);
  if (!layout) {
    layout = { width: allowedWidth(context.source, PRINT_WIDTH), unit: indentUnit(context.source.split(/\r\n|\n|\r/)) };
    layouts.set(context, layout);
  }
  return layout;
}

/** What the first line opening a block (`{`, `(`, `[` at its end) adds to its indentation on the next. */
function indentUnit(lines: readonly string[]): string {
  for (let i = 1; i < lines.length; i++) {
    if (!/[{([][ \t]*$/.test(lines[i - 1]) || lines[i].trim() === '') continue;
    const outer = /^[ \t]*/.exec(lines[i - 1])![0];
    const inner = /^[ \t]*/.exec(lines[i])![0];
    if (inner.length <= outer.length || !inner.startsWith(outer)) continue;
    const unit = inner.slice(outer.length);
    if (unit === '\t' || /^ {1,8}$/.test(unit)) return unit;
  }
  return '  ';
}

/** Whether a line `length` columns long passes the file's width. */
export function passesWidth(context: RewriteContext, length: number): boolean {
  return length > fileLayout(context).width;
}

/** The indentation of a declaration's names one per line, one step deeper than the declaration's `indent`. */
export function namesIndent(context: RewriteContext, indent: string): string {
  return indent + fileLayout(context).unit;
}

/** Whether prettier would break this list: more than one name, or a name after a default binding. */
export function canBreak(named: number, hasDefault: boolean): boolean {
  return named > 1 || (named > 0 && hasDefault);
}

/**
 * Whether nothing but blanks follows `offset` on its line. A declaration with a comment after it stays
 * on one line: an `// eslint-disable-line` there would no longer cover the names on the lines above.
 */
export function endsItsLine(source: string, offset: number): boolean {
  const rest = /^[^\r\n]*/.exec(source.slice(offset))![0];
  return rest.trim() === '';
}
