// CommonJS bindings of a legacy module whose symbols moved: `const { A, B: b } = require('legacy')`
// (each destructured name follows the shared rename policy, as an ES named import does) and
// `const NS = require('legacy')` with `NS.Moved` uses (namespace-members.ts decides; the moved
// names arrive as a new `const { Moved } = require('canonical')` after the declaration), and
// TypeScript's `import NS = require('legacy')` with the same member uses.
import type { Node, ObjectProperty, VariableDeclaration } from '@babel/types';
import type { Move } from '../../types';
import { decideLocalNames, noteOf, type LocalNameDecision, type MovedBinding } from '../local-name-policy';
import { analyseNames, clashOf, reachesAll, type NameUsage } from './bindings';
import { insertSplitOff } from './declaration-directives';
import { addEdit, keyOf, replaceLiteral, report, respell, textOf, type RewriteContext } from './context';
import { removeFromList } from './list-item-removal';
import { removeStatement } from './remove-statement';
import { targetOf, type ModuleMoves, type NameTarget } from './move-index';
import { rewriteNamespaceMembers, type NamedAdditions } from './namespace-members';
import type { ReferenceSite } from './references';
import { emitRenameEdits } from './renames';
import { quoteString, statementStyle } from './style';
import { endOf, startOf } from './walk';

type CallSite = Extract<ReferenceSite, { kind: 'call' }>;
type DeclarationSite = Extract<ReferenceSite, { kind: 'declaration' }>;

interface Entry {
  property: ObjectProperty;
  name: string;
  target?: NameTarget;
  decision?: LocalNameDecision;
  /** Uses of the destructured local (for renames). */
  usage?: NameUsage;
}

/** `const { A, B: b } = require('legacy')` (or `= await import('legacy')`) with symbol moves. */
export function rewriteDestructuring(context: RewriteContext, program: Node, site: CallSite, moves: ModuleMoves, binding: NonNullable<CallSite['context']['binding']>): void {
  const declaration = binding.declaration;
  const pattern = binding.declarator.id as Node & { type: 'ObjectPattern' };
  const properties = pattern.properties;
  const simple = properties.every((p): p is ObjectProperty => p.type === 'ObjectProperty' && !p.computed && (p.key.type === 'Identifier' || p.key.type === 'StringLiteral'));
  const legacyKey = keyOf(context, site.value);
  const entries: Entry[] = simple ? properties.map((p) => ({ property: p, name: keyName(p), target: targetOf(moves, keyName(p)) })) : [];
  const residentKey = moves.whole?.toKey;
  const single = declaration?.type === 'VariableDeclaration' && declaration.declarations.length === 1;
  decideEntries(context, program, entries, declaration, site.form);
  const kept = entries.filter((e) => e.decision?.action !== 'reuse' && e.decision?.action !== 'drop');
  const staying = kept.filter((e) => (e.target?.key ?? legacyKey) === (residentKey ?? legacyKey));
  const leaving = kept.filter((e) => !staying.includes(e));
  if (!simple || ((leaving.length > 0 || kept.length < entries.length) && !single)) {
    const reason = simple ? 'the destructuring shares its declaration with other declarators; split it by hand' : 'the destructuring uses rest or computed keys; rewrite it by hand';
    for (const move of moves.symbols.values()) report(context, { node: site.node, move, form: site.form, kind: 'manual', reason });
    return;
  }
  for (const e of entries) if (e.decision?.action === 'rename' || e.decision?.action === 'reuse') renameUses(context, e);
  const decl = declaration as VariableDeclaration;
  if (kept.length === 0) removeStatement(context, decl);
  else rewriteKept(context, site, { staying, leaving, removed: entries.filter((e) => !kept.includes(e)), properties, resident: moves.whole, decl, init: binding.declarator.init! });
  const affecting = new Set<Move>(entries.filter((e) => e.target).map((e) => e.target!.move));
  for (const move of affecting) {
    const notes = entries.filter((e) => e.target?.move === move && noteOf(e.decision)).map((e) => noteOf(e.decision)!);
    report(context, { node: site.node, move, form: site.form, kind: 'rewritten', reason: notes.length > 0 ? notes.join('; ') : undefined });
  }
}

interface KeptRequest {
  staying: Entry[];
  leaving: Entry[];
  removed: Entry[];
  properties: readonly Node[];
  resident?: Move;
  decl: VariableDeclaration;
  /** The declarator's value (`require('m')`, `await import('m')`): each new declaration repeats it with its own module. */
  init: Node;
}

