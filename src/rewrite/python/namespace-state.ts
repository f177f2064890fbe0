// What the plain-import editors remember across the statements of one file (hung on the rewrite
// context, made on first need): imports added for namespace members, rewrites waiting for a later
// from-import, and per-file indexes built once instead of once per statement.
import type { RewriteContext } from './context';
import type { SymbolUses } from './namespace-uses';
import type { TargetImport } from './target-imports';

export interface NamespaceState {
  /** Imports added for namespace members (`m.Moved` → `New`): scope, module and name → local name. */
  memberImports: Map<string, string>;
  /** Namespace rewrites waiting for the import pass to decide a later from-import of the same binding. */
  deferred: (() => void)[];
  /** From-import names by the binding they import after the run (target-imports.ts), once built. */
  targetImports?: Map<string, TargetImport[]>;
  /** The uses of one symbol (binding scope and name), classified once for all the imports that bind it. */
  symbols: Map<string, SymbolUses>;
}

export function namespaceState(ctx: RewriteContext): NamespaceState {
  return (ctx.namespaces ??= { memberImports: new Map(), deferred: [], symbols: new Map() });
}
