// `declare module 'm' { … }` blocks (TS module augmentation) naming a legacy module, for rewrite.ts.
// A block describes the module's types: re-pointed, it could merge with (or contradict) the
// canonical module's own declarations, so a human decides (ambient-modules.ts says when). A moved file's own
// augmentation of a module it reached from its old place (`declare module '../vanilla'`, a carried
// move) still describes that same module: it is rebased like the file's imports.
import { rewriteWholeReference } from './call-sites';
import { reportAmbient } from './ambient-modules';
import type { RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';

type AmbientSite = Extract<ReferenceSite, { kind: 'ambient' }>;

/** Rebases a moved file's own augmentation; every other is reported for a human (ambient-modules.ts), and so are the names moving out of a rebased one's module. */
export function rewriteAmbient(context: RewriteContext, site: AmbientSite, moves: ModuleMoves): void {
  const whole = moves.whole;
  if (!whole?.carried) {
    reportAmbient(context, site, moves);
    return;
  }
  rewriteWholeReference(context, { node: site.node, literal: site.literal, value: site.value, form: site.form, statement: site.node, moves: { whole, symbols: new Map() } }, { flagMembers: false });
  // The module it now names has moves of its own: as in any other file's augmentation of it.
  reportAmbient(context, site, { symbols: moves.symbols });
}
