// An import or re-export, from a module that moves as a whole, of a name its canonical module does
// not export (JavascriptPlan.provided): re-pointed, it would import nothing. The statement is left as
// written and reported for a human, with the Python rewriter's words for the same case.
import type { Node } from '@babel/types';
import type { Move } from '../../types';
import { escapeRegExp } from '../escape-regexp';
import { missingNameReason } from '../missing-name-reason';
import { report, type RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import { keyNameOf } from './walk';

/** A name the target lacks, and the member use that needs it when it is a module object's (`L.X`), as the Python finding says. */
export interface MissingName {
  name: string;
  use?: string;
}

/** The first name `node` takes from the legacy module that its whole-module move's target lacks; undefined when all are there or the target's names are unknown. */
export function missingCanonicalName(context: RewriteContext, node: Node, moves: ModuleMoves): MissingName | undefined {
  if (node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration') return undefined;
  const taken = firstMissing(context, moves, node.specifiers.map(takenName));
  if (taken !== undefined) return { name: taken };
  const namespace = node.type === 'ImportDeclaration' ? node.specifiers.find((s) => s.type === 'ImportNamespaceSpecifier') : undefined;
  return namespace ? missingMember(context, moves, namespace.local.name) : undefined;
}

/** The first member of the module object bound to `local` that the target lacks, with its use. */
function missingMember(context: RewriteContext, moves: ModuleMoves, local: string): MissingName | undefined {
  const member = firstMissing(context, moves, membersUsed(context, local));
  return member === undefined ? undefined : { name: member, use: `${local}.${member}` };
}

/**
 * The members a module object bound to `local` is used with (`L.X`, `L?.X`), read from the text:
 * an occurrence in a string or comment only makes the check more careful, except a file name that
 * ends a path in quotes (`import * as regexes from "./regexes.js"`, the ESM spelling), which no
 * member use can be: code never puts a quote right after `L.X` with a `/` or quote before it.
 */
export function membersUsed(context: RewriteContext, local: string): string[] {
  const source = context.source;
  const uses: string[] = [];
  for (const m of source.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(local)}\\s*\\??\\.\\s*([A-Za-z_$][\\w$]*)`, 'g'))) {
    const before = source.charCodeAt(m.index - 1);
    const after = source.charCodeAt(m.index + m[0].length);
    if ((before === SLASH || QUOTES.has(before)) && QUOTES.has(after)) continue;
    uses.push(m[1]);
  }
  return uses;
}

const SLASH = 47;
/** `'`, `"`, and the backquote. */
const QUOTES = new Set([39, 34, 96]);

/** The same for the names a `require()` takes: `const { A, B: b } = require('legacy')`, `require('legacy').A`. */
export function missingRequiredName(context: RewriteContext, taker: Node | undefined, call: Node, moves: ModuleMoves): MissingName | undefined {
  let name: string | undefined;
  if (taker?.type === 'VariableDeclarator' && taker.init === call && taker.id.type === 'ObjectPattern') {
    // A rest element takes whatever is there; a computed key cannot be read.
    name = firstMissing(context, moves, taker.id.properties.map((p) => (p.type === 'ObjectProperty' && !p.computed ? keyNameOf(p.key) : undefined)));
  } else if (taker?.type === 'MemberExpression' && taker.object === call && !taker.computed && taker.property.type === 'Identifier') {
    name = firstMissing(context, moves, [taker.property.name]);
  } else if (taker?.type === 'VariableDeclarator' && taker.init === call && taker.id.type === 'Identifier') {
    // `const L = require('legacy')`, then `L.X`.
    return missingMember(context, moves, taker.id.name);
  }
  return name === undefined ? undefined : { name };
}

function firstMissing(context: RewriteContext, moves: ModuleMoves, names: readonly (string | undefined)[]): string | undefined {
  const provided = moves.whole ? context.plan.provided?.[moves.whole.toKey] : undefined;
  if (!provided) return undefined;
  return names.find((name) => name !== undefined && !moves.symbols.has(name) && !provided.includes(name));
}

function takenName(specifier: Node): string | undefined {
  switch (specifier.type) {
    case 'ImportDefaultSpecifier':
      return 'default';
    case 'ImportSpecifier':
      return specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
    case 'ExportSpecifier':
      return specifier.local.name;
    default:
      return undefined; // a namespace takes the module, not a name
  }
}

export function reportMissingName(context: RewriteContext, node: Node, moves: readonly Move[], missing: MissingName): void {
  const form = node.type === 'CallExpression' ? 'require' : node.type === 'ExportNamedDeclaration' ? 're-export' : node.type === 'ImportDeclaration' && node.importKind === 'type' ? 'type-import' : 'import';
  for (const move of moves) report(context, { node, move, form, kind: 'manual', reason: missingNameReason(move.to.module, missing.name, missing.use) });
}
