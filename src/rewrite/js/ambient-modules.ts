// `declare module 'legacy' { … }`: a TypeScript augmentation (or ambient declaration) of a module
// the manifest names. Never rewritten here (a moved file's own block is rebased, ambient-sites.ts);
// ambient-sites.ts asks which of its moves a human must see.
// A module that moves whole is gone from where the block says; one that only loses or renames some
// names is still there, so the block matters only where it spells one of those names.
import type { Node } from '@babel/types';
import type { Move } from '../../types';
import { report, type RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';
import { walk } from './walk';

const WHOLE_REASON = 'this declare module block describes the legacy module; move its declarations to the canonical module (or delete them) by hand';

/**
 * Reports the block as `manual` for a whole-module move; for symbol moves only (the module stays),
 * for each moved or renamed name the block declares or mentions, and for no other: augmenting an
 * interface the module keeps (`interface Registry { … }` beside a renamed `OldId`) still works.
 */
export function reportAmbient(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'ambient' }>, moves: ModuleMoves): void {
  if (moves.whole) {
    report(context, { node: site.node, move: moves.whole, form: 'ambient-module', kind: 'manual', reason: WHOLE_REASON });
    return;
  }
  const spelled = identifiersIn(site.node);
  for (const [name, move] of moves.symbols) {
    if (!spelled.has(name)) continue;
    report(context, { node: site.node, move, form: 'ambient-module', kind: 'manual', reason: symbolReason(name, move) });
  }
}

function symbolReason(name: string, move: Move): string {
  const where = move.fromKey === move.toKey ? `is renamed ${move.to.symbol ?? name} in ${move.to.module}` : `moved to ${move.to.module}${move.to.symbol && move.to.symbol !== name ? ` as ${move.to.symbol}` : ''}`;
  return `this declare module block augments ${move.from.module} and spells ${name}, which ${where}; rename or move its declarations of ${name} by hand`;
}

/** Every identifier name the block's body spells (declared, referenced or a property key: any may be the moved name). */
function identifiersIn(block: Node): Set<string> {
  const names = new Set<string>();
  const body = (block as Node & { body?: Node | null }).body;
  if (body) {
    walk(body, (node) => {
      if (node.type === 'Identifier' || node.type === 'JSXIdentifier') names.add(node.name);
    });
  }
  return names;
}
