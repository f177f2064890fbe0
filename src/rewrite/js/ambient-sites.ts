// `declare module 'm' { … }` blocks (TS module augmentation) naming a legacy module, for rewrite.ts.
// A repository module that moves whole is the same module under a new path: its augmentation is
// re-pointed like an import (`declare module '../types.ts'` → `'../types/index.ts'`), and so is a
// moved file's own augmentation of a module it reached from its old place (a carried move). A module
// replaced by a package (or a package by another) is another module: a human decides, as for the
// names of the block that move elsewhere (ambient-modules.ts says when).
import type { Move } from '../../types';
import { rewriteWholeReference } from './call-sites';
import { reportAmbient } from './ambient-modules';
import type { RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';

type AmbientSite = Extract<ReferenceSite, { kind: 'ambient' }>;

/** Re-points an augmentation of a repository module that moved whole; every other is reported for a human (ambient-modules.ts), and so are the names moving out of a re-pointed one's module. */
export function rewriteAmbient(context: RewriteContext, site: AmbientSite, moves: ModuleMoves): void {
  const whole = moves.whole;
  if (!whole || !(whole.carried || sameModuleMoved(whole))) {
    reportAmbient(context, site, moves);
    return;
  }
  rewriteWholeReference(context, { node: site.node, literal: site.literal, value: site.value, form: site.form, statement: site.node, moves: { whole, symbols: new Map() } }, { flagMembers: false });
  // The module it now names has moves of its own (derived onto the legacy key): as in any other file's augmentation of it.
  reportAmbient(context, site, { symbols: moves.symbols }, whole);
}

/** A repository module (a file, or one reached through a retired alias) moving to another path in the repository. */
function sameModuleMoved(move: Move): boolean {
  const inRepository = (key: string) => key.startsWith('file:') || key.startsWith('alias:');
  return inRepository(move.fromKey) && inRepository(move.toKey);
}
