// The names a CommonJS module exports, from the same Babel parse js-exports.ts reads ESM from:
// `module.exports = { a, b }`, `module.exports.x =` / `exports.x =`, `Object.assign(module.exports, …)`,
// `Object.defineProperty(exports, 'x', …)`, and re-exports (`module.exports = require('./m')`,
// TypeScript's `__exportStar(require('./m'), exports)`). Any other use of `module.exports` or
// `exports` makes the module "open" (it may provide names we cannot list). Used by js-exports.ts.
import type { Expression, Node, Statement } from '@babel/types';
import { walk } from '../rewrite/js/walk';

export interface CjsExports {
  /** Whether the file uses CommonJS exports at all (then `default`, the exports object, is provided too). */
  used: boolean;
  names: Set<string>;
  /** Specifiers whose whole API is re-exported (`module.exports = require('./m')`). */
  starSources: string[];
  /** Names defined here as functions or classes (`exports.f = function () {}`): real code a shim would lose. */
  definitions: Set<string>;
  /** True when some use of the exports object was not understood: the names may be incomplete. */
  open: boolean;
}

type Fields = Record<string, unknown>;

const isIdentifier = (node: Node | null | undefined, name: string) => node?.type === 'Identifier' && node.name === name;

/** `module.exports` (also `module['exports']`). */
function isModuleExports(node: Node | null | undefined): boolean {
  if (node?.type !== 'MemberExpression' || !isIdentifier(node.object, 'module')) return false;
  return node.computed ? node.property.type === 'StringLiteral' && node.property.value === 'exports' : isIdentifier(node.property, 'exports');
}

/** The exports object itself: `module.exports` or `exports`. */
const isExportsObject = (node: Node | null | undefined) => isModuleExports(node) || isIdentifier(node, 'exports');

/** `require('x')` → 'x'. */
function requiredSource(node: Node | null | undefined): string | undefined {
  if (node?.type !== 'CallExpression' || !isIdentifier(node.callee, 'require') || node.arguments.length !== 1) return undefined;
  const arg = node.arguments[0];
  return arg.type === 'StringLiteral' ? arg.value : undefined;
}

/** A property name written literally (`x`, `'x'`, `["x"]`). */
function propertyName(member: Node): string | undefined {
  if (member.type !== 'MemberExpression') return undefined;
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  return member.property.type === 'StringLiteral' ? member.property.value : undefined;
}

const isCode = (node: Node) => /^(Function|ArrowFunction|Class)Expression$/.test(node.type);

export function readCjsExports(body: readonly Statement[]): CjsExports {
  const out: CjsExports = { used: false, names: new Set(), starSources: [], definitions: new Set(), open: false };
  /** The exports-object nodes the recognised patterns account for; any other one makes the module open. */
  const understood = new Set<Node>();
  const addObject = (node: Expression | Node): boolean => {
    if (node.type === 'ObjectExpression') {
      for (const p of node.properties) {
        if (p.type === 'SpreadElement') {
          if (!addSource(p.argument)) out.open = true;
          continue;
        }
        const key = p.computed ? (p.key.type === 'StringLiteral' ? p.key.value : undefined) : p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
        if (key === undefined) out.open = true;
        else {
          out.names.add(key);
          if (p.type === 'ObjectMethod' || (p.type === 'ObjectProperty' && isCode(p.value))) out.definitions.add(key);
        }
      }
      return true;
    }
    return addSource(node);
  };
  const addSource = (node: Node): boolean => {
    const source = requiredSource(node);
    if (source === undefined) return false;
    out.starSources.push(source);
    return true;
  };

  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const e = statement.expression;
    if (e.type === 'AssignmentExpression' && e.operator === '=') {
      if (isModuleExports(e.left)) {
        understood.add(e.left);
        out.used = true;
        if (addObject(e.right)) continue;
        if (isCode(e.right)) out.definitions.add('default');
        // module.exports = someValue: its properties are the API, and we cannot list them.
        else out.open = true;
        continue;
      }
      const name = propertyName(e.left);
      if (name !== undefined && e.left.type === 'MemberExpression' && isExportsObject(e.left.object)) {
        understood.add(e.left.object);
        out.used = true;
        out.names.add(name);
        if (isCode(e.right)) out.definitions.add(name);
        continue;
      }
    }
    if (e.type !== 'CallExpression') continue;
    const [first, ...rest] = e.arguments;
    // Object.assign(module.exports, {...}, require('./m'))
    if (e.callee.type === 'MemberExpression' && isIdentifier(e.callee.object, 'Object') && first && isExportsObject(first)) {
      const method = propertyName(e.callee);
      if (method === 'assign') {
        understood.add(first);
        out.used = true;
        for (const arg of rest) if (!addObject(arg)) out.open = true;
      } else if (method === 'defineProperty' && rest[0]?.type === 'StringLiteral') {
        understood.add(first);
        out.used = true;
        if (rest[0].value !== '__esModule') out.names.add(rest[0].value);
      }
      continue;
    }
    // TypeScript's CommonJS output: __exportStar(require("./m"), exports)
    if (e.callee.type === 'Identifier' && /^__exportStar$|^__export$/.test(e.callee.name) && first && (rest.length === 0 || isExportsObject(rest[0]))) {
      if (rest[0]) understood.add(rest[0]);
      out.used = true;
      if (!addSource(first)) out.open = true;
    }
  }
  if (mentionsExportsElsewhere(body, understood)) {
    out.used = true;
    out.open = true;
  }
  if (out.used) out.names.add('default');
  return out;
}

/** Whether `module.exports` or a free `exports` appears anywhere the patterns above did not account for. */
function mentionsExportsElsewhere(body: readonly Statement[], understood: ReadonlySet<Node>): boolean {
  let found = false;
  for (const statement of body) {
    walk(statement, (node, context) => {
      if (found) return false;
      if (understood.has(node)) return false;
      if (isModuleExports(node)) {
        found = true;
        return false;
      }
      if (isIdentifier(node, 'exports') && !isPropertyKey(context.parent, context.key)) found = true;
      return !found;
    });
    if (found) return true;
  }
  return false;
}

/** `a.exports`, `{ exports: 1 }`: the name as a property, not the free variable. */
function isPropertyKey(parent: Node | undefined, key: string): boolean {
  if (!parent) return false;
  const fields = parent as unknown as Fields;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && key === 'property') return fields.computed !== true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'ObjectMethod' || parent.type === 'ClassMethod' || parent.type === 'ClassProperty') && key === 'key') return fields.computed !== true;
  return false;
}
