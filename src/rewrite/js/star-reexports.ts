// `export * from 'legacy'` (and `export * as ns`) of a module one of whose symbols moved: the star
// cannot follow the symbol, so it is a manual finding with the sentence both rewriters share
// (star-reason.ts) — unless the file exports the name by name, renames it here too, or stars the
// canonical module as well. The Python twin is src/rewrite/python/star-imports.ts.
import type { Node } from '@babel/types';
import { renamedHereToo, starReason, starredFromCanonical } from '../star-reason';
import { keyOf, report, type RewriteContext } from './context';
import { explicitExportNames } from './exported-names';
import { stripModuleSuffix } from './module-key';

/** `export * from 'legacy'` cannot follow a symbol that moved elsewhere. */
export function reportStar(context: RewriteContext, body: readonly Node[], node: Node, key: string): void {
  const moves = context.moves.get(key);
  const self = context.moves.get(`file:${stripModuleSuffix(context.path)}`);
  const own = [...(self?.symbols.values() ?? [])];
  const barrel = context.plan.barrelRenames?.[context.path];
  const starred = starredKeys(context, body);
  // A name the file exports by name shadows the star's (TypeScript and ES modules alike): the
  // barrel's `export type { Fmt } from './b'` or `export const Fmt` is what importers get.
  const explicit = explicitExportNames(body);
  for (const move of moves?.symbols.values() ?? []) {
    if (explicit.has(move.from.symbol!)) continue;
    // Renamed in place, the name comes through under its new name, as this file's own rename says
    // (named by its path, or by the alias or package the manifest's rename names it with).
    if (renamedHereToo(move, own) || (move.fromKey === move.toKey && barrel?.[move.from.symbol!] === move.to.symbol)) continue;
    if (starredFromCanonical(move, starred, (m) => m.from.symbol !== 'default')) continue;
    const keepsOld = `export { ${move.to.symbol} as ${move.from.symbol} } from '${(node as { source: { value: string } }).source.value}'`;
    report(context, { node, move, form: 're-export', kind: 'manual', reason: starReason('export * re-exports', move, keepsOld) });
  }
}

/** The module keys this file's `export * from 'm'` declarations re-export (Babel spells `export * as ns` otherwise). */
function starredKeys(context: RewriteContext, body: readonly Node[]): Set<string> {
  const keys = new Set<string>();
  for (const node of body) if (node.type === 'ExportAllDeclaration') keys.add(keyOf(context, node.source.value));
  return keys;
}
