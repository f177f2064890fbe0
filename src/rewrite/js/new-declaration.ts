// Writes a declaration for names that left another one for a module the file does not import yet:
// its names laid out as the list they leave lays out its own (one per line for prettier's long
// lists, and where one line would pass the width: declaration-width.ts), a name's own comment
// after it (`import { a } from 'x'; // why`, or `  a, // why` one per line), after the declaration
// it was split from with that one's linter directives copied. Used by merge-targets when it
// flushes its additions.
import type { Node } from '@babel/types';
import { addEdit, type RewriteContext } from './context';
import { declarationDirectives, insertSplitOff } from './declaration-directives';
import { canBreak, endsItsLine, namesIndent, passesWidth } from './declaration-width';
import { quoteString, type StatementStyle } from './style';
import { endOf, startOf } from './walk';

/** A comment a name takes along from the list it leaves: its text and the indentation of the name's line there. */
export interface CarriedComment {
  text: string;
  indent: string;
}

/** A named specifier placed in a declaration, with the comment it brings (new declarations only). */
export interface PlacedName {
  text: string;
  comment?: CarriedComment;
}

export interface NewDeclaration {
  /** The declaration it is split from (and written after, or in place of). */
  anchor: Node;
  /** `import`, `import type`, `export`, `export type`. */
  keyword: string;
  defaultName?: string;
  named: PlacedName[];
  specifier: string;
  /** The style of the anchor, which the new declaration follows. */
  style: StatementStyle;
}

/** Writes `declaration` after its anchor, or in place of it (`replaces`: the anchor lost every binding). */
export function insertNewDeclaration(context: RewriteContext, declaration: NewDeclaration, replaces: boolean): void {
  const { anchor, keyword, defaultName, named, specifier, style } = declaration;
  const lint = declarationDirectives(context.source, anchor);
  const directives = replaces ? { above: [] } : lint;
  const commented = named.filter((n) => n.comment !== undefined);
  // A `// why` cannot share its line with a trailing `// eslint-disable-line`: the name then gets a line of its own.
  const lineComment = commented.some((n) => n.comment!.text.startsWith('//'));
  const listed =
    named.length > 1 && style.exploded
      ? style.exploded
      : commented.length > 0 && (named.length > 1 || (lineComment && directives.trailing !== undefined))
        ? { indent: commented[0].comment!.indent, trailingComma: true }
        : undefined;
  const render = (layout: ListLayout | undefined) => {
    const parts: string[] = [];
    if (defaultName !== undefined) parts.push(defaultName);
    if (named.length > 0) parts.push(layout ? linedBraces(named, layout, style) : braces(named.map((n) => n.text), style.bracePadding));
    let text = `${keyword} ${parts.join(', ')} from ${quoteString(specifier, style.quote)}${style.semicolon ? ';' : ''}`;
    if (!layout) for (const n of commented) text += ` ${n.comment!.text}`;
    return text;
  };
  let text = render(listed);
  // One line past the width goes one name per line (prettier's layout), unless a comment shares its
  // line or a linter directive covers it (`// eslint-disable-next-line`, `// @ts-ignore`: that line only).
  const covered = lint.above.length > 0 || lint.trailing !== undefined || (replaces && !endsItsLine(context.source, endOf(anchor)));
  const wrappable = !listed && !covered && commented.length === 0 && canBreak(named.length, defaultName !== undefined);
  if (wrappable && passesWidth(context, style.indent.length + text.length)) {
    text = render({ indent: namesIndent(context, style.indent), trailingComma: true });
  }
  if (replaces) return addEdit(context, startOf(anchor), endOf(anchor), text);
  insertSplitOff(context, { anchor, indent: style.indent, text, directives });
}

/** Names one a line: their indentation, and whether the last has a comma. */
type ListLayout = { indent: string; trailingComma: boolean };

/** One name a line, each with its comment, closing on a line of its own. */
function linedBraces(names: readonly PlacedName[], layout: ListLayout, style: StatementStyle): string {
  const { indent, trailingComma } = layout;
  const line = (n: PlacedName, i: number) => `${indent}${n.text}${i < names.length - 1 || trailingComma ? ',' : ''}${n.comment ? ` ${n.comment.text}` : ''}${style.eol}`;
  return `{${style.eol}${names.map(line).join('')}${style.indent}}`;
}

export function braces(names: readonly string[], padded: boolean): string {
  return padded ? `{ ${names.join(', ')} }` : `{${names.join(', ')}}`;
}
