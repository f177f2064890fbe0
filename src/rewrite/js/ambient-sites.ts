// `declare module 'm' { … }` blocks (TS module augmentation) naming a legacy module, for rewrite.ts.
// A block describes the legacy module's types: re-pointed, it could merge with (or contradict) the
// canonical module's own declarations, so a human decides where it belongs. A moved file's own
// augmentation of a module it reached from its old place (`declare module '../vanilla'`, a carried
// move) still describes that same module: it is rebased like the file's imports.
import type { Move } from '../../types';
import { rewriteWholeReference } from './call-sites';
import { report, type RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';

type AmbientSite = Extract<ReferenceSite, { kind: 'ambient' }>;

/** Rebases a moved file's own augmentation; reports every other (and the names moving out of a rebased one's module) for a human. */
export function rewriteAmbient(context: RewriteContext, site: AmbientSite, moves: ModuleMoves): void {
  const whole = moves.whole;
  if (!whole?.carried) {
    reportAmbient(context, site, whole ? [whole] : [...moves.symbols.values()]);
    return;
  }
  rewriteWholeReference(context, { node: site.node, literal: site.literal, value: site.value, form: site.form, statement: site.node, moves: { whole, symbols: new Map() } }, { flagMembers: false });
  // The module it now names has moves of its own: as in any other file's augmentation of it.
  reportAmbient(context, site, [...moves.symbols.values()]);
}

function reportAmbient(context: RewriteContext, site: AmbientSite, moves: readonly Move[]): void {
  const reason = 'this declare module block describes the legacy module; move its declarations to the canonical module (or delete them) by hand';
  for (const move of moves) report(context, { node: site.node, move, form: 'ambient-module', kind: 'manual', reason });
}
