// The members a dynamic import's module object is used for where it arrives, read from the code
// around the call: `import('m').then((m) => m.A)` (Angular's lazy routes), `.then(({ A, B: b }) =>
// …)`, `.then((m) => ({ default: m.Page }))` (React.lazy of a named export), `(await import('m')).A`.
// With them, a moved member takes the import to its module (call-sites.ts), and members that stay
// raise no finding, where the statement's text alone would flag every moved name it spells.
import type { Node } from '@babel/types';
import type { CallContext } from './references';
import { keyNameOf, walk } from './walk';

/** One use of a member: the node spelling its name (renamed in place) and how to rename it. */
export interface MemberUse {
  name: string;
  node: Node;
  /** `m.A` / `m['A']`: the property; `{ A }`: a shorthand pattern property (becomes `{ B: A }`); `{ A: a }`: the key. */
  spelling: 'member' | 'string' | 'shorthand' | 'key';
}

/**
 * The member uses of the module object `call` resolves to, or undefined when the object is used
 * any other way (passed on, spread, a rest pattern, a computed key) or the call is in none of these forms.
 */
export function dynamicImportUses(call: Node, where: CallContext): MemberUse[] | undefined {
  const { parent, grandparent } = where;
  if (parent?.type === 'AwaitExpression' && grandparent?.type === 'MemberExpression' && grandparent.object === parent) {
    const use = memberUse(grandparent);
    return use ? [use] : undefined;
  }
  if (parent?.type !== 'MemberExpression' || parent.object !== call || parent.computed || keyNameOf(parent.property) !== 'then') return undefined;
  if (grandparent?.type !== 'CallExpression' || grandparent.callee !== parent) return undefined;
  const callback = grandparent.arguments[0];
  if (callback?.type !== 'ArrowFunctionExpression' && callback?.type !== 'FunctionExpression') return undefined;
  const param = callback.params[0];
  if (param === undefined) return [];
  if (param.type === 'ObjectPattern') return patternUses(param);
  if (param.type !== 'Identifier') return undefined;
  return usesOf(param.name, callback.body as Node);
}

function memberUse(member: Node): MemberUse | undefined {
  if (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') return undefined;
  if (!member.computed && member.property.type === 'Identifier') return { name: member.property.name, node: member.property, spelling: 'member' };
  if (member.computed && member.property.type === 'StringLiteral') return { name: member.property.value, node: member.property, spelling: 'string' };
  return undefined;
}

function patternUses(pattern: Node & { type: 'ObjectPattern' }): MemberUse[] | undefined {
  const uses: MemberUse[] = [];
  for (const property of pattern.properties) {
    if (property.type !== 'ObjectProperty' || property.computed) return undefined;
    const name = keyNameOf(property.key);
    if (name === undefined) return undefined;
    uses.push({ name, node: property.key, spelling: property.shorthand ? 'shorthand' : 'key' });
  }
  return uses;
}

/** `m.A` uses of a parameter in the callback's body; undefined when `m` is used any other way. */
function usesOf(local: string, body: Node): MemberUse[] | undefined {
  const uses: MemberUse[] = [];
  let escapes = false;
  walk(body, (node, at) => {
    if (escapes) return false;
    if (node.type !== 'Identifier' || node.name !== local) return;
    const parent = at.parent;
    // Not a reference: a property name (`x.m`, `{ m: 1 }`).
    if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && at.key === 'property' && !parent.computed) return;
    if (parent?.type === 'ObjectProperty' && at.key === 'key' && !parent.computed && !parent.shorthand) return;
    const use = parent && at.key === 'object' ? memberUse(parent) : undefined;
    if (use) uses.push(use);
    else escapes = true;
  });
  return escapes ? undefined : uses;
}
