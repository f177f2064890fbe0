// Decides how moved import names get their local binding, with one scope analysis per file:
// reuse a binding the target module is already imported under (never import a name twice), else
// rename the local to the new name when that clashes with nothing, else keep it via an alias.
import type { Node } from '@babel/types';
import { analyseNames, collides, type NameUsage } from './bindings';
import { addEdit, type RewriteContext } from './context';
import { targetName, type DeclarationPlan, type SpecifierEntry } from './declaration-plan';
import { existingLocal, type MergeTargets } from './merge-targets';
import { endOf, startOf } from './walk';

export interface RenameDecisions {
  /** Approved renames: old local name → new local name. */
  approved: Map<string, string>;
  usage: Map<string, NameUsage>;
}

/** Renames, in source order. `extraNames` (namespace locals) are analysed in the same walk. */
export function decideRenames(program: Node, plans: readonly DeclarationPlan[], targets: MergeTargets, extraNames: Iterable<string>, source?: string): RenameDecisions {
  const imports = plans.filter((p) => p.side === 'import');
  const names = new Set<string>(extraNames);
  for (const plan of imports) {
    for (const entry of plan.entries) {
      if (!entry.target || entry.shape === 'namespace') continue;
      names.add(entry.local).add(targetName(entry));
      const existing = existingLocal(targets, entry.target.key, plan.typeOnly, targetName(entry));
      if (existing !== undefined) names.add(existing);
    }
  }
  const approved = new Map<string, string>();
  const usage = names.size > 0 ? analyseNames(program, names, source) : new Map<string, NameUsage>();
  if (imports.length === 0) return { approved, usage };
  const claimed = new Set<string>();
  const added = new Map<string, string>();
  const approve = (from: string, to: string, reuse: boolean): boolean => {
    const source = usage.get(from);
    const target = usage.get(to);
    if (approved.has(from) || !source || source.moduleBindings !== 1) return false;
    // Reuse: `to` is bound once at module level (or is a new name another rename just claimed) and never shadowed.
    const bound = target !== undefined && (target.moduleBindings === 1 || claimed.has(to)) && target.innerScopes.length === 0;
    const safe = reuse ? bound : !claimed.has(to) && !collides(target);
    if (safe) approved.set(from, to);
    if (safe && !reuse) claimed.add(to);
    return safe;
  };
  for (const plan of imports) {
    const staying = new Set(plan.staying);
    for (const entry of plan.entries) {
      if (!entry.target || entry.shape === 'namespace') continue;
      const name = targetName(entry);
      if (staying.has(entry)) {
        if (wantsRename(entry)) approve(entry.local, name, false);
        continue;
      }
      if (name === 'default') continue;
      const slot = `${plan.typeOnly}|${entry.target.key}|${name}`;
      const existing = existingLocal(targets, entry.target.key, plan.typeOnly, name) ?? added.get(slot);
      if (existing !== undefined && existing !== entry.local && approve(entry.local, existing, true)) continue;
      if (wantsRename(entry)) approve(entry.local, name, false);
      if (!added.has(slot)) added.set(slot, approved.get(entry.local) ?? entry.local);
    }
  }
  return { approved, usage };
}

/** Cheap pre-check: whether any import needs the scope analysis (a rename, or a name that may be imported twice). */
export function renamesNeeded(plans: readonly DeclarationPlan[], targets: MergeTargets): boolean {
  const slots = new Set<string>();
  for (const plan of plans) {
    if (plan.side !== 'import') continue;
    const staying = new Set(plan.staying);
    for (const entry of plan.entries) {
      if (!entry.target || entry.shape === 'namespace') continue;
      if (wantsRename(entry)) return true;
      if (staying.has(entry)) continue;
      const slot = `${plan.typeOnly}|${entry.target.key}|${targetName(entry)}`;
      if (slots.has(slot) || existingLocal(targets, entry.target.key, plan.typeOnly, targetName(entry)) !== undefined) return true;
      slots.add(slot);
    }
  }
  return false;
}

/** `import { Old }` whose export is now called New: the local could follow the new name. */
function wantsRename(entry: SpecifierEntry): boolean {
  const name = targetName(entry);
  return entry.shape === 'named' && entry.local === entry.imported && name !== entry.imported && name !== 'default';
}

/** Rewrites every reference to the module-level binding `from` as `to`. */
export function emitRenameEdits(context: RewriteContext, usage: NameUsage, from: string, to: string): void {
  for (const reference of usage.references) {
    const start = startOf(reference.node);
    const end = start + from.length;
    if (reference.shorthand === 'property') addEdit(context, start, end, `${from}: ${to}`);
    else if (reference.shorthand === 'export') addEdit(context, start, endOf(reference.node), `${to} as ${from}`);
    else addEdit(context, start, end, to);
  }
}
