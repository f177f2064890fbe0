// Renders a DeclarationPlan as edits: re-points the declaration's string, edits or removes the
// specifiers that change (keeping everything else, comments included, byte for byte), and hands
// the names that leave to merge-targets, with the comment each owns. Regenerates the clause only
// when a default/named shape flips.
import type { Node } from '@babel/types';
import { addEdit, respell, replaceLiteral, type RewriteContext } from './context';
import { targetName, type DeclarationPlan, type SpecifierEntry } from './declaration-plan';
import { blanksBefore, commaAfter, gapComments, gapHoldsComment, ownedComment, skipBlanks, skipTrivia } from './list-item-comments';
import { removeFromList } from './list-item-removal';
import { addToTarget, type Addition, type MergeTargets } from './merge-targets';
import { braces, type CarriedComment } from './new-declaration';
import { removeDeclaration } from './remove-statement';
import { statementStyle } from './style';
import { endOf, startOf } from './walk';

/**
 * A re-export keeps the name it exports (`export { New as Old }`): the module's importers are not
 * its to change, unless the manifest renames that export of this very file (`exportRenames`, old → new).
 */
export function renderEntry(entry: SpecifierEntry, side: 'import' | 'export', destTypeOnly: boolean, approved: ReadonlyMap<string, string>, exportRenames?: Readonly<Record<string, string>>): Addition {
  const name = targetName(entry);
  if (side === 'export') {
    const exported = exportRenames?.[entry.local] === name ? name : entry.local;
    const text = name === exported ? name : `${name} as ${exported}`;
    return { text: (entry.inlineType && !destTypeOnly ? 'type ' : '') + text, isDefault: false, identity: `${name}→${exported}` };
  }
  if (entry.shape === 'namespace') return { text: `* as ${entry.local}`, isDefault: false, identity: `*→${entry.local}` };
  if (name === 'default') {
    // `{ default as State }` keeps its shape: a file may bind the default twice that way, which a
    // default import cannot spell (`import { default as State, default as States }`).
    if (entry.shape === 'named' && entry.imported === 'default') return { text: `default as ${entry.local}`, isDefault: false, identity: `default→${entry.local}` };
    return { text: entry.local, isDefault: true, identity: `default→${entry.local}` };
  }
  const local = approved.get(entry.local) ?? entry.local;
  const text = name === local ? name : `${name} as ${local}`;
  return { text: (entry.inlineType && !destTypeOnly ? 'type ' : '') + text, isDefault: false, identity: `${name}→${local}` };
}

export function rewriteDeclaration(
  context: RewriteContext,
  plan: DeclarationPlan,
  legacyKey: string,
  approved: ReadonlyMap<string, string>,
  targets: MergeTargets,
): void {
  const { node } = plan;
  const literal = node.source!;
  const original = literal.value;
  const quote = (literal.extra?.raw as string | undefined)?.[0] ?? "'";
  if (plan.residentKey !== legacyKey && plan.residentMove && !plan.merged) replaceLiteral(context, literal, respell(context, original, plan.residentMove, plan.residentKey));

  if (plan.merged) removeDeclaration(context, node);
  // Names go to their targets first: a name's own comment leaves the list only with a name that opens a new declaration.
  const carried = new Set<Node>();
  for (const [key, entries] of plan.groups) {
    const move = entries[0].target!.move;
    const additions = entries.map((e) => ({ ...renderEntry(e, plan.side, plan.typeOnly, approved, context.plan.barrelRenames?.[context.path]), comment: ownCommentOf(context, e) }));
    const went = addToTarget(context, targets, {
      side: plan.side,
      typeOnly: plan.typeOnly,
      key,
      anchor: node,
      specifier: respell(context, original, move, key),
      quote,
      additions,
    });
    for (const [i, addition] of additions.entries()) if (went.has(addition)) carried.add(entries[i].node);
  }
  const staying = new Set(plan.staying);
  const removed = new Set(plan.entries.filter((e) => !staying.has(e)).map((e) => e.node));
  const rendered = plan.staying.map((entry) => ({ entry, addition: renderEntry(entry, plan.side, plan.typeOnly, approved, context.plan.barrelRenames?.[context.path]) }));
  const shapeFlips = !plan.merged && rendered.some(({ entry, addition }) => entry.shape !== 'namespace' && (entry.shape === 'default') !== addition.isDefault);
  if (shapeFlips) {
    regenerateClause(context, plan, rendered.map((r) => r.addition));
  } else {
    for (const { entry, addition } of rendered) {
      if (entry.shape === 'named' && context.source.slice(startOf(entry.node), endOf(entry.node)) !== addition.text) {
        addEdit(context, startOf(entry.node), endOf(entry.node), addition.text);
      }
    }
    if (removed.size > 0 && !plan.merged) removeSpecifiers(context, node.specifiers as Node[], removed, carried);
  }
}

