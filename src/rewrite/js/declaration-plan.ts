// Plans how one `import … from` / `export … from` declaration of a legacy module changes: where
// each specifier's name now lives, which names stay in the (possibly re-pointed) declaration and
// which move out, grouped by target module. Pure planning; declaration-edits.ts renders it.
import type { ExportNamedDeclaration, ImportDeclaration, Node } from '@babel/types';
import type { JsModuleKey, Move } from '../../types';
import { targetOf, type ModuleMoves, type NameTarget } from './move-index';

export type DeclarationNode = ImportDeclaration | ExportNamedDeclaration;

export interface SpecifierEntry {
  node: Node;
  shape: 'default' | 'named' | 'namespace';
  /** The name the source module exports (`default` for a default import). */
  imported: string;
  /** Import: the local binding. Export: the exported name. */
  local: string;
  /** `import { type T }`: an inline type modifier. */
  inlineType: boolean;
  /** Where the name lives now; undefined when it stays in the legacy module. */
  target?: NameTarget;
}

export interface DeclarationPlan {
  node: DeclarationNode;
  side: 'import' | 'export';
  /** `import type` / `export type`. */
  typeOnly: boolean;
  entries: SpecifierEntry[];
  /** The module the declaration names afterwards, and the move that re-points it (if any). */
  residentKey: JsModuleKey;
  residentMove?: Move;
  /** Entries that stay in the declaration (possibly renamed). */
  staying: SpecifierEntry[];
  /** Entries that move to another module's declaration, by target key, in source order. */
  groups: Map<JsModuleKey, SpecifierEntry[]>;
  /** Every name merged into existing declarations: this one is removed. */
  merged: boolean;
  /** Every move the declaration is concerned by (for findings). */
  moves: Move[];
}

/** Whether the file already has a declaration of `key` (same side and kind) that names can merge into. */
export type CanMerge = (key: JsModuleKey, side: 'import' | 'export', typeOnly: boolean, addsDefault: boolean) => boolean;

/** `dropped`: specifiers that simply go away (the file already imports their target; see renames.ts). */
export function planDeclaration(
  node: DeclarationNode,
  legacyKey: JsModuleKey,
  moves: ModuleMoves,
  canMerge: CanMerge = () => false,
  dropped: ReadonlySet<Node> = new Set(),
): DeclarationPlan {
  const side = node.type === 'ImportDeclaration' ? 'import' : 'export';
  const typeOnly = node.type === 'ImportDeclaration' ? node.importKind === 'type' : node.exportKind === 'type';
  const entries = node.specifiers.map((s) => entryOf(s as Node, moves));
  let residentKey = moves.whole ? moves.whole.toKey : legacyKey;
  let residentMove = moves.whole;
  const staying: SpecifierEntry[] = [];
  const groups = new Map<JsModuleKey, SpecifierEntry[]>();
  for (const entry of entries) {
    if (dropped.has(entry.node)) continue;
    const key = entry.target?.key ?? legacyKey;
    if (key === residentKey || entry.shape === 'namespace') staying.push(entry);
    else groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  let merged = false;
  if (staying.length === 0 && groups.size > 0) {
    // Every name leaves. Names whose module the file already imports merge into that import; the
    // declaration itself is re-pointed to a target it cannot merge into, and goes away only when
    // every name merged into an existing import (which is what `import/no-duplicates` asks for).
    const addsDefault = (entries: SpecifierEntry[]) => side === 'import' && entries.some((e) => targetName(e) === 'default');
    const own = [...groups].find(([key, entries]) => !canMerge(key, side, typeOnly, addsDefault(entries)));
    if (own) {
      groups.delete(own[0]);
      staying.push(...own[1]);
      residentKey = own[0];
      residentMove = own[1][0].target?.move;
    } else {
      merged = true;
    }
  }
  if (entries.length > 0 && staying.length === 0 && groups.size === 0) merged = true; // every name was dropped
  const affecting = new Set<Move>();
  if (residentMove && residentKey !== legacyKey) affecting.add(residentMove);
  for (const entry of entries) if (entry.target && entry.shape !== 'namespace') affecting.add(entry.target.move);
  return { node, side, typeOnly, entries, residentKey, residentMove, staying, groups, merged, moves: [...affecting] };
}

function entryOf(specifier: Node, moves: ModuleMoves): SpecifierEntry {
  switch (specifier.type) {
    case 'ImportDefaultSpecifier':
      return finish({ node: specifier, shape: 'default', imported: 'default', local: specifier.local.name, inlineType: false }, moves);
    case 'ImportNamespaceSpecifier':
      return { node: specifier, shape: 'namespace', imported: '*', local: specifier.local.name, inlineType: false, target: wholeTarget(moves) };
    case 'ExportNamespaceSpecifier':
      return { node: specifier, shape: 'namespace', imported: '*', local: specifier.exported.name, inlineType: false, target: wholeTarget(moves) };
    case 'ImportSpecifier':
      return finish(
        { node: specifier, shape: 'named', imported: nameOf(specifier.imported), local: specifier.local.name, inlineType: specifier.importKind === 'type' },
        moves,
      );
    case 'ExportSpecifier':
      return finish(
        { node: specifier, shape: 'named', imported: nameOf(specifier.local), local: nameOf(specifier.exported), inlineType: specifier.exportKind === 'type' },
        moves,
      );
    case 'ExportDefaultSpecifier':
      return finish({ node: specifier, shape: 'default', imported: 'default', local: specifier.exported.name, inlineType: false }, moves);
    default:
      throw new Error(`unexpected specifier ${specifier.type}`);
  }
}

function finish(entry: SpecifierEntry, moves: ModuleMoves): SpecifierEntry {
  entry.target = targetOf(moves, entry.imported);
  return entry;
}

function wholeTarget(moves: ModuleMoves): NameTarget | undefined {
  return moves.whole ? { move: moves.whole, key: moves.whole.toKey, name: '*' } : undefined;
}

function nameOf(node: Node): string {
  return node.type === 'Identifier' ? node.name : node.type === 'StringLiteral' ? node.value : '';
}

/** The name an entry has in the module its declaration names afterwards. */
export function targetName(entry: SpecifierEntry): string {
  return entry.target?.name ?? entry.imported;
}
