// The members a dynamic import's module object is used for, followed from the call through the
// values that carry it: the promise `import('m')` (awaited, `.then((m) => m.A)`, `.then(({ A }) =>
// …)`: Angular's lazy routes, React.lazy of a named export), a name bound or assigned once to the
// promise or the module (`const p = import('m')`, `const mod = await p`, `let mod; mod = await
// import('m')`), and the module's members (`(await import('m')).A`, `mod.A`). With them, a moved
// member takes the import to its module (call-sites.ts). Any other use (returned, exported, passed
// on, spread, `m[name]`) is where the object escapes: a reader there may use a moved member.
import type { Node } from '@babel/types';
import { analyseNames } from './bindings';
import { scopeOfBinding } from './binding-positions';
import { endOf, keyNameOf, startOf, walk } from './walk';

/** One use of a member: the node spelling its name (renamed in place) and how to rename it. */
export interface MemberUse {
  name: string;
  node: Node;
  /** `m.A` / `m['A']`: the property; `{ A }`: a shorthand pattern property (becomes `{ B: A }`); `{ A: a }`: the key. */
  spelling: 'member' | 'string' | 'shorthand' | 'key';
}

/** The member uses of a module object, or where it escapes (returned, passed on, spread, a rest pattern, a computed key). */
export type ModuleObjectUses = { uses: MemberUse[]; readsDefault?: Node } | { escape: Node };

/** Loaders that take `() => import('x')` and read its `default` alone: React's, loadable-components', Next's, Vue's. */
const DEFAULT_LOADERS = new Set(['lazy', 'React.lazy', 'loadable', 'dynamic', 'defineAsyncComponent']);

/** What a value carries: the module object itself, or a promise of it (`import('m')`, a name bound to one). */
type Carried = 'module' | 'promise';

/** A node with its ancestors, outermost (the Program) first. */
interface Placed {
  node: Node;
  chain: readonly Node[];
}

/** Names a module object is handed through before it is left as escaping (aliases of aliases). */
const MAX_DEPTH = 8;

interface Flow {
  source: string;
  depth: number;
}

/** The member uses of the module object the dynamic import `call` in `program` loads, or where it escapes. */
export function dynamicImportUses(call: Node, program: Node, source: string): ModuleObjectUses {
  const chain = chainsTo(program, [], [call]).get(call) ?? [program];
  return follow({ node: call, chain }, 'promise', { source, depth: 0 });
}

/** Where a value carrying the module object goes from `at`. */
function follow(at: Placed, carried: Carried, flow: Flow): ModuleObjectUses {
  const { node, chain } = at;
  const parent = chain[chain.length - 1];
  if (parent === undefined) return { escape: node };
  const up: Placed = { node: parent, chain: chain.slice(0, -1) };
  // `m!.A`, `(m)`: the same value.
  if ((parent.type === 'TSNonNullExpression' || parent.type === 'ParenthesizedExpression') && parent.expression === node) return follow(up, carried, flow);
  // Dropped: `import('m');`, `await import('m');`, `void import('m')` (loaded for its side effects).
  if (parent.type === 'ExpressionStatement' || (parent.type === 'UnaryExpression' && parent.operator === 'void')) return { uses: [] };
  if (carried === 'promise') {
    if (parent.type === 'AwaitExpression') return follow(up, 'module', flow);
    const call = chain[chain.length - 2];
    if (parent.type === 'MemberExpression' && parent.object === node && !parent.computed && keyNameOf(parent.property) === 'then' && call?.type === 'CallExpression' && call.callee === parent) {
      return thenUses(call, chain.slice(0, -1), flow);
    }
  } else if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === node) {
    const use = memberUse(parent);
    return use ? { uses: [use] } : { escape: parent };
  } else if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'ObjectPattern') {
    return patternUses(parent.id);
  }
  // `React.lazy(() => import('./Page'))`: the loader reads the module's default export, nothing else.
  if (carried === 'promise' && parent.type === 'ArrowFunctionExpression' && parent.body === node) {
    const call = chain[chain.length - 2];
    if (call?.type === 'CallExpression' && call.arguments[0] === parent && DEFAULT_LOADERS.has(calleeText(call.callee))) return { uses: [], readsDefault: node };
  }
  if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') return declaredUses(up, parent.id.name, carried, flow);
  if (parent.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === node && parent.left.type === 'Identifier') {
    return assignedUses(up, parent.left, carried, flow);
  }
  return { escape: node };
}

/** `promise.then(callback)`: the callback's first parameter is the module object. */
function thenUses(call: Node & { type: 'CallExpression' }, chain: readonly Node[], flow: Flow): ModuleObjectUses {
  const callback = call.arguments[0];
  if (callback === undefined) return { escape: call };
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return { escape: callback };
  const param = callback.params[0];
  if (param === undefined) return { uses: [] };
  if (param.type === 'ObjectPattern') return patternUses(param);
  if (param.type !== 'Identifier') return { escape: param };
  return boundUses({ node: callback, chain: [...chain, call] }, param.name, 'module', flow);
}

