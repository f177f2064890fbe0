// Members of a module imported by name from its package (`from pkg import legacy_mod [as lm]`), read
// as `legacy_mod.Old` or named by a string beside it (`patch.object(legacy_mod, "Old")`,
// `getattr(legacy_mod, "Old")`), where Old has a symbol move of its own. As for `import
// pkg.legacy_mod` chains (plain-import-edits.ts): when the module moves whole, a rename within its
// target renames the member and a move elsewhere leaves the statement manual; when it stays, each
// such use is manual (attributeManuals there). (`import pkg.legacy_mod as m`, namespace-members.ts,
// goes further: a member moved elsewhere is imported from its new module.)
import type { Move } from '../../types';
import { addFinding, type RewriteContext } from './context';
import type { ItemTarget } from './from-import-plan';
import type { NameScan } from './name-uses';
import { namespaceUses } from './namespace-uses';

/** A member renamed with its module's move: the attribute's (or string's inside) new text. */
export interface MemberRename {
  start: number;
  end: number;
  text: string;
  move: Move;
  /** Where the use starts (the module's name), and how it reads, for its finding. */
  offset: number;
  shown: string;
}

/**
 * For `from <absolute> import <t.item>` whose module moves whole to `canonical`: the member renames
 * to apply with the statement, or why the statement cannot be rewritten (a member moved elsewhere).
 */
export function movedSubmoduleMembers(ctx: RewriteContext, names: NameScan, t: ItemTarget, legacy: string, canonical: string): { renames: MemberRename[] } | { manual: string } {
  const symbolMoves = ctx.index.symbolMovesOf(legacy);
  if (symbolMoves.length === 0) return { renames: [] };
  const local = t.item.alias ?? t.item.name;
  const renames: MemberRename[] = [];
  for (const use of namespaceUses(ctx, names, local, t.item.aliasStart ?? t.item.nameStart).members) {
    const move = symbolMoves.find((m) => m.from.symbol === use.attr);
    if (!move) continue;
    if (move.to.module !== canonical) return { manual: `${use.attr} moved to ${move.to.module}, not with its module; rewrite \`${local}.${use.attr}\` by hand` };
    const name = move.to.symbol ?? use.attr;
    if (name !== use.attr) renames.push({ start: use.attrStart, end: use.attrEnd, text: name, move, offset: use.start, shown: `${local}.${use.attr}` });
  }
  return { renames };
}

export function applyMemberRenames(ctx: RewriteContext, renames: readonly MemberRename[]): void {
  for (const r of renames) {
    ctx.edits.push({ start: r.start, end: r.end, text: r.text });
    addFinding(ctx, { offset: r.offset, move: r.move, form: 'attribute', kind: 'rewritten', text: r.shown });
  }
}
