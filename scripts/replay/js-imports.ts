// Reads the module references of a JS/TS file for the replay comparison (replay-js-commit.ts):
// import and `export … from` declarations, `import x = require()`, and the calls that name a
// module by string (require, import(), jest.* and vi.* helpers), normalised so that formatting
// differences do not count. Uses the TypeScript parser, which reads broken files too.
import path from 'node:path';
import ts from 'typescript';
import type { ImportStatement } from './python-imports';

/** One module reference: the Python harness's statement shape, `module` the specifier as written. */
export type JsReference = ImportStatement & { names: string[] };

const MODULE_HELPERS = /^(?:require|import|(?:jest|vi)\.\w+)$/;

export function readJsReferences(source: string, fileName: string): JsReference[] {
  const kind = /\.[cm]?tsx$|\.jsx$/.test(fileName) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: JsReference[] = [];
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1;
  const add = (node: ts.Node, module: string, text: string, names: string[]) =>
    found.push({ line: lineOf(node.getStart(file)), endLine: lineOf(node.getEnd()), kind: 'import', module, items: names, names, text });
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, normalise(node.getText(file)), boundNames(node));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      add(node, node.moduleReference.expression.text, normalise(node.getText(file)), [node.name.text]);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression.kind === ts.SyntaxKind.ImportKeyword ? 'import' : node.expression.getText(file);
      if (MODULE_HELPERS.test(callee)) add(node, node.arguments[0].text, `${callee}('${node.arguments[0].text}')`, []);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The names a declaration imports or re-exports, as `imported` or `imported as local`. */
function boundNames(node: ts.ImportDeclaration | ts.ExportDeclaration): string[] {
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause;
    return clause && ts.isNamedExports(clause) ? clause.elements.map(specifierText) : ['*'];
  }
  const clause = node.importClause;
  if (!clause) return [];
  const names = clause.name ? [`default as ${clause.name.text}`] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(`* as ${bindings.name.text}`);
  if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map(specifierText));
  return names;
}

function specifierText(e: ts.ImportSpecifier | ts.ExportSpecifier): string {
  const imported = e.propertyName?.text ?? e.name.text;
  return imported === e.name.text ? imported : `${imported} as ${e.name.text}`;
}

/** One space between words, no space inside braces, no trailing comma or semicolon, single quotes. */
function normalise(text: string): string {
  return text
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\{ /g, '{')
    .replace(/ \}/g, '}')
    .replace(/,\s*\}/g, '}')
    .replace(/"/g, "'")
    .replace(/;\s*$/, '')
    .trim();
}

/**
 * The module a specifier names, as a path relative to the JS root without extension or `/index`:
 * relative specifiers from the file's folder, `@/x` as `x` (netra's tsconfig maps `@/*` to `./*`),
 * anything else as written (a package).
 */
export function moduleKeyOf(specifier: string, file: string): string {
  let key = specifier;
  if (specifier.startsWith('.')) key = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  else if (specifier.startsWith('@/')) key = specifier.slice(2);
  return key.replace(/\.(?:[cm]?[jt]sx?)$/, '').replace(/\/index$/, '');
}
