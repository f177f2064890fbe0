// Computed module specifiers (`require('./legacy/' + name)`, `` import(`./legacy/${x}`) ``) cannot
// be rewritten; they are reported as manual findings, but only when their static text plausibly
// names a legacy module: a piece of it holds the module's last path segment as a path segment (at the
// piece's start or after a `/`, at its end or before a `/` or `.`: `utils` in `utils-extra` or
// `'foo utils'` names no file) or its package name, or it starts with static text that resolves
// to a directory holding a legacy module. One that ends in another kind of file's extension
// (`${locale}.json`, `${pkg}/package.json`, `.css`) names no moved file, unless that file has it (a
// package keeps its data files).
import path from 'node:path';
import type { Move } from '../../types';
import { keyOf, report, type RewriteContext } from './context';
import { JS_EXTENSIONS, keyPath, modulePathOf } from './module-key';
import { escapeRegExp } from '../escape-regexp';
import type { ReferenceSite } from './references';

/** Reports the site when its static text may name a legacy module; returns whether it did. */
export function reportComputed(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'computed' }>): boolean {
  const move = plausibleMove(context, site.staticText, site.leading, site.trailing);
  if (!move) return false;
  const reason = `computed specifier may name ${move.from.module}; the codemod cannot rewrite it, check it by hand`;
  report(context, { node: site.node, move, form: site.form, kind: 'manual', reason });
  return true;
}

function plausibleMove(context: RewriteContext, parts: readonly string[], leading: string | undefined, trailing: string | undefined): Move | undefined {
  const text = parts.join('\u0000');
  const extension = trailing === undefined ? undefined : /\.[^./]+$/.exec(trailing.slice(trailing.lastIndexOf('/') + 1))?.[0];
  const otherFile = extension !== undefined && !JS_EXTENSIONS.includes(extension);
  // Only a specifier that starts with the directory's text names a path below it (`base + '/lib/'` names nothing).
  const directory = leading?.endsWith('/') ? keyPath(keyOf(context, `${leading}x`))?.replace(/x$/, '') : undefined;
  for (const move of context.plan.moves) {
    const file = modulePathOf(move.fromKey);
    if (otherFile && file !== undefined && !file.endsWith(extension)) continue;
    if (file !== undefined && directory !== undefined && directory !== '' && file.startsWith(directory)) return move;
    if (file === undefined) {
      if (text.includes(move.fromKey.slice(move.fromKey.indexOf(':') + 1))) return move;
      continue;
    }
    const base = path.posix.basename(file);
    const segment = new RegExp(`(?:^|/)${escapeRegExp(base)}(?:$|[/.])`);
    if (base !== '' && base !== '.' && parts.some((part) => segment.test(part))) return move;
  }
  return undefined;
}
