// Where moved names are added: an existing declaration of the target module (same side and kind:
// value vs type) when the file has one, else a new declaration inserted after the one being split.
// Additions are collected first and rendered once at the end, so no name is imported twice.
import type { Node } from '@babel/types';
import type { JsModuleKey } from '../../types';
import { addEdit, keyOf, type RewriteContext } from './context';
import { declarationDirectives } from './declaration-directives';
import type { DeclarationNode } from './declaration-plan';
import { canBreak, endsItsLine, namesIndent, passesWidth } from './declaration-width';
import { ownedComment, skipBlanks } from './list-item-comments';
import { braces, insertNewDeclaration, type CarriedComment, type PlacedName } from './new-declaration';
import { removeStatement } from './remove-statement';
import { statementStyle, type StatementStyle } from './style';
import { endOf, startOf } from './walk';

/** A rendered specifier waiting to be added: `A`, `New as Old`, `type T`, or a default binding. */
export interface Addition {
  text: string;
  isDefault: boolean;
  /** Identity for de-duplication: `imported→local`. */
  identity: string;
  /** The comment the name owns in the list it leaves: it goes along only to a new declaration, as a named specifier. */
  comment?: CarriedComment;
}

interface Target {
  existing?: DeclarationNode;
  /** For new declarations: the declaration they follow, its style and the specifier to write. */
  anchor?: Node;
  style?: StatementStyle;
  specifier?: string;
  side: 'import' | 'export';
  typeOnly: boolean;
  identities: Set<string>;
  defaultName?: string;
  /** A default binding added to an existing declaration. */
  newDefault?: string;
  named: PlacedName[];
}

export interface MergeTargets {
  byKey: Map<string, Target[]>;
  /** Declarations that lose every binding (a namespace whose uses all moved): the first new declaration
   * anchored on one takes its place; without any, it is removed. */
  vacated: Set<Node>;
}

const slot = (side: string, typeOnly: boolean, key: JsModuleKey) => `${side}|${typeOnly ? 'type' : 'value'}|${key}`;

