// Namespace bindings of a legacy module whose members moved: `import * as NS from 'legacy'`,
// `const NS = require('legacy')` and TypeScript's `import NS = require('legacy')`. A member that
// stays in the module NS now names keeps `NS.` (renamed in place when its export was renamed:
// `NS.old` → `NS.new`); one that moved elsewhere becomes a named binding of its new module
// (`NS.Moved` → `Moved`, reusing an import of it the file already has), when every use of NS is a
// plain member access and the new local clashes with nothing. Otherwise (NS escapes: passed as a
// value, spread, `NS[name]`) a manual finding names the line.
import type { Node } from '@babel/types';
import type { Move } from '../../types';
import { analyseNames, collides, type NameUsage } from './bindings';
import { addEdit, report, type RewriteContext } from './context';
import { targetOf, type ModuleMoves, type NameTarget } from './move-index';
import { endOf, startOf } from './walk';
import { namedByStringReason } from '../named-by-string';

export interface NamespaceRequest {
  /** The declaration binding NS (an import declaration or a `const NS = require(…)` declaration). */
  node: Node;
  local: string;
  moves: ModuleMoves;
  /** The module key NS names after the rewrite (the whole-module move's target, else the legacy module). */
  residentKey: string;
  usage: NameUsage | undefined;
  /** Local names already taken by approved renames. */
  claimed: Set<string>;
  /**
   * Local name under which the file imports export `name` of `key` (already, or through this
   * rewrite), if any; `typeUse` when every use it would serve is a type (a type-only import serves).
   */
  existingLocal(key: string, name: string, typeUse: boolean): string | undefined;
  /**
   * Set where the file cannot be given a named binding (TypeScript's `import NS = require(…)`, whose
   * files keep to CommonJS's form): a member that left the module is then a manual finding with this
   * reason (given the member, its new module and the line of its first use), the others still follow.
   */
  unnamed?: (name: string, module: string, line: number | undefined) => string;
}

/**
 * Named bindings to add, by target key, and the move each group follows; `typeOnly` on a name whose
 * every use is a type (`let s: NS.State`), which a type-only import serves (verbatimModuleSyntax
 * requires one for an interface).
 */
export type NamedAdditions = Map<string, { move: Move; names: { imported: string; local: string; typeOnly: boolean }[] }>;

/**
 * Rewrites the member uses and returns the named bindings to add (the caller spells them as an
 * import or a require) and the moves it followed; reports manual findings when it cannot.
 */
export interface NamespaceOutcome {
  additions: NamedAdditions;
  moved: Move[];
  /** Every use of NS became a named binding: the declaration binding NS is left unused. */
  emptied: boolean;
}

