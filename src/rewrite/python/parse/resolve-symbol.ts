// Which binding each name occurrence denotes, as CPython's symtable decides it (analyze_block /
// analyze_name): local, explicit or implicit global, free (bound in an enclosing function; class
// scopes are skipped, except by PEP 695 scopes that can see their class). Built once per file from
// the ScopeFacts; answers by map lookups. Used by the rename policy and the symtable test.
import { NameRole, type NameOccurrence, type Scope, ScopeKind, type ScopeFacts } from './scope-facts';
import { Def, mangle } from './scope-symbols';

export type SymbolKind = 'local' | 'global-explicit' | 'global-implicit' | 'free';

export interface SymbolInfo {
  kind: SymbolKind;
  /** The scope whose binding the name denotes: 0 for module-level names, implicit globals and builtins. */
  binding: number;
  /** Declared by `nonlocal` in this scope. */
  nonlocal: boolean;
  /** A parameter of this scope (def, lambda, or a PEP 695 type parameter). */
  parameter: boolean;
}

export interface Resolver {
  /** The scope whose symbol `occurrence` denotes (the scope that binds it, honouring global/nonlocal; 0 for module-level, implicit globals and builtins). */
  symbolScope(occurrence: NameOccurrence): number;
  /** Every occurrence denoting the symbol `name` (as written in scope `scopeId`) bound in `scopeId`, in source order. */
  occurrencesOf(scopeId: number, name: string): NameOccurrence[];
  /** How `name` (as written in scope `scopeId`) is classified there; undefined when the scope has no such symbol. */
  classify(scopeId: number, name: string): SymbolInfo | undefined;
}

const ROLE_FLAGS: Record<NameRole, number> = {
  [NameRole.Load]: Def.Use,
  [NameRole.Store]: Def.Local,
  [NameRole.Del]: Def.Local,
  [NameRole.Param]: Def.Param,
  [NameRole.Import]: Def.Import,
  [NameRole.Definition]: Def.Local,
  [NameRole.ExceptAs]: Def.Local,
  [NameRole.Global]: Def.Global,
  [NameRole.Nonlocal]: Def.Nonlocal,
  [NameRole.Annotated]: Def.Use,
};

export function createResolver(facts: ScopeFacts): Resolver {
  const { scopes, names } = facts;
  const symbols = scopes.map(() => new Map<string, number>());
  const keyOf = (scope: number, name: string) => mangle(scopes[scope].privateName, name);
  for (const occurrence of names) {
    const table = symbols[occurrence.scope];
    const key = keyOf(occurrence.scope, occurrence.name);
    // A PEP 695 type parameter is a local of its annotation scope, not a parameter in symtable's sense.
    const flag = occurrence.role === NameRole.Param && scopes[occurrence.scope].kind === ScopeKind.Annotation ? Def.Local | Def.TypeParam : ROLE_FLAGS[occurrence.role];
    table.set(key, (table.get(key) ?? 0) | flag);
  }
  const memo: Array<Map<string, SymbolInfo> | undefined> = new Array(scopes.length); // per scope, on its first question
  const resolve = (scope: number, key: string): SymbolInfo => {
    const known = (memo[scope] ??= new Map());
    let info = known.get(key);
    if (!info) {
      info = analyze(scopes, symbols, scope, key);
      known.set(key, info);
    }
    return info;
  };

  // Every occurrence grouped by the symbol it denotes: built on the first question that needs it
  // (most rewrites ask only about a few names, through symbolScope and classify).
  let groups: Map<number, Map<string, NameOccurrence[]>> | undefined;
  const groupAll = () => {
    const all = new Map<number, Map<string, NameOccurrence[]>>();
    for (const occurrence of names) {
      const binding = resolve(occurrence.scope, keyOf(occurrence.scope, occurrence.name)).binding;
      const key = keyOf(binding, occurrence.name);
      let byName = all.get(binding);
      if (!byName) all.set(binding, (byName = new Map()));
      const list = byName.get(key);
      if (list) list.push(occurrence);
      else byName.set(key, [occurrence]);
    }
    return all;
  };

  return {
    symbolScope: (occurrence) => resolve(occurrence.scope, keyOf(occurrence.scope, occurrence.name)).binding,
    occurrencesOf: (scopeId, name) => (groups ??= groupAll()).get(scopeId)?.get(keyOf(scopeId, name)) ?? [],
    classify: (scopeId, name) => {
      const key = keyOf(scopeId, name);
      return symbols[scopeId].has(key) ? resolve(scopeId, key) : undefined;
    },
  };
}

const isFuture = (scope: Scope) => scope.kind === ScopeKind.Annotation && scope.annotation === 'future';

/** analyze_name for `key` in `scope` (treated as a use when the scope has no symbol for it). */
function analyze(scopes: readonly Scope[], symbols: ReadonlyArray<Map<string, number>>, scope: number, key: string): SymbolInfo {
  const s = scopes[scope];
  // Annotations under `from __future__ import annotations` are never resolved by CPython; as strings
  // evaluated later, they mean what they would mean where they are written: resolve them in the parent.
  if (isFuture(s)) return { ...analyze(scopes, symbols, s.parent, key), nonlocal: false, parameter: false };
  const flags = symbols[scope].get(key) ?? Def.Use;
  const base = { nonlocal: (flags & Def.Nonlocal) !== 0, parameter: (flags & Def.Param) !== 0 };
  if (flags & Def.Global) return { kind: 'global-explicit', binding: 0, ...base };
  if (flags & Def.Nonlocal) return { kind: 'free', binding: enclosingBinding(scopes, symbols, s.parent, key) ?? 0, ...base };
  if (flags & Def.Bound) return { kind: 'local', binding: scope, ...base };
  if (s.canSeeClassScope) {
    let c = s.parent;
    while (scopes[c].kind !== ScopeKind.Class) c = scopes[c].parent;
    const classFlags = symbols[c].get(key) ?? 0;
    if (classFlags & Def.Global) return { kind: 'global-explicit', binding: 0, ...base };
    if (classFlags & Def.Bound && !(classFlags & Def.Nonlocal)) return { kind: 'global-implicit', binding: c, ...base };
  }
  if (s.kind !== ScopeKind.Module) {
    const binding = enclosingBinding(scopes, symbols, s.parent, key);
    if (binding !== undefined) return { kind: 'free', binding, ...base };
  }
  return { kind: 'global-implicit', binding: 0, ...base };
}

/** The nearest enclosing function-like scope binding `key` (class scopes are invisible), or undefined. */
function enclosingBinding(scopes: readonly Scope[], symbols: ReadonlyArray<Map<string, number>>, from: number, key: string): number | undefined {
  for (let s = from; s > 0; s = scopes[s].parent) {
    const scope = scopes[s];
    if (scope.kind === ScopeKind.Class || isFuture(scope)) continue;
    const flags = symbols[s].get(key) ?? 0;
    if (flags & Def.Global) return undefined;
    if (flags & Def.Bound && !(flags & Def.Nonlocal)) return s;
  }
  return undefined;
}