function rewriteKept(context: RewriteContext, site: CallSite, request: KeptRequest): void {
  const groups = new Map<string, Entry[]>();
  for (const e of request.leaving) groups.set(e.target!.key, [...(groups.get(e.target!.key) ?? []), e]);
  let resident: NameTarget | undefined = request.resident ? { move: request.resident, key: request.resident.toKey, name: '' } : undefined;
  let inPlace = request.staying;
  if (inPlace.length === 0) {
    const [key, first] = [...groups][0];
    groups.delete(key);
    inPlace = first;
    resident = first[0].target;
  }
  if (resident) replaceLiteral(context, site.literal, respell(context, site.value, resident.move, resident.key));
  for (const e of inPlace) {
    const text = propertyText(context, e);
    if (text !== textOf(context, e.property)) addEdit(context, startOf(e.property), endOf(e.property), text);
  }
  const gone = [...request.removed, ...request.leaving.filter((e) => groups.has(e.target!.key))].map((e) => e.property);
  removeFromList(context, request.properties, new Set(gone));
  const { decl } = request;
  const quote = (site.literal.extra?.raw as string | undefined)?.[0] ?? "'";
  const style = statementStyle(context.source, startOf(decl), endOf(decl), quote);
  const before = context.source.slice(startOf(request.init), startOf(site.literal));
  const after = context.source.slice(endOf(site.literal), endOf(request.init));
  for (const [key, group] of groups) {
    const props = group.map((e) => propertyText(context, e));
    const value = `${before}${quoteString(respell(context, site.value, group[0].target!.move, key), quote)}${after}`;
    const text = `${decl.kind} ${style.bracePadding ? `{ ${props.join(', ')} }` : `{${props.join(', ')}}`} = ${value}${style.semicolon ? ';' : ''}`;
    insertSplitOff(context, { anchor: decl, indent: style.indent, text });
  }
}

/** `name` or `name: local` (a default value after the local is kept as written). */
function propertyText(context: RewriteContext, e: Entry): string {
  const name = e.target?.name ?? e.name;
  const value = e.property.value;
  const local = e.decision?.local;
  if (local === undefined || value.type !== 'Identifier') {
    return name === e.name ? textOf(context, e.property) : `${name}: ${textOf(context, value)}`;
  }
  return name === local ? name : `${name}: ${local}`;
}

/** Decides each destructured name whose export moved under another name, with the shared policy. */
function decideEntries(context: RewriteContext, program: Node, entries: Entry[], declaration: Node | undefined, form: CallSite['form']): void {
  const candidates = entries.filter((e) => e.target && e.property.value.type === 'Identifier' && e.target.name !== 'default');
  if (candidates.length === 0) return;
  const atModuleLevel = declaration !== undefined && (program as { body: Node[] }).body.includes(declaration);
  const existing = existingRequireLocals(context, program);
  const names = new Set<string>();
  for (const e of candidates) names.add(localOf(e)).add(e.target!.name);
  for (const local of existing.values()) names.add(local);
  const usage = analyseNames(program, names, context.source);
  const bindings: MovedBinding[] = candidates.map((e) => {
    const local = localOf(e);
    const found = existing.get(`${e.target!.key}|${e.target!.name}`);
    const u = usage.get(found ?? '');
    return {
      local,
      userAlias: !e.property.shorthand,
      target: e.target!.name,
      targetModule: e.target!.key,
      visibility: 'module',
      mode: e.target!.move.localName,
      existing: found === local || (u && u.moduleBindings === 1 && u.innerScopes.length === 0) ? found : undefined,
      unrenamable: atModuleLevel ? undefined : `the ${form === 'dynamic-import' ? 'awaited import' : 'require'} is not at module level, so its uses are not renamed`,
      reaches: (name) => reachesAll(usage.get(name), usage.get(local)?.references ?? []),
      clash: (name) => {
        const why = clashOf(usage.get(name), usage.get(local)?.references ?? []);
        return why ? `${name} is already ${why}` : undefined;
      },
    };
  });
  decideLocalNames(bindings).forEach((decision, i) => {
    candidates[i].decision = decision;
    candidates[i].usage = usage.get(localOf(candidates[i]));
  });
}

/** Renames the uses of a destructured local (its own binding is respelled with the property). */
function renameUses(context: RewriteContext, e: Entry): void {
  if (!e.usage) return;
  const binding = e.property.value;
  emitRenameEdits(context, { ...e.usage, references: e.usage.references.filter((r) => r.node !== binding) }, localOf(e), e.decision!.local);
}

const localOf = (e: Entry) => (e.property.value as Node & { name: string }).name;

/** Top-level `const { name: local } = require('m')` bindings (and ES named imports) by `key|name`. */
function existingRequireLocals(context: RewriteContext, program: Node): Map<string, string> {
  const found = new Map<string, string>();
  for (const statement of (program as { body: Node[] }).body) {
    if (statement.type === 'ImportDeclaration') {
      for (const s of statement.specifiers) if (s.type === 'ImportSpecifier') found.set(`${keyOf(context, statement.source.value)}|${nameOf(s.imported)}`, s.local.name);
      continue;
    }
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of statement.declarations) {
      const value = requiredModule(d.init);
      if (value === undefined || d.id.type !== 'ObjectPattern' || context.moves.has(keyOf(context, value))) continue;
      for (const p of d.id.properties) {
        if (p.type === 'ObjectProperty' && !p.computed && p.value.type === 'Identifier') found.set(`${keyOf(context, value)}|${keyName(p)}`, p.value.name);
      }
    }
  }
  return found;
}

