// Local names for namespace members that leave their module (`m.Moved` → a bare `New` bound by an
// added `from target import New`): gathers the facts the shared policy (local-name-policy.ts) asks
// for — an existing import of the target to reuse, collisions, the move's localName mode — and
// returns its decisions. Used by namespace-members.ts.
import type { Move } from '../../types';
import { decideLocalNames, type LocalNameDecision, type MovedBinding } from '../local-name-policy';
import { bindingScopeOf, symbolOccurrences } from './binding-uses';
import type { RewriteContext } from './context';
import type { MemberUse } from './namespace-uses';
import { ScopeKind } from './parse/scope-facts';
import { binds, type ScopeView } from './scope-view';
import { namespaceState } from './namespace-state';
import { importsOfTarget } from './target-imports';

/** Every use of one moved member (`m.Moved`) in one namespace binding, and where it goes. */
export interface MemberGroup {
  move: Move;
  /** The member's name today (`Moved`), the target module and the name it is exported as there. */
  attr: string;
  module: string;
  name: string;
  uses: MemberUse[];
}

export interface MemberLocal {
  decision: LocalNameDecision;
  /** Set when no local name works (both the target's name and the member's are taken): why. */
  manual?: string;
}

/**
 * Decides each group's local name. `scope` is where the namespace is bound (the added import goes
 * right after it, so binds there); earlier decisions of this file (NamespaceState.memberImports) are reused.
 */
export function decideMemberLocals(ctx: RewriteContext, view: ScopeView, scope: number, groups: readonly MemberGroup[]): MemberLocal[] {
  const line = (offset: number) => ctx.lines.position(offset).line;
  // As the file will read after the import pass: its renames take every bare use of an old name away.
  // The added import binds in `scope`: a name bound in or read from that scope clashes, and so does a
  // local of a function between a use and that scope (it would hide the import); a local of another
  // function does not (jsonschema's tests: an unrelated `best_match = …` made exceptions.best_match manual).
  const clashFor = (uses: readonly MemberUse[]) => (name: string): string | undefined => {
    if ([...ctx.renamedLocals.values()].includes(name)) return `${name} is the new name of another import`;
    if (ctx.renamedLocals.has(name)) return undefined;
    const here = view.occurrencesNamed(name).find((o) => view.resolver.symbolScope(o) === scope);
    if (here) return `${name} is already a name in this file (line ${line(here.start)})`;
    for (const u of uses) {
      const local = localBetween(view, u.scope, scope, name);
      if (local === undefined) continue;
      const bound = view.occurrencesNamed(name).find((o) => binds(o) && view.resolver.symbolScope(o) === local);
      return `${name} is bound${bound ? ` at line ${line(bound.start)}` : ''} in a scope of the use at line ${line(u.start)}, which would read that instead`;
    }
    return undefined;
  };
  const bindings = groups.map((g): MovedBinding => {
    const found = existingImport(ctx, view, scope, g);
    return {
      local: g.attr,
      userAlias: false,
      target: g.name,
      targetModule: g.module,
      visibility: String(scope),
      exposed: view.facts.scopes[scope]?.kind === ScopeKind.Module || view.facts.scopes[scope]?.kind === ScopeKind.Class,
      mode: g.move.localName,
      existing: found?.reachable ? found.local : undefined,
      existingUnreachable: found && !found.reachable ? `imported twice: the file imports ${g.name}${found.local === g.name ? '' : ` as ${found.local}`} at line ${line(found.at)}, which not every use of ${g.attr} reaches` : undefined,
      clash: clashFor(g.uses),
      reaches: (name) => g.uses.every((u) => bindingScopeOf(view, u.scope, name) === scope),
    };
  });
  return decideLocalNames(bindings).map((decision, i) => {
    if (decision.action !== 'keep') return { decision };
    const taken = bindings[i].clash(decision.local);
    return taken ? { decision, manual: taken } : { decision };
  });
}

/** The scope of a function (or the use's own) between `from` and `scope` that binds `name` locally, if one does. */
function localBetween(view: ScopeView, from: number, scope: number, name: string): number | undefined {
  const scopes = view.facts.scopes;
  for (let s = from; s !== scope && s > 0; s = scopes[s].parent) {
    if (s !== from && scopes[s].kind === ScopeKind.Class) continue;
    if (view.resolver.classify(s, name)?.kind === 'local') return s;
  }
  return undefined;
}

/** Records an import this run adds, so a later namespace of the same scope reuses it. */
export function rememberMemberImport(ctx: RewriteContext, scope: number, module: string, name: string, local: string, at: number): void {
  namespaceState(ctx).memberImports.set(`${scope}\0${module}\0${name}`, { local, at });
}

/**
 * An import of the group's target the file has (`from target import New [as X]`, or a legacy
 * `from legacy import Moved` the import pass has retargeted: under the local name it decided), or
 * that this run added for an earlier namespace in the same scope; reachable when every use would
 * see that binding.
 */
function existingImport(ctx: RewriteContext, view: ScopeView, scope: number, g: MemberGroup): { local: string; reachable: boolean; at: number } | undefined {
  const added = namespaceState(ctx).memberImports.get(`${scope}\0${g.module}\0${g.name}`);
  if (added !== undefined) return { ...added, reachable: g.uses.every((u) => runsAfter(view, u, added.at, scope)) };
  const found = importsOfTarget(ctx, g.module, g.name)[0];
  if (!found) return undefined;
  const { item } = found;
  const written = item.alias ?? item.name; // scopes are those of the name as written today
  const local = found.moved ? ctx.renamedLocals.get(written) ?? written : written;
  const occurrence = view.at(item.aliasStart ?? item.nameStart);
  if (!occurrence) return { local, reachable: false, at: found.stmt.start };
  const at = view.resolver.symbolScope(occurrence);
  const once = symbolOccurrences(view, occurrence).filter(binds).length === 1;
  return { local, reachable: once && g.uses.every((u) => bindingScopeOf(view, u.scope, written) === at && runsAfter(view, u, found.stmt.start, at)), at: found.stmt.start };
}

/**
 * Whether a use sees a binding made at `bound` in `scope` (which the use resolves to): it comes
 * later in the text, or runs later, inside a def or lambda (a use at module level, in a class body
 * or a comprehension runs where it is written: `u = B` before `from new import B` is a NameError).
 */
function runsAfter(view: ScopeView, use: MemberUse, bound: number, scope: number): boolean {
  if (use.start > bound) return true;
  for (let s = use.scope; s !== scope && s > 0; s = view.facts.scopes[s].parent) {
    const kind = view.facts.scopes[s].kind;
    if (kind === ScopeKind.Function || kind === ScopeKind.Lambda) return true;
  }
  return false;
}
