// A small generic walker over a Babel AST: visits every node once, depth first, with its parent
// and the key it hangs from. The JS rewriter's passes (reference collection, binding analysis) use it.
import type { Node } from '@babel/types';

/** Keys that hold positions, comments or parser extras rather than child nodes. */
const SKIP = new Set(['loc', 'start', 'end', 'extra', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'range', 'tokens']);

export interface WalkContext {
  parent: Node | undefined;
  /** The property of `parent` holding the node (`callee`, `arguments`, …). */
  key: string;
  /** Ancestors, outermost first (the visited node itself excluded). */
  ancestors: readonly Node[];
}

/** Return false from `enter` to skip a node's children. */
export type Visitor = (node: Node, context: WalkContext) => boolean | void;

export function walk(root: Node, enter: Visitor): void {
  const ancestors: Node[] = [];
  const visit = (node: Node, parent: Node | undefined, key: string): void => {
    if (enter(node, { parent, key, ancestors }) === false) return;
    ancestors.push(node);
    for (const childKey in node) {
      if (SKIP.has(childKey)) continue;
      const value = (node as unknown as Record<string, unknown>)[childKey];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item, node, childKey);
      } else if (isNode(value)) {
        visit(value, node, childKey);
      }
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
