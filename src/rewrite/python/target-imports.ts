// The file's `from … import` names indexed by the binding each imports once the run is over
// (`from legacy import Moved` counts under its target, `from target import New` under itself), built
// once per file on first need. Namespace members use it to reuse an import instead of adding a second.
import type { RewriteContext } from './context';
import type { ImportItem, ImportStatement } from './import-statements';
import { resolveRelative } from './module-path';
import { namespaceState } from './namespace-state';

export interface TargetImport {
  stmt: ImportStatement;
  item: ImportItem;
  /** True when the import pass retargets this name (its local may be renamed: ctx.renamedLocals). */
  moved: boolean;
}

/** Imports of `module:name` after the run, in source order. */
export function importsOfTarget(ctx: RewriteContext, module: string, name: string): readonly TargetImport[] {
  const state = namespaceState(ctx);
  state.targetImports ??= indexTargets(ctx);
  return state.targetImports.get(`${module}\0${name}`) ?? [];
}

function indexTargets(ctx: RewriteContext): Map<string, TargetImport[]> {
  const index = new Map<string, TargetImport[]>();
  for (const stmt of ctx.imports) {
    if (stmt.kind !== 'from' || stmt.star) continue;
    const absolute = resolveRelative(ctx.file?.package ?? [], stmt.level, stmt.module);
    if (absolute === undefined) continue;
    for (const item of stmt.items) {
      const moved = ctx.index.symbolTarget(absolute, item.name);
      const key = moved ? `${moved.module}\0${moved.symbol}` : `${absolute}\0${item.name}`;
      const list = index.get(key) ?? [];
      list.push({ stmt, item, moved: moved !== undefined });
      index.set(key, list);
    }
  }
  return index;
}
