// A small generic walker over a Babel AST: visits every node once, depth first (parents before
// children, children in source order), with its parent and the key it hangs from. The JS rewriter's
// passes (reference collection, binding analysis) use it.
// Hot path: it runs over every node of every file that needs a rewrite, so child keys come from a
// per-type table (VISITOR_KEYS) and the context object is reused, not allocated per node.
import type { Node } from '@babel/types';
import { VISITOR_KEYS } from './visitor-keys';

/** Keys that hold positions, comments or parser extras rather than child nodes. */
const SKIP = new Set(['loc', 'start', 'end', 'extra', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'range', 'tokens']);

/**
 * Where a visited node sits. One object is reused for the whole walk: read it inside `enter`, and
 * copy what must outlive the call (`context.parent`, an ancestor), never the object itself.
 */
export interface WalkContext {
  readonly parent: Node | undefined;
  /** The property of `parent` holding the node (`callee`, `arguments`, …). */
  readonly key: string;
  /** Ancestors, outermost first (the visited node itself excluded). */
  readonly ancestors: readonly Node[];
}

/** Return false from `enter` to skip a node's children. */
export type Visitor = (node: Node, context: WalkContext) => boolean | void;

type Fields = Record<string, unknown>;

export function walk(root: Node, enter: Visitor): void {
  const ancestors: Node[] = [];
  const context: { parent: Node | undefined; key: string; ancestors: readonly Node[] } = { parent: undefined, key: '', ancestors };
  const visitChild = (value: unknown, parent: Node, key: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item, parent, key);
    } else if (isNode(value)) {
      visit(value, parent, key);
    }
  };
  const visit = (node: Node, parent: Node | undefined, key: string): void => {
    context.parent = parent;
    context.key = key;
    if (enter(node, context) === false) return;
    ancestors.push(node);
    const fields = node as unknown as Fields;
    const keys = VISITOR_KEYS[node.type];
    if (keys !== undefined) {
      for (let i = 0; i < keys.length; i++) visitChild(fields[keys[i]], node, keys[i]);
    } else {
      // A node type newer than the table: every property that holds nodes.
      for (const childKey in fields) if (!SKIP.has(childKey)) visitChild(fields[childKey], node, childKey);
    }
    ancestors.pop();
  };
  visit(root, undefined, '');
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export const startOf = (node: Node): number => node.start ?? 0;
export const endOf = (node: Node): number => node.end ?? 0;

/** The name an object key spells statically (`a`, `'a'`); undefined for any other key. */
export function keyNameOf(key: Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  return undefined;
}