/** Indexes the file's declarations of modules that are not legacy, as merge targets. */
export function collectMergeTargets(context: RewriteContext, body: readonly Node[]): MergeTargets {
  const byKey = new Map<string, Target[]>();
  for (const node of body) {
    if (node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration') continue;
    if (!node.source || node.specifiers.length === 0) continue;
    if (node.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier' || s.type === 'ExportNamespaceSpecifier')) continue;
    const key = keyOf(context, node.source.value);
    if (context.moves.has(key)) continue;
    const side = node.type === 'ImportDeclaration' ? 'import' : 'export';
    const typeOnly = node.type === 'ImportDeclaration' ? node.importKind === 'type' : node.exportKind === 'type';
    const identities = new Set<string>();
    let defaultName: string | undefined;
    for (const s of node.specifiers as Node[]) {
      if (s.type === 'ImportDefaultSpecifier') defaultName = s.local.name;
      if (s.type === 'ImportSpecifier') identities.add(`${nameOf(s.imported)}→${s.local.name}`);
      if (s.type === 'ExportSpecifier') identities.add(`${nameOf(s.local)}→${nameOf(s.exported)}`);
    }
    if (defaultName) identities.add(`default→${defaultName}`);
    const target: Target = { existing: node, side, typeOnly, identities, defaultName, named: [] };
    const id = slot(side, typeOnly, key);
    byKey.set(id, [...(byKey.get(id) ?? []), target]);
  }
  return { byKey, vacated: new Set() };
}

export interface AddRequest {
  side: 'import' | 'export';
  typeOnly: boolean;
  key: JsModuleKey;
  anchor: DeclarationNode;
  /** The specifier text for a new declaration, and the quote it is written with. */
  specifier: string;
  quote: string;
  additions: Addition[];
}

/** Adds names to their targets; returns the additions whose comment went along (into a new declaration). */
export function addToTarget(context: RewriteContext, targets: MergeTargets, request: AddRequest): Set<Addition> {
  const carried = new Set<Addition>();
  const id = slot(request.side, request.typeOnly, request.key);
  const list = targets.byKey.get(id) ?? [];
  for (const addition of request.additions) {
    if (list.some((t) => t.identities.has(addition.identity))) continue;
    let target = list.find((t) => !addition.isDefault || t.defaultName === undefined);
    if (!target) {
      target = {
        anchor: request.anchor,
        style: statementStyle(context.source, startOf(request.anchor), endOf(request.anchor), request.quote),
        specifier: request.specifier,
        side: request.side,
        typeOnly: request.typeOnly,
        identities: new Set(),
        named: [],
      };
      list.push(target);
      targets.byKey.set(id, list);
    }
    target.identities.add(addition.identity);
    if (addition.isDefault) target.defaultName = addition.text;
    else {
      // Merged into an existing declaration, a name leaves its comment where it was.
      const comment = target.existing ? undefined : addition.comment;
      target.named.push({ text: addition.text, comment });
      if (comment) carried.add(addition);
    }
    if (addition.isDefault && target.existing) target.newDefault = addition.text;
  }
  return carried;
}

/** Whether an existing declaration of `key` can take more names (a default only where none is bound). */
export function hasExisting(targets: MergeTargets, key: JsModuleKey, side: 'import' | 'export', typeOnly: boolean, addsDefault: boolean): boolean {
  return (targets.byKey.get(slot(side, typeOnly, key)) ?? []).some((t) => t.existing !== undefined && (!addsDefault || t.defaultName === undefined));
}

/** The local name an existing declaration of `key` already binds export `name` to, if any. */
export function existingLocal(targets: MergeTargets, key: JsModuleKey, typeOnly: boolean, name: string): string | undefined {
  for (const target of targets.byKey.get(slot('import', typeOnly, key)) ?? []) {
    for (const identity of target.identities) if (identity.startsWith(`${name}→`)) return identity.slice(name.length + 1);
  }
  return undefined;
}

/** Emits the edits for every addition collected. */
export function flushTargets(context: RewriteContext, targets: MergeTargets): void {
  const replaced = new Set<Node>();
  // A vacated declaration is replaced or removed whole: what earlier passes edited inside it (its
  // string re-pointed by a whole-module move, or rebased in a moved file) is superseded by that.
  for (const node of targets.vacated) supersedeEditsWithin(context, node);
  for (const list of targets.byKey.values()) {
    for (const target of list) {
      if (target.existing) mergeInto(context, target.existing, target.named.map((n) => n.text), target.newDefault);
      else if (target.anchor && target.style) {
        const replaces = targets.vacated.has(target.anchor) && !replaced.has(target.anchor);
        if (replaces) replaced.add(target.anchor);
        const keyword = `${target.side}${target.typeOnly ? ' type' : ''}`;
        insertNewDeclaration(context, { anchor: target.anchor, keyword, defaultName: target.defaultName, named: target.named, specifier: target.specifier!, style: target.style }, replaces);
      }
    }
  }
  for (const node of targets.vacated) if (!replaced.has(node)) removeStatement(context, node);
}

/** Drops the edits inside a statement about to be replaced or removed whole (insertions at its edges stay). */
function supersedeEditsWithin(context: RewriteContext, node: Node): void {
  const start = startOf(node);
  const end = endOf(node);
  const inside = (e: { start: number; end: number }) => e.start >= start && e.end <= end && (e.start < e.end || (e.start > start && e.start < end));
  context.edits = context.edits.filter((e) => !inside(e));
}

function mergeInto(context: RewriteContext, node: DeclarationNode, named: string[], newDefault: string | undefined): void {
  const specifiers = node.specifiers as Node[];
  const namedSpecs = specifiers.filter((s) => s.type === 'ImportSpecifier' || s.type === 'ExportSpecifier');
  const padded = statementStyle(context.source, startOf(node), endOf(node), "'").bracePadding;
  if (newDefault !== undefined) {
    const first = specifiers[0];
    const at = namedSpecs.length > 0 ? context.source.lastIndexOf('{', startOf(first)) : startOf(first);
    addEdit(context, at, at, `${newDefault}, `);
  }
  if (wrapsMerged(context, { node, namedSpecs, named, newDefault, padded })) return;
  if (named.length === 0) return;
  if (namedSpecs.length > 0) {
    const last = namedSpecs[namedSpecs.length - 1];
    const open = context.source.lastIndexOf('{', startOf(namedSpecs[0]));
    const multiline = context.source.slice(open, startOf(namedSpecs[0])).includes('\n');
    const separator = multiline ? `,${context.eol}${lineIndent(context, startOf(last))}` : ', ';
    const comment = multiline ? ownedComment(context.source, startOf(last), endOf(last)) : undefined;
    if (comment) {
      // `  last, // why`: the comment stays with its name; the new names go on lines after it.
      const trailingComma = context.source[skipBlanks(context.source, endOf(last))] === ',';
      if (!trailingComma) addEdit(context, endOf(last), endOf(last), ',');
      addEdit(context, comment.end, comment.end, named.map((n) => separator.slice(1) + n).join(',') + (trailingComma ? ',' : ''));
    } else addEdit(context, endOf(last), endOf(last), named.map((n) => separator + n).join(''));
  } else {
    const last = specifiers[specifiers.length - 1];
    addEdit(context, endOf(last), endOf(last), `, ${braces(named, padded)}`);
  }
}

interface Merge {
  node: DeclarationNode;
  /** Its named specifiers, and the names and default binding it takes. */
  namedSpecs: Node[];
  named: string[];
  newDefault: string | undefined;
  padded: boolean;
}

/**
 * A one-line declaration that taking more names would run past the width gets them one per line
 * (prettier's layout: its own specifiers' text, then the new names, each with a comma); returns
 * whether it did. One with a comment or directive on its line, a linter directive above it, or a
 * comment among its names stays on its line.
 */
function wrapsMerged(context: RewriteContext, { node, namedSpecs, named, newDefault, padded }: Merge): boolean {
  const { source } = context;
  const start = startOf(node);
  const end = endOf(node);
  const hasDefault = newDefault !== undefined || node.specifiers.some((s) => s.type === 'ImportDefaultSpecifier');
  if (named.length === 0 && newDefault === undefined) return false;
  if (/[\r\n]/.test(source.slice(start, end)) || !endsItsLine(source, end) || !canBreak(namedSpecs.length + named.length, hasDefault)) return false;
  const last = namedSpecs[namedSpecs.length - 1];
  const open = last ? source.lastIndexOf('{', startOf(namedSpecs[0])) : -1;
  const close = last ? source.indexOf('}', endOf(last)) : -1;
  if (last && (/\/[/*]/.test(source.slice(open, close)) || context.edits.some((e) => e.start < close && e.end > open))) return false;
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
  const lineEnd = end + /^[^\r\n]*/.exec(source.slice(end))![0].length;
  const bom = lineStart === 0 && source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const added = (newDefault !== undefined ? newDefault.length + 2 : 0) + (last ? named.reduce((n, name) => n + name.length + 2, 0) : named.length > 0 ? braces(named, padded).length + 2 : 0);
  if (!passesWidth(context, lineEnd - lineStart - bom + added) || declarationDirectives(source, node).above.length > 0) return false;
  const indent = lineIndent(context, start);
  const inner = namesIndent(context, indent);
  const names = [...namedSpecs.map((s) => source.slice(startOf(s), endOf(s))), ...named];
  const list = `${context.eol}${names.map((n) => `${inner}${n},${context.eol}`).join('')}${indent}`;
  if (last) addEdit(context, open + 1, close, list);
  else {
    const after = endOf(node.specifiers[node.specifiers.length - 1]);
    addEdit(context, after, after, `, {${list}}`);
  }
  return true;
}

function lineIndent(context: RewriteContext, offset: number): string {
  const lineStart = context.source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(context.source.slice(lineStart, offset))?.[0] ?? '';
}

function nameOf(node: Node): string {
  return node.type === 'Identifier' ? node.name : node.type === 'StringLiteral' ? node.value : '';
}
