// Scope-aware uses of the name one import binds: every occurrence CPython's symtable resolves to
// that binding (a parameter or local of the same name in a function is another symbol), split into
// loads and other bindings. Used by the plain-import editors (namespace members, parent chains);
// undefined when the parser cannot decide the file's scopes (callers fall back to token scans).
import { SyntaxUnsure } from '../syntax-unsure';
import type { RewriteContext } from './context';
import { NameRole, ScopeKind, type NameOccurrence } from './parse/scope-facts';
import { namespaceState } from './namespace-state';
import { binds, type ScopeView } from './scope-view';

export interface BindingUses {
  view: ScopeView;
  /** The import's own binding occurrence. */
  binding: NameOccurrence;
  /** Reads of the same symbol, in source order. */
  loads: NameOccurrence[];
  /** Other occurrences that bind the same symbol (`m = None`, another import, `del m`). */
  others: NameOccurrence[];
  /** Offsets of `loads`. */
  loadStarts: ReadonlySet<number>;
}

/** One symbol's reads and bindings, shared by every import binding it (cached: NamespaceState.bindings). */
export interface SymbolReads {
  loads: NameOccurrence[];
  binders: NameOccurrence[];
  loadStarts: ReadonlySet<number>;
}

/** The uses of the name bound by the import occurrence starting at `bindingStart`. */
export function bindingUses(ctx: RewriteContext, bindingStart: number): BindingUses | undefined {
  const view = ctx.scopes.view();
  if (view instanceof SyntaxUnsure) return undefined;
  const binding = view.at(bindingStart);
  if (!binding || binding.role !== NameRole.Import) return undefined;
  const cache = namespaceState(ctx).bindings;
  const key = `${view.resolver.symbolScope(binding)}\0${binding.name}`;
  let reads = cache.get(key);
  if (!reads) {
    const all = symbolOccurrences(view, binding);
    const loads = all.filter((o) => o.role === NameRole.Load);
    cache.set(key, (reads = { loads, binders: all.filter(binds), loadStarts: new Set(loads.map((o) => o.start)) }));
  }
  return { view, binding, loads: reads.loads, others: reads.binders.filter((o) => o !== binding), loadStarts: reads.loadStarts };
}

/**
 * view.symbolOf without its whole-file grouping: the occurrences of the same name whose binding
 * scope is the same (a mangled private `__x` asks the resolver's own grouping).
 */
export function symbolOccurrences(view: ScopeView, occurrence: NameOccurrence): NameOccurrence[] {
  const name = occurrence.name;
  if (name.startsWith('__') && !name.endsWith('__')) return view.symbolOf(occurrence);
  const scope = view.resolver.symbolScope(occurrence);
  return view.occurrencesNamed(name).filter((o) => view.resolver.symbolScope(o) === scope);
}

/**
 * A filter over name-token offsets: true where the name denotes the import's binding, or is a global
 * the module never binds (a use that fails today, as the token scans always treated it: it follows the
 * file's imports); false for another binding of the name (a parameter, a local). Everything when
 * scopes are unknown.
 */
export function denotesBinding(uses: BindingUses | undefined): (offset: number) => boolean {
  if (!uses) return () => true;
  const { view, loadStarts } = uses;
  const name = uses.binding.name;
  const moduleBinds = view.occurrencesNamed(name).some((o) => binds(o) && view.resolver.symbolScope(o) === 0);
  const stray = (offset: number) => {
    const o = view.at(offset);
    return o !== undefined && o.role === NameRole.Load && view.resolver.symbolScope(o) === 0;
  };
  return (offset) => loadStarts.has(offset) || (!moduleBinds && stray(offset));
}

/**
 * The scope whose binding `name`, written in `scope`, would denote (as symtable resolves a free
 * use: enclosing functions, class bodies skipped except the scope itself; 0 = module or builtins).
 */
export function bindingScopeOf(view: ScopeView, scope: number, name: string): number {
  const scopes = view.facts.scopes;
  for (let s = scope; s > 0; s = scopes[s].parent) {
    if (s !== scope && scopes[s].kind === ScopeKind.Class) continue;
    const info = view.resolver.classify(s, name);
    if (!info) continue;
    return info.kind === 'local' ? s : info.binding;
  }
  return 0;
}

/** The first occurrence of `name` anywhere in the file (any scope, any role), for collision notes. */
export function firstOccurrence(view: ScopeView, name: string): NameOccurrence | undefined {
  return view.occurrencesNamed(name)[0];
}
