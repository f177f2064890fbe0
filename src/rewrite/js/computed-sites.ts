// Computed module specifiers (`require('./legacy/' + name)`, `` import(`./legacy/${x}`) ``) cannot
// be rewritten; they are reported as manual findings, but only when their static text plausibly
// names a legacy module: it contains the module's last path segment or package name, or its
// leading static part resolves to a directory holding a legacy module.
import path from 'node:path';
import type { Move } from '../../types';
import { keyOf, report, type RewriteContext } from './context';
import { keyPath } from './module-key';
import type { ReferenceSite } from './references';

export function reportComputed(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'computed' }>): void {
  const move = plausibleMove(context, site.staticText);
  if (!move) return;
  const reason = `computed specifier may name ${move.from.module}; the codemod cannot rewrite it, check it by hand`;
  report(context, { node: site.node, move, form: site.form, kind: 'manual', reason });
}

function plausibleMove(context: RewriteContext, parts: readonly string[]): Move | undefined {
  const text = parts.join('\u0000');
  const prefix = parts[0] ?? '';
  const directory = prefix.endsWith('/') ? keyPath(keyOf(context, `${prefix}x`))?.replace(/x$/, '') : undefined;
  for (const move of context.plan.moves) {
    const file = keyPath(move.fromKey);
    if (file !== undefined && directory !== undefined && directory !== '' && file.startsWith(directory)) return move;
    const needle = file === undefined ? move.fromKey.slice('pkg:'.length) : path.posix.basename(file);
    if (needle !== '' && needle !== '.' && text.includes(needle)) return move;
  }
  return undefined;
}
