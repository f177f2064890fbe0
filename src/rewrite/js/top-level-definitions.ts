// What a JS/TS module declares at its top level under one name (a function, class, variable, enum,
// type or interface; imports excluded), and which reads of a name run while the module loads. Used
// by self-imports.ts to let a canonical module read a name moved into it from its own definition.
import type { Node } from '@babel/types';
import { FUNCTIONS, bindingNodes } from './binding-positions';
import { endOf, startOf, walk } from './walk';

export interface Definition {
  /** The identifier the declaration binds (its line is the one findings name). */
  identifier: Node;
  /** The whole statement: the definition is made when it has run. */
  statement: Node;
  /** A function declaration (its value exists before any code of the module runs), or a declaration with no runtime value (a type, `declare`). */
  hoisted: boolean;
  /** Whether it binds a value (a type alias or interface binds only a type). */
  value: boolean;
  /** Whether it binds a type (a class, enum, type alias or interface). */
  type: boolean;
}

/** The module's top-level declarations of `name` (`export` forms included), in source order. */
export function topLevelDefinitions(program: Node, name: string): Definition[] {
  if (program.type !== 'Program') return [];
  const found: Definition[] = [];
  for (const statement of program.body as Node[]) {
    const declaration = declared(statement);
    if (!declaration) continue;
    for (const { identifier, name: bound } of bindingNodes(declaration)) {
      if (bound !== name || identifier !== ownName(declaration, identifier)) continue;
      found.push({ identifier, statement, ...kindOf(declaration) });
    }
  }
  return found;
}

/** The declaration a top-level statement makes (`export function f`, `export default class C`), if any. */
function declared(statement: Node): Node | undefined {
  if (statement.type === 'ExportNamedDeclaration') return statement.declaration ?? undefined;
  if (statement.type === 'ExportDefaultDeclaration') {
    const d = statement.declaration;
    return (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id ? d : undefined;
  }
  return statement.type.startsWith('Import') ? undefined : statement;
}

/** A function's own name, not its parameters (which bindingNodes lists too). */
function ownName(declaration: Node, identifier: Node): Node | undefined {
  if (FUNCTIONS.has(declaration.type)) return (declaration as { id?: Node | null }).id ?? undefined;
  return identifier;
}

function kindOf(declaration: Node): Pick<Definition, 'hoisted' | 'value' | 'type'> {
  const ambient = (declaration as { declare?: boolean }).declare === true;
  switch (declaration.type) {
    case 'FunctionDeclaration':
    case 'TSDeclareFunction':
      return { hoisted: true, value: true, type: false };
    case 'ClassDeclaration':
      return { hoisted: ambient, value: true, type: true };
    case 'TSEnumDeclaration':
      return { hoisted: ambient || declaration.const === true, value: true, type: true };
    case 'TSTypeAliasDeclaration':
    case 'TSInterfaceDeclaration':
      return { hoisted: true, value: false, type: true };
    case 'VariableDeclaration':
      return { hoisted: ambient, value: true, type: false };
    default:
      return { hoisted: true, value: false, type: false }; // a namespace, `import x = …`: not a definition this policy reads
  }
}

/** Nodes under which code runs later than the module's load (a function body, an instance field's initializer). */
function deferred(node: Node, key: string): boolean {
  if (FUNCTIONS.has(node.type)) return true;
  const field = node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty' || node.type === 'ClassAccessorProperty';
  return field && key === 'value' && !(node as { static?: boolean }).static;
}

/** TS nodes that hold code that runs; every other `TS…` node (and a Flow annotation) is a type, which never runs. */
const RUNTIME_TS = new Set([
  'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression', 'TSEnumDeclaration',
  'TSEnumMember', 'TSEnumBody', 'TSExportAssignment', 'TSImportEqualsDeclaration', 'TSExternalModuleReference', 'TSModuleDeclaration', 'TSModuleBlock',
  'TSParameterProperty',
]);
const FLOW_TYPES = new Set(['TypeAnnotation', 'TypeAlias', 'OpaqueType', 'InterfaceDeclaration', 'TypeParameterInstantiation', 'DeclareVariable', 'DeclareFunction', 'DeclareClass']);

function typeOnly(node: Node): boolean {
  return (node.type.startsWith('TS') && !RUNTIME_TS.has(node.type)) || FLOW_TYPES.has(node.type) || (node as { declare?: boolean }).declare === true;
}

/** The first of `reads` (identifiers, in source order) that runs when the module loads: no function encloses it and it is no type. */
export function firstLoadTimeRead(program: Node, reads: readonly Node[]): Node | undefined {
  if (reads.length === 0) return undefined;
  const wanted = new Set(reads);
  const from = startOf(reads[0]);
  const to = Math.max(...reads.map(endOf));
  let first: Node | undefined;
  walk(program, (node, context) => {
    if (first || endOf(node) < from || startOf(node) > to) return false;
    if (context.parent && deferred(context.parent, context.key)) return false;
    if (typeOnly(node)) return false;
    if (wanted.has(node)) first = node;
  });
  return first;
}
