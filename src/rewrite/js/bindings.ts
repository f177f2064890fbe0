// Scope-aware analysis of a few names in one file: where each name is declared (and in which
// scope), and which identifiers refer to its module-level binding rather than to an inner
// declaration that shadows it. Used only when a rename is needed (renamed symbols, namespace members).
import type { Node } from '@babel/types';
import { endOf, startOf, walk } from './walk';
import { bindingNodes, nonReferencePosition, scopeOfBinding, typeParameterNames } from './binding-positions';
import { wordPositions } from './word-positions';

/** One identifier that refers to the module-level binding of a name. */
export interface NameReference {
  node: Node;
  parent?: Node;
  /** `{Old}` in an object literal or `export {Old}`: renaming must keep the property / exported name. */
  shorthand?: 'property' | 'export';
  /**
   * The left of a qualified type name (`NS.T`, `typeof NS.v`) outside `import A = NS.T` (an alias,
   * which may be a value): a use a type-only import serves.
   */
  typePosition?: true;
}

export interface NameUsage {
  /** References to the module-level binding (shadowed ones excluded). */
  references: NameReference[];
  /** Scope nodes below the module that declare the name. */
  innerScopes: Node[];
  /** Declarations at module level. */
  moduleBindings: number;
  /** Whether the name appears anywhere as a binding or a reference (property names excluded). */
  occurs: boolean;
  /** Its first appearance (for messages). */
  first?: Node;
}

/**
 * With `source` (the text `program` was parsed from), subtrees whose text spells none of the names
 * (nor a backslash, for escaped identifiers) are skipped: they can hold no binding or use of them.
 * `program` may be any scope node (a function's block): its own bindings then count as module level.
 */
export function analyseNames(program: Node, names: ReadonlySet<string>, source?: string): Map<string, NameUsage> {
  const usage = new Map<string, NameUsage>();
  for (const name of names) usage.set(name, { references: [], innerScopes: [], moduleBindings: 0, occurs: false });
  const candidates = new Map<string, NameReference[]>();
  const bindings = new Set<Node>();
  const spelled = source === undefined || names.size === 0 ? undefined : wordPositions(source, new RegExp([...names].map(escapeRegExp).concat('\\\\').join('|'), 'g'));

  walk(program, (node, context) => {
    if (spelled && node.start != null && node.end != null && !spelled.within(node.start, node.end)) return false;
    for (const { identifier, name } of bindingNodes(node)) {
      bindings.add(identifier);
      const entry = usage.get(name);
      if (!entry) continue;
      entry.occurs = true;
      entry.first ??= identifier;
      const scope = scopeOfBinding(node, identifier, context.ancestors);
      if (scope === program || scope.type === 'Program') entry.moduleBindings++;
      else entry.innerScopes.push(scope);
    }
    for (const name of typeParameterNames(node)) {
      const entry = usage.get(name);
      if (entry) {
        entry.occurs = true;
        entry.first ??= node;
        entry.innerScopes.push(context.parent ?? node);
      }
    }
    if (node.type !== 'Identifier' && node.type !== 'JSXIdentifier') return;
    const entry = usage.get(node.name);
    if (!entry || bindings.has(node) || nonReferencePosition(node, context)) return;
    entry.occurs = true;
    entry.first ??= node;
    const list = candidates.get(node.name) ?? [];
    const reference: NameReference = { node, parent: context.parent, shorthand: shorthandKind(node, context.parent, context.ancestors[context.ancestors.length - 2]) };
    if (inTypePosition(node, context.parent, context.ancestors)) reference.typePosition = true;
    list.push(reference);
    candidates.set(node.name, list);
  });

  for (const [name, entry] of usage) {
    entry.references = (candidates.get(name) ?? []).filter((ref) => !entry.innerScopes.some((scope) => contains(scope, ref.node)));
  }
  return usage;
}

function shorthandKind(node: Node, parent: Node | undefined, grandparent: Node | undefined): NameReference['shorthand'] {
  if (parent?.type === 'ObjectProperty' && parent.shorthand && parent.value === node && grandparent?.type === 'ObjectExpression') return 'property';
  if (parent?.type === 'ExportSpecifier' && parent.local === node && startOf(parent.exported) === startOf(node)) return 'export';
  return undefined;
}

function inTypePosition(node: Node, parent: Node | undefined, ancestors: readonly Node[]): boolean {
  if (parent?.type !== 'TSQualifiedName' || parent.left !== node) return false;
  // `import A = NS.T` (or `export import`) aliases whatever NS.T is, a value included.
  for (let i = ancestors.length - 1; i >= 0 && ancestors[i].type === 'TSQualifiedName'; i--) {
    if (ancestors[i - 1]?.type === 'TSImportEqualsDeclaration') return false;
  }
  return true;
}

function contains(outer: Node, inner: Node): boolean {
  return startOf(outer) <= startOf(inner) && endOf(inner) <= endOf(outer);
}

/** True when renaming to `name` could capture or clash with anything already in the file. */
export function collides(usage: NameUsage | undefined): boolean {
  return usage === undefined || usage.occurs;
}

/**
 * Why renaming `references` to the name `target` describes would change what some identifier means:
 * the name is bound at module level, read as a global, or declared in an inner scope one of the
 * references sits in. Undefined when the rename is safe (inner declarations elsewhere do not matter).
 */
export function clashOf(target: NameUsage | undefined, references: readonly NameReference[]): string | undefined {
  if (!target) return 'it was not analysed';
  if (target.moduleBindings > 0) return 'bound';
  if (target.references.length > 0) return 'used';
  return target.innerScopes.some((scope) => references.some((r) => contains(scope, r.node))) ? 'declared in a scope that would use it' : undefined;
}

/** Whether every reference would reach the module-level binding `target` describes (bound once, shadowed at none of them). */
export function reachesAll(target: NameUsage | undefined, references: readonly NameReference[]): boolean {
  return target !== undefined && target.moduleBindings === 1 && shadowedAt(target, references) === undefined;
}

/** The first reference at which an inner declaration of the name `target` describes shadows its module-level binding. */
export function shadowedAt(target: NameUsage, references: readonly NameReference[]): NameReference | undefined {
  return references.find((r) => target.innerScopes.some((scope) => contains(scope, r.node)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
