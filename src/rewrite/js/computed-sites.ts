// Computed module specifiers (`require('./legacy/' + name)`, `` import(`./legacy/${x}`) ``) cannot
// be rewritten; they are reported as manual findings, but only when their static text plausibly
// names a legacy module (it contains the module's last path segment or package name).
import path from 'node:path';
import { report, type RewriteContext } from './context';
import { keyPath } from './module-key';
import type { ReferenceSite } from './references';

export function reportComputed(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'computed' }>): void {
  const text = site.staticText.join('\u0000');
  for (const move of context.plan.moves) {
    const file = keyPath(move.fromKey);
    const needle = file === undefined ? move.fromKey.slice('pkg:'.length) : path.posix.basename(file);
    if (needle === '' || needle === '.' || !text.includes(needle)) continue;
    const reason = `computed specifier may name ${move.from.module}; rewrite it by hand if it does`;
    report(context, { node: site.node, move, form: site.form, kind: 'manual', reason });
    return;
  }
}
