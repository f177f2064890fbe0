// Decides which renamed imports may rename their local binding (the new name clashes with
// nothing in the file) and emits the reference edits for those; the others keep their old local
// name through an alias (`import { New as Old }`). One scope analysis for all requests.
import type { Node } from '@babel/types';
import { addEdit, type RewriteContext } from './context';
import { analyseNames, collides, type NameUsage } from './bindings';
import { endOf, startOf } from './walk';

export interface RenameRequest {
  from: string;
  to: string;
  /** `to` is an existing import of the same export: reuse its binding instead of importing the name twice. */
  reuse?: boolean;
}

export interface RenameDecisions {
  /** Approved renames: old local name → new name. */
  approved: Map<string, string>;
  usage: Map<string, NameUsage>;
}

export function decideRenames(program: Node, requests: readonly RenameRequest[], extraNames: Iterable<string> = []): RenameDecisions {
  const names = new Set<string>(extraNames);
  for (const r of requests) names.add(r.from).add(r.to);
  const usage = names.size > 0 ? analyseNames(program, names) : new Map<string, NameUsage>();
  const approved = new Map<string, string>();
  const claimed = new Set<string>();
  for (const request of requests) {
    if (approved.has(request.from) || (claimed.has(request.to) && !request.reuse)) continue;
    const from = usage.get(request.from);
    if (!from || from.moduleBindings !== 1) continue;
    const to = usage.get(request.to);
    const safe = request.reuse ? to !== undefined && to.moduleBindings === 1 && to.innerScopes.length === 0 : !collides(to);
    if (!safe) continue;
    approved.set(request.from, request.to);
    claimed.add(request.to);
  }
  return { approved, usage };
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