function requiredModule(init: Node | null | undefined): string | undefined {
  if (init?.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return undefined;
  const argument = init.arguments[0];
  return argument?.type === 'StringLiteral' ? argument.value : undefined;
}

/** `const NS = require('legacy')` at module level with `NS.Moved` uses: true when handled (rewritten or reported). */
export function rewriteRequireNamespace(context: RewriteContext, program: Node, site: CallSite, moves: ModuleMoves, declaration: Node | undefined): boolean {
  const local = ((site.context.parent as Node & { id: Node }).id as Node & { name: string }).name;
  if (declaration?.type !== 'VariableDeclaration' || !(program as { body: Node[] }).body.includes(declaration)) return false;
  const usage = analyseNames(program, new Set([local]), context.source).get(local);
  const residentKey = moves.whole?.toKey ?? keyOf(context, site.value);
  const existing = existingRequireLocals(context, program);
  const { additions, moved, emptied } = rewriteNamespaceMembers(context, program, {
    node: declaration,
    local,
    moves,
    residentKey,
    usage,
    claimed: new Set(),
    existingLocal: (key, name) => existing.get(`${key}|${name}`),
  });
  const vacated = emptied && declaration.declarations.length === 1;
  if (moves.whole && !vacated) replaceLiteral(context, site.literal, respell(context, site.value, moves.whole));
  if (moves.whole) report(context, { node: site.node, move: moves.whole, form: 'require', kind: 'rewritten' });
  addRequires(context, site, declaration, additions, vacated);
  for (const move of moved) report(context, { node: site.node, move, form: 'require', kind: 'rewritten' });
  return true;
}

/** Adds `const { A } = require('canonical')` after the declaration, or in its place when it is `vacated` (NS is no longer used). */
function addRequires(context: RewriteContext, site: CallSite, decl: VariableDeclaration, additions: NamedAdditions, vacated: boolean): void {
  const quote = (site.literal.extra?.raw as string | undefined)?.[0] ?? "'";
  const style = statementStyle(context.source, startOf(decl), endOf(decl), quote);
  const callee = textOf(context, site.node.callee);
  const texts = [...additions].map(([key, group]) => {
    const props = group.names.map((n) => (n.imported === n.local ? n.local : `${n.imported}: ${n.local}`));
    return `${decl.kind} ${style.bracePadding ? `{ ${props.join(', ')} }` : `{${props.join(', ')}}`} = ${callee}(${quoteString(respell(context, site.value, group.move, key), quote)})${style.semicolon ? ';' : ''}`;
  });
  if (vacated && texts.length === 0) return removeStatement(context, decl);
  if (vacated) addEdit(context, startOf(decl), endOf(decl), texts.shift()!);
  for (const text of texts) insertSplitOff(context, { anchor: decl, indent: style.indent, text });
}

function keyName(property: ObjectProperty): string {
  return property.key.type === 'Identifier' ? property.key.name : (property.key as { value: string }).value;
}

function nameOf(node: Node): string {
  return node.type === 'Identifier' ? node.name : node.type === 'StringLiteral' ? node.value : '';
}

/**
 * TypeScript's `import U = require('legacy')` at module level with `U.Moved` uses: the namespace
 * policy of `import * as U` (members renamed in place follow, `U.old` → `U.new`; a use that escapes
 * is manual with its line), except that a member which left the module is manual too: such a file
 * keeps to CommonJS's form, where an added ES import may not compile (verbatimModuleSyntax).
 * The specifier follows a whole-module move. True when handled.
 */
export function rewriteImportEqualsMembers(context: RewriteContext, program: Node, site: DeclarationSite, moves: ModuleMoves): boolean {
  const node = site.node;
  if (node.type !== 'TSImportEqualsDeclaration' || moves.symbols.size === 0 || !(program as { body: Node[] }).body.includes(node)) return false;
  const local = node.id.name;
  const { moved } = rewriteNamespaceMembers(context, program, {
    node,
    local,
    moves,
    residentKey: moves.whole?.toKey ?? keyOf(context, site.value),
    usage: analyseNames(program, new Set([local]), context.source).get(local),
    claimed: new Set(),
    existingLocal: () => undefined,
    unnamed: (name, module, line) =>
      `${local}.${name}${line !== undefined ? ` (line ${line})` : ''} moved to ${module}, which ${local} (import ${local} = require) does not name; import ${name} from there by hand`,
  });
  if (moves.whole) {
    replaceLiteral(context, site.literal, respell(context, site.value, moves.whole));
    report(context, { node, move: moves.whole, form: 'import-equals', kind: 'rewritten' });
  }
  for (const move of moved) report(context, { node, move, form: 'import-equals', kind: 'rewritten' });
  return true;
}
