// A module reference whose used names are known (a JSDoc `@import { A } from 'm'` tag, the members
// a dynamic import's object is used for): when every name it uses now lives in one module, the
// reference is re-pointed there and renamed names follow; names split between modules are left for
// a human, since one reference cannot name two modules.
import type { Node } from '@babel/types';
import type { ReferenceForm } from '../../types';
import { keyOf, replaceLiteral, report, respell, type RewriteContext } from './context';
import { targetOf, type ModuleMoves } from './move-index';

export interface NamedUse {
  name: string;
  /** Spells the use under the name the target module exports it by. */
  rename: (to: string) => void;
}

export interface UsedNamesReference {
  node: Node;
  literal: Node;
  value: string;
  form: ReferenceForm;
}

/** Returns false when none of the names moved on its own (the module's own move, if any, is the caller's). */
export function retargetByUses(context: RewriteContext, reference: UsedNamesReference, uses: readonly NamedUse[], moves: ModuleMoves): boolean {
  if (!uses.some((u) => moves.symbols.has(u.name))) return false;
  const legacyKey = keyOf(context, reference.value);
  const targets = uses.map((use) => ({ use, target: targetOf(moves, use.name) }));
  const keys = new Set(targets.map((t) => t.target?.key ?? legacyKey));
  const involved = [...new Set(targets.flatMap((t) => (t.target ? [t.target.move] : [])))];
  if (keys.size > 1) {
    const where = targets.map((t) => `${t.use.name} from ${t.target?.move.to.module ?? reference.value}`).join(', ');
    const reason = `the names this ${reference.form} uses now come from different modules (${where}); split it, one per module, by hand`;
    for (const move of involved) report(context, { node: reference.node, move, form: reference.form, kind: 'manual', reason });
    return true;
  }
  const [key] = keys;
  if (key !== legacyKey) replaceLiteral(context, reference.literal, respell(context, reference.value, involved[0], key));
  for (const { use, target } of targets) if (target && target.name !== use.name) use.rename(target.name);
  for (const move of involved) report(context, { node: reference.node, move, form: reference.form, kind: 'rewritten' });
  return true;
}
