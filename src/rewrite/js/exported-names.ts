// The names a module's own statements export by name (declarations, `export { a as b }` with or
// without `from`, `export * as ns`): what shadows a star re-export's name in TypeScript and ES
// modules. Used by the star rule (rewrite.ts) and by verify's reading of a module's API.
import type { Node } from '@babel/types';

/** Names exported explicitly by `body` (never `default`'s source, nor what a bare `export *` carries). */
export function explicitExportNames(body: readonly Node[]): Set<string> {
  const names = new Set<string>();
  for (const statement of body) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration) for (const name of declaredNames(statement.declaration)) names.add(name);
      for (const spec of statement.specifiers) names.add(spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value);
    } else if (statement.type === 'ExportAllDeclaration') {
      const exported = (statement as { exported?: Node | null }).exported;
      if (exported?.type === 'Identifier') names.add(exported.name);
    } else if (statement.type === 'ExportDefaultDeclaration' || statement.type === 'TSExportAssignment') {
      names.add('default');
    } else if (statement.type === 'TSImportEqualsDeclaration' && statement.isExport) {
      names.add(statement.id.name);
    }
  }
  return names;
}

/** The names a declaration binds (`export const { a, b: [c] } = …` binds a and c). */
export function declaredNames(declaration: Node): string[] {
  switch (declaration.type) {
    case 'VariableDeclaration':
      return declaration.declarations.flatMap((d) => patternNames(d.id));
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumDeclaration':
    case 'TSDeclareFunction':
      return declaration.id ? [declaration.id.name] : [];
    case 'TSModuleDeclaration':
      return declaration.id.type === 'Identifier' ? [declaration.id.name] : [];
    default:
      return [];
  }
}

function patternNames(node: Node): string[] {
  switch (node.type) {
    case 'Identifier':
      return [node.name];
    case 'ObjectPattern':
      return node.properties.flatMap((p) => (p.type === 'RestElement' ? patternNames(p.argument) : patternNames(p.value)));
    case 'ArrayPattern':
      return node.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'AssignmentPattern':
      return patternNames(node.left);
    case 'RestElement':
      return patternNames(node.argument);
    default:
      return [];
  }
}
