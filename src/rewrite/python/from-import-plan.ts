// Decides where each name of one `from X import …` statement goes: a symbol move, its module's
// whole-module move, a legacy submodule imported as a name (`from P import L` → `from P2 import C as L`),
// or nowhere. Pure data out; the edit pass turns it into splices.
import type { Move } from '../../types';
import type { ImportItem, ImportStatement } from './import-statements';
import type { MoveIndex } from './move-index';

export interface ItemTarget {
  item: ImportItem;
  /** Absolute module the name is imported from afterwards ('' = a top-level module: `import C as L`). */
  module: string;
  /** Name imported from that module. */
  name: string;
  /** The local binding after the rewrite (normally unchanged; differs when a rename is applied). */
  local: string;
  /** Undefined when the name stays where it is. */
  move?: Move;
}

export interface NameDecision {
  /** Whether uses of `oldName` may be renamed to `newName` across the file (else an alias keeps the old name). */
  canRename(oldName: string, newName: string): boolean;
}

export function planFromImport(stmt: ImportStatement, absolute: string, index: MoveIndex, names: NameDecision): ItemTarget[] {
  return stmt.items.map((item) => {
    const local = item.alias ?? item.name;
    const sym = index.symbolTarget(absolute, item.name);
    if (sym) {
      const name = sym.symbol ?? item.name;
      const renamed = !item.alias && name !== item.name && names.canRename(item.name, name);
      return { item, module: sym.module, name, local: renamed ? name : local, move: sym.move };
    }
    const sub = index.moduleTarget(absolute ? `${absolute}.${item.name}` : item.name);
    if (sub) {
      const cut = sub.module.lastIndexOf('.');
      return { item, module: cut < 0 ? '' : sub.module.slice(0, cut), name: sub.module.slice(cut + 1), local, move: sub.move };
    }
    return { item, module: absolute, name: item.name, local };
  });
}

/** Source text of one imported name: `Name`, or `Name as local`. */
export function itemText(t: ItemTarget, original: string): string {
  if (!t.move) return original;
  // `X as X` as written stays (the explicit re-export idiom of stubs and mypy's no-implicit-reexport);
  // `Old as New` whose target is named New becomes plain `New`: `New as New` would turn an alias
  // into that re-export idiom.
  const reexportIdiom = t.item.alias !== undefined && t.item.alias === t.item.name;
  return t.name === t.local && !reexportIdiom ? t.name : `${t.name} as ${t.local}`;
}

/** Groups targets by destination module, in order of first appearance. */
export function groupByModule(targets: ItemTarget[]): Map<string, ItemTarget[]> {
  const groups = new Map<string, ItemTarget[]>();
  for (const t of targets) groups.set(t.module, [...(groups.get(t.module) ?? []), t]);
  return groups;
}
