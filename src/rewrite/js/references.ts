// Finds every place a JS/TS file names a module by string: import/export declarations, require,
// require.resolve, dynamic import, TS import-equals and import types, jest/vitest mock helpers;
// plus computed forms (concatenations, templates) whose static text might name a legacy module.
import type { CallExpression, Node, StringLiteral, TemplateLiteral, VariableDeclarator } from '@babel/types';
import type { ReferenceForm } from '../../types';
import { loadsNodePlugin, rewiremockSites } from './rewiremock-sites';
import { walk, type WalkContext } from './walk';
import { wordPositions } from './word-positions';

/** A module-naming string: a string literal, or a template literal without expressions. */
export type SourceLiteral = StringLiteral | TemplateLiteral;

export type ReferenceSite =
  | { kind: 'declaration'; node: Node; literal: SourceLiteral; value: string; form: ReferenceForm; statement: Node }
  | { kind: 'call'; node: CallExpression; literal: SourceLiteral; value: string; form: ReferenceForm; statement: Node; context: CallContext }
  | { kind: 'type'; node: Node; literal: StringLiteral; value: string; form: 'type-query' | 'jsdoc-import'; statement: Node; qualifier?: Node; names?: TagName[] }
  | { kind: 'ambient'; node: Node; literal: StringLiteral; value: string; form: 'ambient-module'; statement: Node }
  | { kind: 'url'; node: Node; literal: SourceLiteral; value: string; form: 'url' | 'glob'; statement: Node }
  /** A file rewiremock loads, or a stub key of it (rewiremock-sites.ts); `fromThisFile`: resolved from this file, as a specifier is. */
  | { kind: 'mock-key'; node: Node; literal: SourceLiteral; value: string; form: 'jest-mock'; statement: Node; fromThisFile: boolean }
  /** `/// <reference path="…" />` or `types="…"` (triple-slash-sites.ts): `value` read as a specifier (a path gets `./`), `written` as in the file. */
  | { kind: 'reference-directive'; node: Node; literal: StringLiteral; value: string; written: string; attribute: 'path' | 'types'; form: 'triple-slash-reference'; statement: Node }
  /** A set of files loaded by pattern (glob-sites.ts): Vite's `import.meta.glob`, webpack's `require.context`. */
  | { kind: 'glob'; node: CallExpression; form: 'glob'; statement: Node; patterns: string[]; literals: SourceLiteral[]; context?: DirectoryContext }
  | { kind: 'computed'; node: CallExpression; form: ReferenceForm; statement: Node; staticText: string[]; leading?: string; trailing?: string };

/** A name of a JSDoc `@import { A, B as C } from 'm'` tag (jsdoc-sites.ts): the imported name's stand-in node, and the local name when aliased. */
export interface TagName {
  imported: Node & { name: string };
  local?: string;
}

/** `require.context(directory, recursive, regExp)`: the files below `directory` whose `./`-relative path the expression matches. */
export interface DirectoryContext {
  recursive: boolean;
  regExp: { pattern: string; flags: string };
}

/** Where a call sits: what the rewriter needs to split `const {A} = require('m')` or `require('m').A`. */
export interface CallContext {
  parent: Node | undefined;
  /** The parent of a VariableDeclarator / MemberExpression parent, when relevant. */
  grandparent: Node | undefined;
  /** The declarator the call's value initialises: `const … = require('m')`, `const … = await import('m')`. */
  binding?: { declarator: VariableDeclarator; declaration: Node | undefined };
}

const JEST = new Set(['mock', 'doMock', 'unmock', 'dontMock', 'setMock', 'requireActual', 'requireMock', 'createMockFromModule']);
const VITEST = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);
/** The vitest helpers that also take the module as `import('m')` (typed: `path: string | Promise<T>`); the others take a string only. */
const VITEST_IMPORT_ARGUMENT = new Set(['mock', 'doMock', 'unmock', 'doUnmock']);

/**
 * The words every reference site's own source text contains: `import` (declarations, import-equals,
 * `import(…)`, `typeof import(…)`), `export` (`export … from`), `module` (`declare module '…'`),
 * `require`, `proxyquire`, `rewiremock`, `jest`, `vi`; a backslash stands in for an escaped callee (`requ\u0069re`).
 */
const SITE_WORDS = /import|export|module|require|proxyquire|rewiremock|jest|\bvi\b|\\/g;

