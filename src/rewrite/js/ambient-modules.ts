// `declare module 'legacy' { … }`: a TypeScript augmentation (or ambient declaration) of a module
// the manifest names, for what ambient-sites.ts does not re-point: a module replaced by another
// (a package), whose block may not fit it, and the names a block spells that move or are renamed.
// A module that only loses or renames some names is still there, so the block matters only where
// it spells one of those names.
import type { Node } from '@babel/types';
import type { Move } from '../../types';
import { report, type RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';
import { walk } from './walk';

/**
 * Reports the block as `manual` for a whole-module move (one ambient-sites.ts does not re-point);
 * for symbol moves only (the module stays, or the block was re-pointed), for each moved or renamed
 * name the block declares or mentions, and for no other: augmenting an interface the module keeps
 * (`interface Registry { … }` beside a renamed `OldId`) still works.
 */
export function reportAmbient(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'ambient' }>, moves: ModuleMoves, repointed?: Move): void {
  if (moves.whole) {
    report(context, { node: site.node, move: moves.whole, form: 'ambient-module', kind: 'manual', reason: replacedReason(moves.whole) });
    return;
  }
  const spelled = identifiersIn(site.node);
  for (const [name, move] of moves.symbols) {
    if (!spelled.has(name)) continue;
    report(context, { node: site.node, move, form: 'ambient-module', kind: 'manual', reason: symbolReason(name, move, repointed) });
  }
}

function replacedReason(move: Move): string {
  return `this declare module block augments ${move.from.module}, which is replaced by ${move.to.module}, a different module; point the block at ${move.to.module} if that module has what it augments, else move or delete its declarations, by hand`;
}

/** `repointed`: the whole move the block now follows, so it augments that move's target. */
function symbolReason(name: string, move: Move, repointed?: Move): string {
  const augmented = repointed ? { key: repointed.toKey, module: repointed.to.module } : { key: move.fromKey, module: move.from.module };
  const where = move.toKey === augmented.key ? `is renamed ${move.to.symbol ?? name} in ${move.to.module}` : `moved to ${move.to.module}${move.to.symbol && move.to.symbol !== name ? ` as ${move.to.symbol}` : ''}`;
  return `this declare module block augments ${augmented.module} and spells ${name}, which ${where}; rename or move its declarations of ${name} by hand`;
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
