// Name questions the rename policy asks about a Python file, answered from the parser's scope facts:
// where a name written in some scope would resolve (which scope binds it), whether a new name would
// collide with one the file already has, and whether every use of a binding would reach another.
import { ScopeKind, type NameOccurrence } from './parse/scope-facts';
import { binds, type ScopeView } from './scope-view';
import type { LineIndex } from './../line-index';

/** The scope whose binding `name`, written in `scope`, denotes (0: module level, or a builtin). */
export function resolvesTo(view: ScopeView, scope: number, name: string): number {
  const own = view.resolver.classify(scope, name);
  if (own) return own.binding;
  const { scopes } = view.facts;
  // Not a symbol of `scope`: CPython looks in the enclosing function scopes (never a class body), then globals.
  for (let s = scopes[scope].parent; s > 0; s = scopes[s].parent) {
    if (scopes[s].kind === ScopeKind.Class) continue;
    const info = view.resolver.classify(s, name);
    if (info && info.kind === 'local') return s;
    if (info && info.kind === 'global-explicit') return 0;
  }
  return 0;
}

/** Why renaming `uses` to `name` would change what some name means; undefined when nothing in the file is called `name`. */
export function clashWith(view: ScopeView, lines: LineIndex, name: string, ignore: ReadonlySet<NameOccurrence> = new Set()): string | undefined {
  const other = view.occurrencesNamed(name).find((o) => !ignore.has(o));
  if (!other) return undefined;
  return `${name} is already ${binds(other) ? 'bound' : 'used'} at line ${lines.position(other.start).line}`;
}

/** Whether `name`, written where each use is, denotes the binding of `name` in scope `bindingScope`. */
export function reachesAll(view: ScopeView, uses: readonly NameOccurrence[], name: string, bindingScope: number): boolean {
  return uses.every((u) => resolvesTo(view, u.scope, name) === bindingScope);
}
