// `export * from 'legacy'` whose module moves whole onto one the file already star-exports (immer's
// barrel: env.ts merged into common.ts, and `export * from "./common"` two lines down): re-pointed,
// it would be a second `export * from "./common"`. The README's "no duplicate imports" rule: the
// redundant statement goes with its line (comments kept), the other star stays as it is. Two legacy
// stars moving onto one module keep the first. Used by rewrite.ts before it re-points a star.
import type { Node } from '@babel/types';
import { keyOf, type RewriteContext } from './context';

/** The star of the same final module that stays in place of `node`, if `node` is redundant; `active`: the legacy stars this run re-points. */
export function keptStarInstead(context: RewriteContext, body: readonly Node[], node: Node, active: ReadonlySet<Node>): Node | undefined {
  if (node.type !== 'ExportAllDeclaration') return undefined;
  const target = finalKey(context, node);
  const same = body.filter((n) => n.type === 'ExportAllDeclaration' && (n.exportKind ?? 'value') === (node.exportKind ?? 'value') && finalKey(context, n) === target);
  // A star that already names the module, else the first legacy one the run re-points.
  const moving = (n: Node) => context.moves.get(keyOf(context, (n as { source: { value: string } }).source.value))?.whole !== undefined;
  const kept = same.find((n) => !moving(n)) ?? same.find((n) => active.has(n));
  return kept === node ? undefined : kept;
}

/** The module a star names once rewritten (its whole-module move's target, else its own). */
function finalKey(context: RewriteContext, node: Node & { type: 'ExportAllDeclaration' }): string {
  const key = keyOf(context, node.source.value);
  const whole = context.moves.get(key)?.whole;
  return whole ? whole.toKey : key;
}
