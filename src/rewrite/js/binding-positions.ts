// The syntax rules behind bindings.ts: which identifiers a node declares (and in which scope),
// and which identifier positions are property names rather than references to a binding.
// Babel AST shapes, including TypeScript declarations and JSX element names.
import type { Node } from '@babel/types';
import type { WalkContext } from './walk';

export interface DeclaredName {
  identifier: Node;
  name: string;
}

/** Nodes that open a function scope (their body runs when called, not where it stands). */
export const FUNCTIONS: ReadonlySet<string> = new Set([
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod',
  'TSDeclareFunction', 'TSDeclareMethod', 'TSFunctionType', 'TSConstructorType', 'TSMethodSignature', 'TSCallSignatureDeclaration',
  'TSConstructSignatureDeclaration',
]);
const BLOCKS = new Set(['BlockStatement', 'Program', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement', 'StaticBlock', 'TSModuleBlock']);
const TS_DECLARATIONS = new Set(['TSTypeAliasDeclaration', 'TSInterfaceDeclaration', 'TSEnumDeclaration', 'TSModuleDeclaration', 'TSImportEqualsDeclaration']);

/** The identifiers a node declares directly (patterns expanded). */
export function bindingNodes(node: Node): DeclaredName[] {
  const out: DeclaredName[] = [];
  const add = (pattern: Node | null | undefined) => collectPattern(pattern, out);
  if (node.type === 'VariableDeclaration') for (const d of node.declarations) add(d.id);
  else if (FUNCTIONS.has(node.type)) {
    const fn = node as unknown as { id?: Node | null; params?: Node[]; parameters?: Node[] };
    if (fn.id) add(fn.id);
    for (const param of fn.params ?? fn.parameters ?? []) add(param.type === 'TSParameterProperty' ? param.parameter : param);
  } else if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') add(node.id);
  else if (node.type === 'CatchClause') add(node.param);
  else if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier' || node.type === 'ImportNamespaceSpecifier') add(node.local);
  else if (TS_DECLARATIONS.has(node.type)) add((node as unknown as { id: Node }).id);
  return out;
}

function collectPattern(pattern: Node | null | undefined, out: DeclaredName[]): void {
  if (!pattern) return;
  switch (pattern.type) {
    case 'Identifier':
      out.push({ identifier: pattern, name: pattern.name });
      return;
    case 'ObjectPattern':
      for (const property of pattern.properties) collectPattern(property.type === 'RestElement' ? property.argument : (property.value as Node), out);
      return;
    case 'ArrayPattern':
      for (const element of pattern.elements) collectPattern(element, out);
      return;
    case 'AssignmentPattern':
      collectPattern(pattern.left, out);
      return;
    case 'RestElement':
      collectPattern(pattern.argument, out);
      return;
    default:
      return;
  }
}

/** The scope node a binding belongs to (Program for module-level bindings). */
export function scopeOfBinding(declarer: Node, identifier: Node, ancestors: readonly Node[]): Node {
  const nearest = (kinds: Set<string>) => {
    for (let i = ancestors.length - 1; i >= 0; i--) if (kinds.has(ancestors[i].type)) return ancestors[i];
    return ancestors[0] ?? declarer;
  };
  if (declarer.type === 'VariableDeclaration') return declarer.kind === 'var' ? nearest(FUNCTION_OR_PROGRAM) : nearest(BLOCKS);
  if (FUNCTIONS.has(declarer.type)) {
    const isOwnName = (declarer as unknown as { id?: Node | null }).id === identifier;
    return isOwnName && declarer.type !== 'FunctionExpression' ? nearest(BLOCKS) : declarer;
  }
  if (declarer.type === 'ClassExpression' || declarer.type === 'CatchClause') return declarer;
  if (declarer.type.startsWith('Import')) return ancestors[0] ?? declarer;
  return nearest(BLOCKS);
}

const FUNCTION_OR_PROGRAM = new Set([...FUNCTIONS, 'Program']);

/** Names declared by a TS type-parameter list (`<T, U>`), whose scope is the node owning the list. */
export function typeParameterNames(node: Node): string[] {
  if (node.type !== 'TSTypeParameterDeclaration') return [];
  return node.params.map((p) => (typeof p.name === 'string' ? p.name : (p.name as { name: string }).name));
}

/** Identifier positions that name a property, label or export rather than refer to a binding. */
export function nonReferencePosition(node: Node, { parent, key, ancestors }: WalkContext): boolean {
  if (!parent) return false;
  // `export { A } from 'm'` names m's export, not a local binding.
  const grandparent = ancestors[ancestors.length - 2];
  if (parent.type === 'ExportSpecifier' && grandparent?.type === 'ExportNamedDeclaration' && grandparent.source) return true;
  const computed = (parent as { computed?: boolean }).computed === true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
    case 'ObjectProperty':
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
    case 'ClassProperty':
    case 'ClassAccessorProperty':
    case 'TSDeclareMethod':
    case 'TSPropertySignature':
    case 'TSMethodSignature':
      return (key === 'property' || key === 'key') && !computed;
    case 'TSEnumMember':
      return key === 'id';
    case 'TSQualifiedName':
      return key === 'right';
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return key === 'label';
    case 'ImportSpecifier':
      return key === 'imported';
    case 'ExportSpecifier':
    case 'ExportNamespaceSpecifier':
    case 'ExportDefaultSpecifier':
      return key === 'exported';
    case 'ImportAttribute':
    case 'JSXAttribute':
    case 'JSXNamespacedName':
      return true;
    case 'JSXMemberExpression':
      return key === 'property';
    case 'JSXOpeningElement':
    case 'JSXClosingElement':
      return node.type === 'JSXIdentifier' && !/^[A-Z_$]/.test(node.name);
    case 'TSImportType':
      return key === 'qualifier';
    case 'MetaProperty':
      return true;
    default:
      return false;
  }
}