/** `const mod = await import('m')`, `const p = import('m')`: the name's uses in its scope, unless it is exported. */
function declaredUses(declarator: Placed, local: string, carried: Carried, flow: Flow): ModuleObjectUses {
  const declaration = declarator.chain[declarator.chain.length - 1];
  const holder = declarator.chain[declarator.chain.length - 2];
  if (declaration === undefined || holder?.type === 'ExportNamedDeclaration') return { escape: declarator.node };
  const at = declarator.chain.length - 1;
  const scope = scopeOfBinding(declaration, (declarator.node as Node & { type: 'VariableDeclarator' }).id, declarator.chain.slice(0, at));
  return boundUses(placedAncestor(declarator.chain, scope), local, carried, flow);
}

/**
 * `let mod; … mod = await import('m');`: followed as a name bound to the value where it is declared,
 * when it is declared once there without a value of its own and this is the only assignment to it.
 */
function assignedUses(assignment: Placed, target: Node & { type: 'Identifier' }, carried: Carried, flow: Flow): ModuleObjectUses {
  const statement = assignment.chain[assignment.chain.length - 1];
  if (statement?.type !== 'ExpressionStatement') return { escape: assignment.node };
  const program = assignment.chain[0] ?? assignment.node;
  const usage = analyseNames(program, new Set([target.name]), flow.source).get(target.name)!;
  const enclosing = usage.innerScopes.filter((s) => contains(s, target)).sort((a, b) => startOf(b) - startOf(a))[0];
  const scope = enclosing ?? (usage.moduleBindings > 0 ? program : undefined);
  if (scope === undefined) return { escape: assignment.node };
  const place = placedAncestor(assignment.chain, scope);
  const declarators = declaratorsOf(place, target.name);
  const [only] = declarators;
  if (declarators.length !== 1 || only.node.init != null) return { escape: assignment.node };
  if (only.exported) return { escape: only.node };
  return boundUses(place, target.name, carried, flow, target);
}

/**
 * Uses of a name bound to the value in `scope` (shadowing declarations below it excluded), each
 * followed on; `own` is the assignment that binds it (not a use).
 */
function boundUses(scope: Placed, local: string, carried: Carried, flow: Flow, own?: Node): ModuleObjectUses {
  if (flow.depth >= MAX_DEPTH) return { escape: scope.node };
  const usage = analyseNames(scope.node, new Set([local]), flow.source).get(local)!;
  // Bound again in the same scope (`var mod` twice, a parameter of that name): which value a use sees is not known.
  if (usage.moduleBindings > 1) return { escape: scope.node };
  const references = usage.references.map((r) => r.node).filter((n) => n !== own);
  const chains = chainsTo(scope.node, [...scope.chain], references);
  const uses: MemberUse[] = [];
  for (const reference of references) {
    const found = follow({ node: reference, chain: chains.get(reference) ?? [] }, carried, { ...flow, depth: flow.depth + 1 });
    if ('escape' in found) return found;
    uses.push(...found.uses);
  }
  return { uses };
}

/** The `let`/`var` declarators of `local` that bind it in `scope` itself, and whether each is exported. */
function declaratorsOf(scope: Placed, local: string): { node: Node & { type: 'VariableDeclarator' }; exported: boolean }[] {
  const found: { node: Node & { type: 'VariableDeclarator' }; exported: boolean }[] = [];
  walk(scope.node, (node, context) => {
    if (node.type !== 'VariableDeclaration') return;
    for (const declarator of node.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== local) continue;
      if (scopeOfBinding(node, declarator.id, [...scope.chain, ...context.ancestors]) !== scope.node) continue;
      found.push({ node: declarator, exported: context.parent?.type === 'ExportNamedDeclaration' });
    }
  });
  return found;
}

/** `ancestor`, one of `chain`, with its own ancestors. */
function placedAncestor(chain: readonly Node[], ancestor: Node): Placed {
  const at = chain.indexOf(ancestor);
  return { node: ancestor, chain: chain.slice(0, Math.max(at, 0)) };
}

/** The ancestors of each target below `root` (whose own ancestors are `prefix`); subtrees holding none are skipped. */
function chainsTo(root: Node, prefix: readonly Node[], targets: readonly Node[]): Map<Node, Node[]> {
  const chains = new Map<Node, Node[]>();
  const wanted = new Set(targets);
  walk(root, (node, context) => {
    if (chains.size === wanted.size) return false;
    if (!targets.some((t) => contains(node, t))) return false;
    if (wanted.has(node)) chains.set(node, [...prefix, ...context.ancestors]);
  });
  return chains;
}

function contains(outer: Node, inner: Node): boolean {
  return startOf(outer) <= startOf(inner) && endOf(inner) <= endOf(outer);
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

/** `lazy`, `React.lazy`: a callee spelled by names alone, else ''. */
function calleeText(callee: Node): string {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.property.type === 'Identifier') return `${callee.object.name}.${callee.property.name}`;
  return '';
}