export function collectReferenceSites(program: Node, source?: string): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  // A node's children lie inside its source range, so a range without any of SITE_WORDS holds no
  // site at any depth: most function bodies are skipped whole (the walk was a sixth of a rewrite).
  const words = source === undefined ? undefined : wordPositions(source, SITE_WORDS);
  const nodePlugin = loadsNodePlugin(program);
  // `import('m')` read as the argument of `vi.mock(import('m'))`: that mock's specifier, not a load of its own.
  const mockArguments = new Set<Node>();
  walk(program, (node, context) => {
    if (words && node.start != null && node.end != null && !words.within(node.start, node.end)) return false;
    if (mockArguments.has(node)) return;
    switch (node.type) {
      case 'ImportDeclaration':
        sites.push(declaration(node, node.source, node.importKind === 'type' ? 'type-import' : 'import'));
        return;
      case 'ExportNamedDeclaration':
      case 'ExportAllDeclaration':
        if (node.source) sites.push(declaration(node, node.source, 're-export'));
        return;
      case 'TSImportEqualsDeclaration':
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          sites.push(declaration(node, node.moduleReference.expression, 'import-equals'));
        }
        return false;
      case 'TSModuleDeclaration':
        // `declare module 'm' { … }` declares (or augments) the types of module m.
        if (node.id.type === 'StringLiteral') sites.push({ kind: 'ambient', node, literal: node.id, value: node.id.value, form: 'ambient-module', statement: node });
        return;
      case 'TSImportType': {
        const literal = importTypeArgument(node);
        if (literal) sites.push({ kind: 'type', node, literal, value: literal.value, form: 'type-query', statement: statementOf(node, context), qualifier: node.qualifier ?? undefined });
        return;
      }
      case 'NewExpression': {
        // `new URL('./worker.ts', import.meta.url)`: a file, resolved from this module. A directory
        // (`'..'`, `'./dist/'`) is no module. (`'worker.ts'`, relative too, is left: the prefilter
        // finds a moved file by its parent's segment or `./` before its name.)
        const [first, base] = node.arguments;
        const value = first ? literalValue(first) : undefined;
        if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && value !== undefined && isImportMetaUrl(base) && namesFile(value)) {
          sites.push({ kind: 'url', node, literal: first as SourceLiteral, value, form: 'url', statement: statementOf(node, context) });
        }
        return;
      }
      case 'CallExpression': {
        const glob = globSites(node, statementOf(node, context));
        if (glob.length > 0) {
          sites.push(...glob);
          return;
        }
        const mocked = rewiremockSites(node, statementOf(node, context), nodePlugin);
        if (mocked.length > 0) {
          sites.push(...mocked);
          return;
        }
        const form = callForm(node);
        if (!form || node.arguments.length === 0) return;
        const statement = statementOf(node, context);
        const imported = form === 'jest-mock' ? importedByMock(node) : undefined;
        if (imported) mockArguments.add(node.arguments[0]);
        const argument = imported ?? node.arguments[0];
        const value = literalValue(argument);
        if (value !== undefined) {
          const grandparent = context.ancestors[context.ancestors.length - 2];
          const binding = bindingOf(node, context);
          sites.push({ kind: 'call', node, literal: argument as SourceLiteral, value, form, statement, context: { parent: context.parent, grandparent, ...(binding ? { binding } : {}) } });
        } else {
          const staticText = staticParts(argument);
          const leading = leadingText(argument);
          const trailing = trailingText(argument);
          if (staticText.length > 0) sites.push({ kind: 'computed', node, form, statement, staticText, ...(leading ? { leading } : {}), ...(trailing ? { trailing } : {}) });
        }
        return;
      }
      default:
        return;
    }
  });
  return sites;
}

function declaration(node: Node, literal: StringLiteral, form: ReferenceForm): ReferenceSite {
  return { kind: 'declaration', node, literal, value: literal.value, form, statement: node };
}

function importTypeArgument(node: Node & { type: 'TSImportType' }): StringLiteral | undefined {
  const argument = node.argument as Node;
  if (argument.type === 'StringLiteral') return argument;
  if (argument.type === 'TSLiteralType' && argument.literal.type === 'StringLiteral') return argument.literal;
  return undefined;
}

/** The reference form of a call naming a module, or undefined for any other call. */
export function callForm(call: CallExpression): ReferenceForm | undefined {
  const callee = call.callee;
  if (callee.type === 'Import') return 'dynamic-import';
  if (callee.type === 'Identifier') return callee.name === 'require' ? 'require' : callee.name === 'proxyquire' ? 'proxyquire' : undefined;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  // `import.meta.resolve('./x')`: ESM's require.resolve, a specifier resolved from this file.
  if (isImportMeta(callee.object)) return callee.property.name === 'resolve' ? 'require-resolve' : undefined;
  if (callee.object.type !== 'Identifier') return undefined;
  const object = callee.object.name;
  const property = callee.property.name;
  if (object === 'require' && property === 'resolve') return 'require-resolve';
  if (object === 'jest' && JEST.has(property)) return 'jest-mock';
  if (object === 'vi' && VITEST.has(property)) return 'jest-mock';
  return undefined;
}

/**
 * `vi.mock(import('./m'), factory)` (also doMock, unmock, doUnmock): vitest's typed spelling of
 * `vi.mock('./m', factory)`, which its hoisting plugin turns into exactly that; the literal inside
 * `import()`, or undefined for any other argument.
 */
function importedByMock(call: CallExpression): Node | undefined {
  const callee = call.callee;
  const argument = call.arguments[0];
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'vi') return undefined;
  if (callee.property.type !== 'Identifier' || !VITEST_IMPORT_ARGUMENT.has(callee.property.name)) return undefined;
  if (argument?.type !== 'CallExpression' || argument.callee.type !== 'Import' || argument.arguments.length !== 1) return undefined;
  const literal = argument.arguments[0];
  return literalValue(literal) === undefined ? undefined : literal;
}

