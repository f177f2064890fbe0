// The members a dynamic import's module object is used for where it arrives, read from the code
// around the call: `import('m').then((m) => m.A)` (Angular's lazy routes), `.then(({ A, B: b }) =>
// …)`, `.then((m) => ({ default: m.Page }))` (React.lazy of a named export), `(await import('m')).A`,
// `const mod = await import('m')` then `mod.A` (the twin of a namespace import).
// With them, a moved member takes the import to its module (call-sites.ts), and members that stay
// raise no finding, where the statement's text alone would flag every moved name it spells.
import type { Node } from '@babel/types';
import type { CallContext } from './references';
import { analyseNames } from './bindings';
import { keyNameOf, walk } from './walk';

/** One use of a member: the node spelling its name (renamed in place) and how to rename it. */
export interface MemberUse {
  name: string;
  node: Node;
  /** `m.A` / `m['A']`: the property; `{ A }`: a shorthand pattern property (becomes `{ B: A }`); `{ A: a }`: the key. */
  spelling: 'member' | 'string' | 'shorthand' | 'key';
}

/** The member uses of a module object, or where it escapes (passed on, spread, a rest pattern, a computed key). */
export type ModuleObjectUses = { uses: MemberUse[] } | { escape: Node };

/**
 * The member uses of the module object `call` resolves to, or where it is used any other way;
 * undefined when the call is in none of these forms (its object is not followed).
 */
export function dynamicImportUses(call: Node, where: CallContext, source: string): ModuleObjectUses | undefined {
  const { parent, grandparent, binding } = where;
  if (parent?.type === 'AwaitExpression' && grandparent?.type === 'MemberExpression' && grandparent.object === parent) {
    const use = memberUse(grandparent);
    return use ? { uses: [use] } : { escape: grandparent };
  }
  // `const mod = await import('m')`, then `mod.A`: the module object under a name, as a namespace import.
  if (parent?.type === 'AwaitExpression' && binding?.declarator.id.type === 'Identifier') return boundUses(binding.declarator.id.name, binding.scope, source);
  if (parent?.type !== 'MemberExpression' || parent.object !== call || parent.computed || keyNameOf(parent.property) !== 'then') return undefined;
  if (grandparent?.type !== 'CallExpression' || grandparent.callee !== parent) return undefined;
  const callback = grandparent.arguments[0];
  if (callback === undefined) return undefined;
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return { escape: callback };
  const param = callback.params[0];
  if (param === undefined) return { uses: [] };
  if (param.type === 'ObjectPattern') return patternUses(param);
  if (param.type !== 'Identifier') return { escape: param };
  return usesOf(param.name, callback.body as Node);
}

/** Uses of a name bound to the module object in `scope` (shadowing declarations below it excluded). */
function boundUses(local: string, scope: Node, source: string): ModuleObjectUses {
  const usage = analyseNames(scope, new Set([local]), source).get(local)!;
  const uses: MemberUse[] = [];
  for (const reference of usage.references) {
    const use = reference.parent && (reference.parent as { object?: Node }).object === reference.node ? memberUse(reference.parent) : undefined;
    if (!use) return { escape: reference.node };
    uses.push(use);
  }
  // Bound again in the same scope (`var mod` twice, a parameter of that name): which value a use sees is not known.
  return usage.moduleBindings > 1 ? { escape: scope } : { uses };
}

function memberUse(member: Node): MemberUse | undefined {
  if (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') return undefined;
  if (!member.computed && member.property.type === 'Identifier') return { name: member.property.name, node: member.property, spelling: 'member' };
  if (member.computed && member.property.type === 'StringLiteral') return { name: member.property.value, node: member.property, spelling: 'string' };
  return undefined;
}

function patternUses(pattern: Node & { type: 'ObjectPattern' }): ModuleObjectUses {
  const uses: MemberUse[] = [];
  for (const property of pattern.properties) {
    if (property.type !== 'ObjectProperty' || property.computed) return { escape: property };
    const name = keyNameOf(property.key);
    if (name === undefined) return { escape: property };
    uses.push({ name, node: property.key, spelling: property.shorthand ? 'shorthand' : 'key' });
  }
  return { uses };
}

/** `m.A` uses of a parameter in the callback's body, or the first use of `m` any other way. */
function usesOf(local: string, body: Node): ModuleObjectUses {
  const uses: MemberUse[] = [];
  let escapes: Node | undefined;
  walk(body, (node, at) => {
    if (escapes) return false;
    if (node.type !== 'Identifier' || node.name !== local) return;
    const parent = at.parent;
    // Not a reference: a property name (`x.m`, `{ m: 1 }`).
    if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && at.key === 'property' && !parent.computed) return;
    if (parent?.type === 'ObjectProperty' && at.key === 'key' && !parent.computed && !parent.shorthand) return;
    const use = parent && at.key === 'object' ? memberUse(parent) : undefined;
    if (use) uses.push(use);
    else escapes = node;
  });
  return escapes ? { escape: escapes } : { uses };
}
