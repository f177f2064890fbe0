// The names a JS/TS module exports, read from one babel parse: `export const/function/class/type/
// interface/enum`, `export { a as b }` (with or without `from`), `export default`, `export * as ns`,
// and the sources of bare `export * from` (followed by module-api.ts). A file without ESM syntax is
// read as CommonJS (cjs-exports.ts); TypeScript's `export =` leaves the names open.
import type { Node, Statement } from '@babel/types';
import { parseSource } from '../rewrite/js/parse';
import { readCjsExports } from './cjs-exports';
import { declaredNames } from '../rewrite/js/exported-names';
import { blockSource, isComponentFile, scriptBlocks } from '../rewrite/js/sfc';

export interface JsModuleExports {
  /** Exported names (`default` for the default export). */
  names: Set<string>;
  /** `export * from '…'` specifiers, as written. */
  starSources: string[];
  /** Every `export … from '…'` specifier (star, named, namespace), as written: where the module's names come from when it loads. */
  fromSources: string[];
  /** Names the module defines itself (declarations, not re-exports). */
  defined: Set<string>;
  /** Exported function and class declarations: real code a shim would lose. */
  definitions: Set<string>;
  /** True when the names may be incomplete (`export =`, a CommonJS use of `exports` not understood). */
  open?: boolean;
}

/** Throws SourceSyntaxError when the file does not parse. */
export function readJsExports(text: string, path: string): JsModuleExports {
  if (isComponentFile(path)) return componentExports(text, path);
  const program = parseSource(text, path).program;
  const out: JsModuleExports = { names: new Set(), starSources: [], fromSources: [], defined: new Set(), definitions: new Set() };
  for (const statement of program.body as Statement[]) {
    switch (statement.type) {
      case 'ExportNamedDeclaration': {
        if (statement.source) out.fromSources.push(statement.source.value);
        if (statement.declaration) {
          const kind = statement.declaration.type;
          for (const name of declaredNames(statement.declaration)) {
            out.names.add(name);
            out.defined.add(name);
            if (kind === 'FunctionDeclaration' || kind === 'ClassDeclaration') out.definitions.add(name);
          }
        }
        for (const spec of statement.specifiers) {
          const exported = spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value;
          out.names.add(exported);
          if (!statement.source && spec.type === 'ExportSpecifier') markLocalDefinition(program.body as Statement[], spec.local.name, exported, out);
        }
        break;
      }
      case 'ExportDefaultDeclaration':
        out.names.add('default');
        if (/Function|Class/.test(statement.declaration.type)) out.definitions.add('default');
        if (!(statement.declaration.type === 'Identifier' && importsName(program.body as Statement[], statement.declaration.name))) out.defined.add('default');
        break;
      case 'ExportAllDeclaration': {
        out.fromSources.push(statement.source.value);
        const exported = (statement as { exported?: Node | null }).exported;
        if (exported && exported.type === 'Identifier') out.names.add(exported.name);
        else out.starSources.push(statement.source.value);
        break;
      }
      case 'TSExportAssignment':
        out.names.add('default');
        out.open = true;
        break;
      case 'TSImportEqualsDeclaration':
        // `export import Z = NS.q;` exports Z (a plain `import Z = …` does not).
        if (statement.isExport) out.names.add(statement.id.name);
        break;
      default:
        break;
    }
  }
  const body = program.body as Statement[];
  if (!body.some((s) => /^(Import|Export\w+)Declaration$|^TSExportAssignment$/.test(s.type))) addCommonJs(body, out);
  return out;
}

/** A file without ESM syntax: its CommonJS exports are its API. */
function addCommonJs(body: Statement[], out: JsModuleExports): void {
  const cjs = readCjsExports(body);
  if (!cjs.used) return;
  for (const name of cjs.names) out.names.add(name);
  for (const name of cjs.names) if (name !== 'default') out.defined.add(name);
  for (const name of cjs.definitions) out.definitions.add(name);
  out.starSources.push(...cjs.starSources);
  if (cjs.open) out.open = true;
}

/** `export { x }` of a local declaration is real code; of an imported binding it is a re-export. */
function markLocalDefinition(body: Statement[], local: string, exported: string, out: JsModuleExports): void {
  if (!importsName(body, local)) out.defined.add(exported);
}

function importsName(body: Statement[], name: string): boolean {
  return body.some((s) => s.type === 'ImportDeclaration' && s.specifiers.some((sp) => sp.local.name === name));
}

/** A component (.vue, .svelte) is its module's default export; its script blocks may export names besides (Svelte's module script, Vue's plain one). */
function componentExports(text: string, path: string): JsModuleExports {
  const out: JsModuleExports = { names: new Set(['default']), starSources: [], fromSources: [], defined: new Set(['default']), definitions: new Set(['default']) };
  for (const block of scriptBlocks(text, path)) {
    const own = readJsExports(blockSource(text, block), block.path);
    for (const key of ['names', 'defined', 'definitions'] as const) for (const name of own[key]) out[key].add(name);
    out.starSources.push(...own.starSources);
    out.fromSources.push(...own.fromSources);
    if (own.open) out.open = true;
  }
  return out;
}