/** The comment a named specifier owns on its line (`  name, // why`), with that line's indentation. */
function ownCommentOf(context: RewriteContext, entry: SpecifierEntry): CarriedComment | undefined {
  if (entry.node.type !== 'ImportSpecifier' && entry.node.type !== 'ExportSpecifier') return undefined;
  const start = startOf(entry.node);
  const comment = ownedComment(context.source, start, endOf(entry.node));
  return comment && { text: comment.text, indent: context.source.slice(blanksBefore(context.source, start), start) };
}

/** Rewrites everything between `import`/`export` (and `type`) and the source string. */
function regenerateClause(context: RewriteContext, plan: DeclarationPlan, additions: Addition[]): void {
  const { node } = plan;
  let from = startOf(node) + plan.side.length;
  if (plan.typeOnly) from = context.source.indexOf('type', from) + 'type'.length;
  const padded = statementStyle(context.source, startOf(node), endOf(node), "'").bracePadding;
  const parts: string[] = [];
  const defaults = additions.filter((a) => a.isDefault);
  const namespaces = additions.filter((a) => a.text.startsWith('* as '));
  const named = additions.filter((a) => !a.isDefault && !a.text.startsWith('* as '));
  // One default binding goes before the braces; any other is spelled inside them (`default as B`).
  parts.push(...defaults.slice(0, 1).map((a) => a.text), ...namespaces.map((a) => a.text));
  const inBraces = [...defaults.slice(1).map((a) => `default as ${a.text}`), ...named.map((a) => a.text)];
  if (inBraces.length > 0) parts.push(braces(inBraces, padded));
  addEdit(context, from, startOf(node.source!), ` ${parts.join(', ')} from `);
}

/**
 * Removes specifiers from a declaration's list, taking one separating comma with each, and the own
 * comments of those in `carried` (they went to a new declaration); no other comment goes.
 */
export function removeSpecifiers(context: RewriteContext, specifiers: readonly Node[], removed: ReadonlySet<Node>, carried: ReadonlySet<Node> = new Set()): void {
  const source = context.source;
  const named: Node[] = specifiers.filter((s) => s.type === 'ImportSpecifier' || s.type === 'ExportSpecifier');
  const head = specifiers.filter((s) => !named.includes(s));
  const keptNamed = named.filter((s) => !removed.has(s));
  if (named.length > 0 && keptNamed.length === 0) {
    let close = skipTrivia(source, endOf(named[named.length - 1]));
    if (source[close] === ',') close = skipTrivia(source, close + 1);
    const keptHead = head.filter((s) => !removed.has(s));
    const from = keptHead.length > 0 ? endOf(keptHead[keptHead.length - 1]) : -1;
    // `import D, { a } from`: the braces go with their names, unless a comment that stays keeps them.
    if (from >= 0 && staysComment(source, [from, ...named.flatMap((s) => [startOf(s), endOf(s)]), close], named, carried)) removeFromList(context, named, removed, carried);
    else if (from >= 0) addEdit(context, from, close + 1, '');
  } else {
    removeFromList(context, named, removed, carried);
  }
  for (const spec of head) {
    if (!removed.has(spec)) continue;
    const next = specifiers[specifiers.indexOf(spec) + 1];
    if (!next) continue;
    const to = next.type === 'ImportSpecifier' ? source.lastIndexOf('{', startOf(next)) : startOf(next);
    if (!gapHoldsComment(source, endOf(spec), to)) {
      addEdit(context, startOf(spec), to, '');
      continue;
    }
    // `import D /* why */, { a }`: the binding and its comma go, the comment stays.
    const after = skipBlanks(source, endOf(spec));
    if (source[after] === ',') addEdit(context, startOf(spec), skipBlanks(source, after + 1), '');
    else {
      addEdit(context, startOf(spec), after, '');
      const comma = commaAfter(source, endOf(spec));
      if (comma >= 0) addEdit(context, comma, comma + 1, '');
    }
  }
}

/** Whether a comment other than a carried specifier's own stands in the gaps (`bounds`: gap start, end, start, end…). */
function staysComment(source: string, bounds: readonly number[], named: readonly Node[], carried: ReadonlySet<Node>): boolean {
  const going = new Set(named.filter((s) => carried.has(s)).map((s) => ownedComment(source, startOf(s), endOf(s))?.start));
  for (let k = 0; k + 1 < bounds.length; k += 2) {
    if (gapComments(source, bounds[k], bounds[k + 1]).some((c) => !going.has(c.start))) return true;
  }
  return false;
}
