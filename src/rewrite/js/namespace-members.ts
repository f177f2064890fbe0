// `import * as NS from 'legacy'` where only some members moved: each `NS.Moved` becomes a named
// import of the canonical module (`Moved`), when every use of NS is a plain member access and the
// new local name clashes with nothing; otherwise the declaration is reported for a manual change.
// When the file imports the moved name from its new module (`import { B as B1 } from 'new'`, already
// or through this very rewrite) and nothing shadows that local, `NS.B` becomes `B1` and nothing is
// added: a rerun, which sees that import, then agrees with the first pass.
import type { ImportDeclaration, Node } from '@babel/types';
import type { Move } from '../../types';
import { analyseNames, collides, type NameUsage } from './bindings';
import { addEdit, respell, report, type RewriteContext } from './context';
import type { Addition, MergeTargets } from './merge-targets';
import { addToTarget, existingLocal } from './merge-targets';
import { targetOf, type ModuleMoves, type NameTarget } from './move-index';
import { endOf, startOf } from './walk';

export interface NamespaceRequest {
  node: ImportDeclaration;
  local: string;
  moves: ModuleMoves;
  usage: NameUsage | undefined;
  /** Local names already taken by approved renames. */
  claimed: Set<string>;
  /** What this rewrite's import declarations bind (see boundByDeclarations in rewrite.ts). */
  bound: ReadonlyMap<string, string>;
}

interface MemberUse {
  member: Node;
  name: string;
  target: NameTarget;
}

export function rewriteNamespaceMembers(context: RewriteContext, program: Node, request: NamespaceRequest, targets: MergeTargets): Move[] {
  const { node, moves, usage } = request;
  if (!usage) return [];
  const uses: MemberUse[] = [];
  let opaque = false;
  for (const reference of usage.references) {
    const name = memberName(reference.node, reference.parent);
    if (name === undefined) {
      opaque = true;
      continue;
    }
    const symbol = moves.symbols.get(name);
    if (symbol) uses.push({ member: reference.parent!, name, target: targetOf(moves, name)! });
  }
  const symbolMoves = [...moves.symbols.values()];
  if (opaque) {
    const reason = `${request.local} is used other than as ${request.local}.<member>, and members of this module moved (${[...moves.symbols.keys()].join(', ')}); import the moved names from their new modules by hand`;
    for (const move of symbolMoves) report(context, { node, move, form: 'import', kind: 'manual', reason });
    return [];
  }
  if (uses.length === 0) return [];
  const typeOnly = node.importKind === 'type';
  const existing = new Map<MemberUse, string>();
  for (const use of uses) {
    const local =
      request.bound.get(`${typeOnly ? 'type' : 'value'}|${use.target.key}|${use.target.name}`) ??
      existingLocal(targets, use.target.key, typeOnly, use.target.name);
    if (local !== undefined) existing.set(use, local);
  }
  const existingUsage = analyseNames(program, new Set(existing.values()), context.source);
  for (const [use, local] of existing) {
    const u = existingUsage.get(local);
    // Bound at most once at module level (by that import; 0 when this rewrite introduces the name) and shadowed nowhere.
    if (!u || u.moduleBindings > 1 || u.innerScopes.length > 0) existing.delete(use);
  }
  const localOf = (use: MemberUse) => existing.get(use) ?? (use.target.name === 'default' ? use.name : use.target.name);
  const locals = new Set(uses.filter((u) => !existing.has(u)).map(localOf));
  const localUsage = analyseNames(program, locals, context.source);
  const blocked = [...locals].filter((l) => collides(localUsage.get(l)) || request.claimed.has(l));
  if (blocked.length > 0) {
    const reason = `${blocked.join(', ')} already names something in this file, so ${request.local}.<member> cannot become a named import; rewrite it by hand`;
    for (const move of new Set(uses.map((u) => u.target.move))) report(context, { node, move, form: 'import', kind: 'manual', reason });
    return [];
  }
  const byKey = new Map<string, { move: Move; additions: Addition[] }>();
  for (const use of uses) {
    const local = localOf(use);
    addEdit(context, startOf(use.member), endOf(use.member), local);
    if (existing.has(use)) continue;
    const group = byKey.get(use.target.key) ?? { move: use.target.move, additions: [] };
    if (!group.additions.some((a) => a.identity === `${use.target.name}→${local}`)) {
      group.additions.push({
        text: use.target.name === 'default' ? local : local === use.target.name ? local : `${use.target.name} as ${local}`,
        isDefault: use.target.name === 'default',
        identity: `${use.target.name}→${local}`,
      });
    }
    byKey.set(use.target.key, group);
  }
  const quote = (node.source.extra?.raw as string | undefined)?.[0] ?? "'";
  for (const [key, group] of byKey) {
    addToTarget(context, targets, {
      side: 'import',
      typeOnly,
      key,
      anchor: node,
      specifier: respell(context, node.source.value, group.move, key),
      quote,
      additions: group.additions,
    });
  }
  for (const l of locals) request.claimed.add(l);
  return [...new Set(uses.map((u) => u.target.move))];
}

/** `NS.name` (value, type or JSX member access): the member name; undefined for any other use. */
function memberName(reference: Node, parent: Node | undefined): string | undefined {
  if (!parent) return undefined;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === reference && !parent.computed) {
    return parent.property.type === 'Identifier' ? parent.property.name : undefined;
  }
  if (parent.type === 'TSQualifiedName' && parent.left === reference) return parent.right.name;
  if (parent.type === 'JSXMemberExpression' && parent.object === reference) return parent.property.name;
  return undefined;
}