export function rewriteNamespaceMembers(context: RewriteContext, program: Node, request: NamespaceRequest): NamespaceOutcome {
  const none = { additions: new Map(), moved: [], emptied: false };
  const { node, moves, usage } = request;
  if (!usage) return none;
  const uses: { member: Node; property: Node; name: string; quoted: boolean; typePosition: boolean; target: NameTarget }[] = [];
  let escape: Node | undefined;
  for (const reference of usage.references) {
    const member = memberOf(reference.node, reference.parent);
    if (!member) {
      escape ??= reference.node;
      continue;
    }
    if (moves.symbols.has(member.name)) uses.push({ ...member, member: reference.parent!, typePosition: reference.typePosition === true, target: targetOf(moves, member.name)! });
  }
  const symbolMoves = [...moves.symbols.values()];
  // A member named by a string (`NS['X']`, `jest.spyOn(NS, 'X')`) follows a rename in place; moved
  // to another module, the spy would still act on this module's object.
  const byString = uses.filter((u) => u.quoted && u.target.key !== request.residentKey);
  if (byString.length > 0) {
    for (const u of byString) manual(context, node, u.target.move, namedByStringReason(request.local, u.name, u.target.move.to.module));
    return none;
  }
  if (escape) {
    const line = escape.loc?.start.line;
    const reason = `${request.local} is used other than as ${request.local}.<member>${line !== undefined ? ` (line ${line})` : ''}, and members of this module moved (${[...moves.symbols.keys()].join(', ')}); import the moved names from their new modules by hand`;
    for (const move of symbolMoves) manual(context, node, move, reason);
    return none;
  }
  const inPlace = uses.filter((u) => u.target.key === request.residentKey);
  let leaving = uses.filter((u) => u.target.key !== request.residentKey);
  if (request.unnamed && leaving.length > 0) {
    for (const move of new Set(leaving.map((u) => u.target.move))) {
      const first = leaving.find((u) => u.target.move === move)!;
      manual(context, node, move, request.unnamed(first.name, move.to.module, first.member.loc?.start.line));
    }
    leaving = [];
  }
  // A target export every use of which is a type is imported type-only.
  const targetId = (use: (typeof uses)[number]) => `${use.target.key}|${use.target.name}`;
  const valueUsed = new Set(leaving.filter((u) => !u.typePosition).map(targetId));
  const typeOnly = (use: (typeof uses)[number]) => !valueUsed.has(targetId(use));
  const existing = new Map<(typeof uses)[number], string>();
  for (const use of leaving) {
    const local = request.existingLocal(use.target.key, use.target.name, typeOnly(use));
    if (local !== undefined) existing.set(use, local);
  }
  const existingUsage = analyseNames(program, new Set(existing.values()), context.source);
  for (const [use, local] of existing) {
    const u = existingUsage.get(local);
    // Bound at most once at module level (by that import; 0 when this rewrite introduces the name) and shadowed nowhere.
    if (!u || u.moduleBindings > 1 || u.innerScopes.length > 0) existing.delete(use);
  }
  const localOf = (use: (typeof uses)[number]) => existing.get(use) ?? (use.target.name === 'default' ? use.name : use.target.name);
  const locals = new Set(leaving.filter((u) => !existing.has(u)).map(localOf));
  const localUsage = analyseNames(program, locals, context.source);
  const blocked = [...locals].filter((l) => collides(localUsage.get(l)) || request.claimed.has(l));
  if (blocked.length > 0) {
    const reason = `${blocked.join(', ')} already names something in this file, so ${request.local}.<member> cannot become a named import; rewrite it by hand`;
    for (const move of new Set(leaving.map((u) => u.target.move))) manual(context, node, move, reason);
    return none;
  }
  for (const use of inPlace) {
    const inside = use.quoted ? 1 : 0;
    if (use.target.name !== use.name) addEdit(context, startOf(use.property) + inside, endOf(use.property) - inside, use.target.name);
  }
  const additions: NamedAdditions = new Map();
  for (const use of leaving) {
    const local = localOf(use);
    addEdit(context, startOf(use.member), endOf(use.member), local);
    if (existing.has(use)) continue;
    const group = additions.get(use.target.key) ?? { move: use.target.move, names: [] };
    if (!group.names.some((n) => n.imported === use.target.name && n.local === local)) group.names.push({ imported: use.target.name, local, typeOnly: typeOnly(use) });
    additions.set(use.target.key, group);
  }
  for (const l of locals) request.claimed.add(l);
  const emptied = leaving.length > 0 && leaving.length === usage.references.length;
  return { additions, moved: [...new Set([...inPlace, ...leaving].map((u) => u.target.move))], emptied };
}

function manual(context: RewriteContext, node: Node, move: Move, reason: string): void {
  const form =
    node.type === 'ImportDeclaration' ? (node.importKind === 'type' ? 'type-import' : 'import')
    : node.type === 'TSImportEqualsDeclaration' ? 'import-equals'
    : 'require';
  report(context, { node, move, form, kind: 'manual', reason });
}

/** Calls whose first two arguments name one member of an object: jest/vitest/jasmine `spyOn`, sinon's `stub`/`spy`/`replace`. */
const SPY_CALLS = new Set(['spyOn', 'stub', 'spy', 'replace']);

/**
 * `NS.name` (value, type or JSX member access), `NS['name']`, or `spyOn(NS, 'name')`: the member
 * name and the node spelling it (a string literal when `quoted`); undefined for any other use.
 */
function memberOf(reference: Node, parent: Node | undefined): { name: string; property: Node; quoted: boolean } | undefined {
  if (!parent) return undefined;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === reference) {
    if (!parent.computed) return parent.property.type === 'Identifier' ? { name: parent.property.name, property: parent.property, quoted: false } : undefined;
    return parent.property.type === 'StringLiteral' ? { name: parent.property.value, property: parent.property, quoted: true } : undefined;
  }
  if (parent.type === 'TSQualifiedName' && parent.left === reference) return { name: parent.right.name, property: parent.right, quoted: false };
  if (parent.type === 'JSXMemberExpression' && parent.object === reference) return { name: parent.property.name, property: parent.property, quoted: false };
  if (parent.type === 'CallExpression' && parent.arguments[0] === reference && parent.arguments[1]?.type === 'StringLiteral' && isSpyCallee(parent.callee)) {
    const literal = parent.arguments[1];
    return /^[A-Za-z_$][\w$]*$/.test(literal.value) ? { name: literal.value, property: literal, quoted: true } : undefined;
  }
  return undefined;
}

function isSpyCallee(callee: Node): boolean {
  if (callee.type === 'Identifier') return callee.name === 'spyOn';
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && SPY_CALLS.has(callee.property.name);
}
