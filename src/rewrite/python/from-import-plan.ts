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
  /** Set by the rename policy: the file already imports the target, so this name goes away. */
  drop?: boolean;
  /** The policy's `aliased: …` note, reported with the statement's finding. */
  note?: string;
}

/** Each name's destination; its local name stays as written until the rename policy decides (from-import-bindings.ts). */
export function planFromImport(stmt: ImportStatement, absolute: string, index: MoveIndex): ItemTarget[] {
  return stmt.items.map((item) => {
    const local = item.alias ?? item.name;
    const sym = index.symbolTarget(absolute, item.name);
    if (sym) {
      return { item, module: sym.module, name: sym.symbol ?? item.name, local, move: sym.move };
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
