// What the plain-import editors remember across the statements of one file (hung on the rewrite
// context, made on first need): imports added for namespace members, rewrites waiting for a later
// from-import, and per-file indexes built once instead of once per statement.
import type { RewriteContext } from './context';
import { bareUses, type NameScan } from './name-uses';
import type { MovedChain } from './parent-chains';
import type { SymbolReads } from './binding-uses';
import type { SymbolUses } from './namespace-uses';
import type { TargetImport } from './target-imports';
import type { Additions } from './from-import-edits';

export interface NamespaceState {
  /** Imports added for namespace members (`m.Moved` → `New`): scope, module and name → local name, and the offset they bind at. */
  memberImports: Map<string, { local: string; at: number }>;
  /** Namespace rewrites waiting for the import pass to decide a later from-import of the same binding. */
  deferred: (() => void)[];
  /** From-import names by the binding they import after the run (target-imports.ts), once built. */
  targetImports?: Map<string, TargetImport[]>;
  /** The uses of one symbol (binding scope and name), classified once for all the imports that bind it. */
  symbols: Map<string, SymbolUses>;
  /** The reads and bindings of one symbol (binding-uses.ts), shared by the imports that bind it. */
  bindings: Map<string, SymbolReads>;
  /** name-uses.ts bareUses per name: a scan of every name token, made once per name. */
  bare: Map<string, number[]>;
  /** Chains from each head name that a move covers (parent-chains.ts). */
  chains: Map<string, MovedChain[]>;
  /** Names the import pass merges into existing from-imports (from-import-edits.ts), once it made them. */
  additions?: Additions;
  /** The names of every unaliased plain import of the file, once asked for. */
  dottedImports?: Set<string>;
}

export function namespaceState(ctx: RewriteContext): NamespaceState {
  return (ctx.namespaces ??= { memberImports: new Map(), deferred: [], symbols: new Map(), bindings: new Map(), bare: new Map(), chains: new Map() });
}

/** Token indices of the bare uses of `name` (name-uses.ts bareUses), remembered for the file. */
export function bareUsesOf(ctx: RewriteContext, names: NameScan, name: string): number[] {
  const cache = namespaceState(ctx).bare;
  let uses = cache.get(name);
  if (!uses) cache.set(name, (uses = bareUses(names, name)));
  return uses;
}