/**
 * `import.meta.glob('./pages/*.tsx')` (also with an array, `!` exclusions and options) and
 * `require.context('./pages', true, /\.tsx$/)`: a site for the set of files each loads, and a `url`
 * site (form glob) for each pattern that names one file exactly (`'./pages/Home.tsx'`).
 * Patterns that are not plain strings are not read.
 */
function globSites(node: CallExpression, statement: Node): ReferenceSite[] {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return [];
  const [first, second, third] = node.arguments;
  if (isImportMeta(callee.object) && (callee.property.name === 'glob' || callee.property.name === 'globEager')) {
    const literals = first?.type === 'ArrayExpression' ? first.elements : [first];
    const patterns = literals.map((l) => (l ? literalValue(l) : undefined));
    if (patterns.some((p) => p === undefined)) return [];
    const exact = literals.flatMap((l, i) => (isExactFile(patterns[i]!) ? [{ kind: 'url' as const, node: l as Node, literal: l as SourceLiteral, value: patterns[i]!, form: 'glob' as const, statement }] : []));
    return [{ kind: 'glob', node, form: 'glob', statement, patterns: patterns as string[], literals: literals as SourceLiteral[] }, ...exact];
  }
  if (callee.object.type === 'Identifier' && callee.object.name === 'require' && callee.property.name === 'context') {
    const directory = first ? literalValue(first) : undefined;
    const recursive = second === undefined ? true : second.type === 'BooleanLiteral' ? second.value : undefined;
    const regExp = third === undefined ? { pattern: '^\\.\\/.*$', flags: '' } : third.type === 'RegExpLiteral' ? { pattern: third.pattern, flags: third.flags } : undefined;
    if (directory === undefined || recursive === undefined || regExp === undefined) return [];
    return [{ kind: 'glob', node, form: 'glob', statement, patterns: [directory], literals: [first as SourceLiteral], context: { recursive, regExp } }];
  }
  return [];
}

/** A glob pattern without magic that names a file relative to this one (`./pages/Home.tsx`). */
function isExactFile(pattern: string): boolean {
  return /^\.\.?\//.test(pattern) && !/[*?[\]{}()!]/.test(pattern) && /\.\w+$/.test(pattern);
}

/** `import.meta`. */
function isImportMeta(node: Node): boolean {
  return node.type === 'MetaProperty' && node.meta.name === 'import' && node.property.name === 'meta';
}

/** A relative URL (`./`, `../`) whose last segment is a file name with an extension (no query or fragment). */
function namesFile(url: string): boolean {
  return /^\.\.?\//.test(url) && !/[?#]/.test(url) && /\/[^/]*[^./][^/]*\.\w+$/.test(url);
}

/** `import.meta.url`. */
function isImportMetaUrl(node: Node | undefined): boolean {
  return (
    node?.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'url' && isImportMeta(node.object)
  );
}

/** The value of a module-naming literal (SourceLiteral), or undefined for any other node. */
export function literalValue(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The static text a computed specifier starts with (`'./lib/' + x`, `` `./lib/${x}` ``), if it starts with one. */
function leadingText(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type === 'BinaryExpression' && node.operator === '+') return leadingText(node.left);
  return undefined;
}

/** The static text a computed specifier ends with (`x + '.json'`, `` `./${x}/package.json` ``), if it ends with one. */
function trailingText(node: Node): string | undefined {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis[node.quasis.length - 1]?.value.cooked ?? undefined;
  if (node.type === 'BinaryExpression' && node.operator === '+') return trailingText(node.right);
  return undefined;
}

/** The string pieces of a computed specifier (`'./legacy/' + name`, `` `./legacy/${x}` ``). */
function staticParts(node: Node): string[] {
  const parts: string[] = [];
  walk(node, (child) => {
    if (child.type === 'StringLiteral') parts.push(child.value);
    else if (child.type === 'TemplateElement' && child.value.cooked) parts.push(child.value.cooked);
    else if (child.type.includes('Function')) return false;
  });
  return parts.filter((p) => p.length > 0);
}

/** The declarator whose initial value is the call, or the call awaited (`await import('m')`), and its declaration. */
function bindingOf(node: Node, context: WalkContext): CallContext['binding'] {
  const chain = context.ancestors;
  const parent = context.parent;
  const awaited = parent?.type === 'AwaitExpression' && parent.argument === node;
  const holder = awaited ? chain[chain.length - 2] : parent;
  if (holder?.type !== 'VariableDeclarator' || holder.init !== (awaited ? parent : node)) return undefined;
  return { declarator: holder, declaration: chain[chain.length - (awaited ? 3 : 2)] };
}

/** The innermost statement (or the program-level declaration) containing a node. */
function statementOf(node: Node, context: WalkContext): Node {
  const chain = context.ancestors;
  for (let i = chain.length - 1; i >= 0; i--) {
    const ancestor = chain[i];
    if (ancestor.type.endsWith('Statement') || ancestor.type.endsWith('Declaration') || ancestor.type === 'VariableDeclaration') {
      return ancestor;
    }
  }
  return node;
}
