// Gathers, for every moved import specifier, the facts the shared rename policy needs (one scope
// analysis per file: uses, shadowing, other bindings, an existing import of the target) and turns
// the policy's decisions into renames, dropped specifiers and `aliased:` notes.
import type { Node } from '@babel/types';
import { decideLocalNames, noteOf, type MovedBinding } from '../local-name-policy';
import { analyseNames, clashOf, reachesAll, type NameUsage } from './bindings';
import { addEdit, type RewriteContext } from './context';
import { targetName, type DeclarationPlan, type SpecifierEntry } from './declaration-plan';
import { existingLocal, type MergeTargets } from './merge-targets';
import { endOf, startOf } from './walk';

export interface RenameDecisions {
  /** Old local name → new local name (a rename, or a reuse of an existing import's local). */
  approved: Map<string, string>;
  usage: Map<string, NameUsage>;
  /** Specifiers that go away because the file already imports their target (reuse or duplicate). */
  dropped: Set<Node>;
  /** Why a specifier keeps its old local as an alias when the policy wanted a rename (`aliased: …`). */
  notes: Map<Node, string>;
}

interface Candidate {
  plan: DeclarationPlan;
  entry: SpecifierEntry;
}

/** Decides every moved import specifier in source order. `extraNames` (namespace locals) are analysed in the same walk. */
export function decideRenames(program: Node, plans: readonly DeclarationPlan[], targets: MergeTargets, extraNames: Iterable<string>, source?: string): RenameDecisions {
  const candidates: Candidate[] = [];
  for (const plan of plans) {
    if (plan.side !== 'import') continue;
    for (const entry of plan.entries) if (entry.target && entry.shape !== 'namespace' && targetName(entry) !== 'default') candidates.push({ plan, entry });
  }
  const names = new Set<string>(extraNames);
  for (const { plan, entry } of candidates) {
    names.add(entry.local).add(targetName(entry));
    const existing = existingLocal(targets, entry.target!.key, plan.typeOnly, targetName(entry));
    if (existing !== undefined) names.add(existing);
  }
  const usage = names.size > 0 ? analyseNames(program, names, source) : new Map<string, NameUsage>();
  const decisions: RenameDecisions = { approved: new Map(), usage, dropped: new Set(), notes: new Map() };
  const bindings = candidates.map((c) => movedBinding(c, usage, targets));
  decideLocalNames(bindings).forEach((decision, i) => {
    const { entry } = candidates[i];
    if (decision.action === 'rename' || decision.action === 'reuse') decisions.approved.set(entry.local, decision.local);
    if (decision.action === 'reuse' || decision.action === 'drop') decisions.dropped.add(entry.node);
    const note = noteOf(decision);
    if (note) decisions.notes.set(entry.node, note);
  });
  return decisions;
}

function movedBinding({ plan, entry }: Candidate, usage: ReadonlyMap<string, NameUsage>, targets: MergeTargets): MovedBinding {
  const target = targetName(entry);
  const source = usage.get(entry.local);
  const references = source?.references ?? [];
  const found = existingLocal(targets, entry.target!.key, plan.typeOnly, target);
  const existing = found === entry.local || reachesAll(usage.get(found ?? ''), references) ? found : undefined;
  return {
    local: entry.local,
    userAlias: entry.shape === 'default' || entry.local !== entry.imported,
    target,
    targetModule: `${plan.typeOnly ? 'type ' : ''}${entry.target!.key}`,
    visibility: 'module',
    mode: entry.target!.move.localName,
    existing,
    existingUnreachable: found !== undefined && existing === undefined ? `the file imports ${target} as ${found}, which is shadowed where ${entry.local} is used` : undefined,
    unrenamable: source && source.moduleBindings !== 1 ? `${entry.local} is declared more than once at module level` : undefined,
    reaches: (name) => reachesAll(usage.get(name), references),
    clash: (name) => {
      const why = clashOf(usage.get(name), references);
      return why ? `${name} is already ${why}${where(usage.get(name))}` : undefined;
    },
  };
}

function where(usage: NameUsage | undefined): string {
  const line = usage?.first?.loc?.start.line;
  return line !== undefined ? ` at line ${line}` : '';
}

/** Cheap pre-check: whether any import needs the scope analysis (a rename, or a name the file may already import). */
export function renamesNeeded(plans: readonly DeclarationPlan[], targets: MergeTargets): boolean {
  const slots = new Set<string>();
  for (const plan of plans) {
    if (plan.side !== 'import') continue;
    for (const entry of plan.entries) {
      if (!entry.target || entry.shape === 'namespace') continue;
      const name = targetName(entry);
      if (name !== 'default' && name !== entry.imported && entry.shape === 'named' && entry.local === entry.imported) return true;
      const slot = `${plan.typeOnly}|${entry.target.key}|${name}`;
      if (slots.has(slot) || existingLocal(targets, entry.target.key, plan.typeOnly, name) !== undefined) return true;
      slots.add(slot);
    }
  }
  return false;
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
