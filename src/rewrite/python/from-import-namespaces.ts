// Modules imported by name from their package (`from pkg import legacy_mod [as lm]`) whose members
// have moves of their own, read as `lm.Old` or named by a string beside it (`patch.object(lm,
// "Old")`): one policy with `import pkg.legacy_mod as lm` (namespace-members.ts) — a member that
// stays in the module `lm` names afterwards is renamed there, one moved elsewhere is imported from
// its new module and used bare. What differs is the statement: its names are planned by the import
// pass (from-import-bindings.ts), so the added lines and the removal of an import nothing uses any
// more go through its plan when it has one (editFromImport places them), else are spliced here.
import type { RewriteContext } from './context';
import type { ItemTarget } from './from-import-plan';
import type { ImportStatement } from './import-statements';
import type { NameScan } from './name-uses';
import { rewriteNamespace } from './namespace-members';
import { appendLines, replaceItem } from './plain-item-splice';

/** One module item of a from-import whose members move. */
export interface FromNamespace {
  stmt: ImportStatement;
  target: ItemTarget;
  /** The module the item imports today, and the one its name denotes after the run. */
  legacy: string;
  after: string;
}

/** What a planned statement (PlannedFrom) carries for its namespaces; `emitted` once editFromImport spelled it. */
export interface NamespaceLines {
  lines: string[];
  emitted: boolean;
}

/** The items of `from <absolute> import …` that import a module with symbol moves of its own. */
export function fromNamespaces(ctx: RewriteContext, stmt: ImportStatement, absolute: string, targets: readonly ItemTarget[]): FromNamespace[] {
  const out: FromNamespace[] = [];
  for (const target of targets) {
    if (target.move?.from.symbol) continue;
    const legacy = absolute ? `${absolute}.${target.item.name}` : target.item.name;
    if (ctx.index.symbolMovesOf(legacy).length === 0) continue;
    const after = !target.move ? legacy : target.module ? `${target.module}.${target.name}` : target.name;
    out.push({ stmt, target, legacy, after });
  }
  return out;
}

/**
 * Rewrites the members of one item. `planned` is its statement's share of the plan when the
 * statement is rewritten too: the lines then follow the statement's own, and an unused item is
 * dropped from it (a statement left with no name gives way to the lines). A namespace rewrite that
 * waited for a later statement (namespace-members.ts) finds this one spelled: it only adds lines.
 */
export function rewriteFromNamespace(ctx: RewriteContext, names: NameScan, ns: FromNamespace, planned?: NamespaceLines): void {
  const { stmt, target } = ns;
  const settle = (added: readonly string[], unused: boolean): void => {
    if (planned && !planned.emitted) {
      if (unused) target.drop = true;
      planned.lines.push(...added);
      return;
    }
    if (unused && !planned && replaceItem(ctx, stmt, target.item, added)) return;
    appendLines(ctx, stmt, added);
  };
  const item = target.item;
  rewriteNamespace(ctx, names, { stmt, item, local: item.alias ?? item.name, bindingStart: item.aliasStart ?? item.nameStart, legacy: ns.legacy, after: ns.after, settle });
}
