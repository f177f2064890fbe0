// Rewrites module strings in calls (require, require.resolve, import(), jest/vi mock helpers),
// TS `import x = require()` and `typeof import()` types: whole-module moves re-point the string;
// symbol moves re-point `require().A` (destructured and namespace requires: require-bindings.ts);
// opaque uses become manual.
import type { Node } from '@babel/types';
import type { ReferenceForm } from '../../types';
import { escapeRegExp } from '../escape-regexp';
import { addEdit, keyOf, replaceLiteral, report, respell, textOf, type RewriteContext } from './context';
import { missingRequiredName, reportMissingName } from './missing-names';
import { mocksModule } from './mock-clashes';
import { renameFactoryKey } from './mock-factory';
import { targetOf, type ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';
import { rewriteStubKeys } from './proxyquire-stubs';
import { dynamicImportUses, type MemberUse } from './dynamic-import-uses';
import { retargetByUses } from './used-names';
import { EXTENSION } from './specifier';
import { rewriteDestructuring, rewriteRequireNamespace } from './require-bindings';
import { endOf, startOf } from './walk';

type CallSite = Extract<ReferenceSite, { kind: 'call' }>;

export interface SiteRequest {
  /** The node findings point at. */
  node: Node;
  literal: Node;
  value: string;
  form: ReferenceForm;
  statement: Node;
  moves: ModuleMoves;
  /** A binding the module object is assigned to (`const U = require('m')`, `import U = require('m')`). */
  boundTo?: string;
  /** `jest.mock('m')` / `vi.doMock('m')` and the like: replaces the module for the whole test file. */
  mocksModule?: boolean;
}

/** A member use under the target's name: `m.New`, `m['New']`, `{ New: Old }` (the local keeps its name), `{ New: o }`. */
function renameUse(context: RewriteContext, use: MemberUse, to: string): void {
  const [start, end] = [startOf(use.node), endOf(use.node)];
  if (use.spelling === 'string') addEdit(context, start + 1, end - 1, to);
  else addEdit(context, start, end, use.spelling === 'shorthand' ? `${to}: ${use.name}` : to);
}

/** Re-points a whole-module reference and flags uses of moved members it cannot follow (unless the caller knows its uses: `flagMembers: false`). */
export function rewriteWholeReference(context: RewriteContext, request: SiteRequest, options: { flagMembers: boolean } = { flagMembers: true }): void {
  const { moves } = request;
  const clash = request.mocksModule && moves.whole ? context.mockClashes.get(request.node) : undefined;
  if (clash && moves.whole) {
    report(context, { node: request.node, move: moves.whole, form: request.form, kind: 'manual', reason: clash });
  } else if (moves.whole) {
    replaceLiteral(context, request.literal, respell(context, request.value, moves.whole));
    report(context, { node: request.node, move: moves.whole, form: request.form, kind: 'rewritten' });
  }
  // The module the reference names once rewritten: a member that moved within it is still there.
  const residentKey = moves.whole && !clash ? moves.whole.toKey : keyOf(context, request.value);
  if (options.flagMembers) flagMovedMembers(context, request, residentKey);
}

function flagMovedMembers(context: RewriteContext, request: SiteRequest, residentKey: string): void {
  const names = [...request.moves.symbols.keys()];
  if (names.length === 0) return;
  const scope = textOf(context, request.form === 'jest-mock' ? request.node : request.statement);
  const mentioned = request.boundTo
    ? names.filter((n) => new RegExp(`\\b${escapeRegExp(request.boundTo!)}\\s*\\??\\.\\s*${escapeRegExp(n)}\\b`).test(context.source))
    : names.filter((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(scope));
  for (const name of mentioned) {
    const move = request.moves.symbols.get(name)!;
    // Renamed within the module the reference names now (`m:logger` → `m:log`, or `legacy` → `m`
    // with `m:logger` → `m:log` chained): a mock of it still provides the name, under the new key.
    const renamed = move.toKey === residentKey ? (move.to.symbol ?? name) : undefined;
    if (renamed === name) continue;
    if (renamed !== undefined && request.mocksModule && request.node.type === 'CallExpression' && renameFactoryKey(context, request.node, name, renamed)) {
      report(context, { node: request.node, move, form: request.form, kind: 'rewritten' });
      continue;
    }
    const reason =
      renamed === undefined ? `${name} moved to ${move.to.module}, but this ${request.form} uses the module as a whole; point the ${name} use at ${move.to.module} by hand`
      : request.mocksModule ? `${name} is renamed ${renamed} in ${move.to.module}, but this ${request.form} spells ${name} where the rename cannot follow (only the keys of the object a mock's factory returns are renamed); rename it there by hand`
      : request.boundTo ? `${name} is renamed ${renamed} in ${move.to.module}, but ${request.boundTo}.${name} reads it from the module object this ${request.form} binds, whose uses are not followed here; rename them by hand`
      : `${name} is renamed ${renamed} in ${move.to.module}, but this ${request.form} spells ${name} where the rename cannot follow; rename it there by hand`;
    report(context, { node: request.node, move, form: request.form, kind: 'manual', reason });
  }
  if (request.mocksModule) flagUncoveredImports(context, request, names.filter((n) => !mentioned.includes(n) && request.moves.symbols.get(n)!.toKey !== residentKey));
}

/** Imports of a moved symbol were just re-pointed: a mock of the legacy module no longer covers them. */
function flagUncoveredImports(context: RewriteContext, request: SiteRequest, names: string[]): void {
  for (const name of names) {
    const move = request.moves.symbols.get(name)!;
    if (!context.findings.some((f) => f.kind === 'rewritten' && f.move === move.id && f.form !== 'jest-mock')) continue;
    const reason = `this file's ${name} now comes from ${move.to.module}, which this mock of ${move.from.module} does not cover; mock ${move.to.module} too`;
    report(context, { node: request.node, move, form: request.form, kind: 'manual', reason });
  }
}

export function rewriteCall(context: RewriteContext, program: Node, site: CallSite, moves: ModuleMoves): void {
  const { parent, grandparent } = site.context;
  const request: SiteRequest = { node: site.node, literal: site.literal, value: site.value, form: site.form, statement: site.statement, moves };
  request.mocksModule = mocksModule(site.node);
  const missing = site.form === 'require' && moves.whole ? missingRequiredName(context, parent, site.node, moves) : undefined;
  if (missing !== undefined && moves.whole) return reportMissingName(context, site.node, [moves.whole], missing);
  // `const { A } = require('m')` and `const { A } = await import('m')`: each name follows its move.
  const binding = site.context.binding;
  if ((site.form === 'require' || site.form === 'dynamic-import') && binding?.declarator.id.type === 'ObjectPattern' && moves.symbols.size > 0) {
    return rewriteDestructuring(context, program, site, moves, binding);
  }
  if (site.form === 'require' && parent?.type === 'VariableDeclarator' && parent.init === site.node) {
    if (parent.id.type === 'Identifier' && moves.symbols.size > 0 && rewriteRequireNamespace(context, program, site, moves, grandparent)) return;
    if (parent.id.type === 'Identifier') request.boundTo = parent.id.name;
  }
  // proxyquire's module object is not rewritten member by member, but a moved member's use is flagged.
  if (site.form === 'proxyquire' && parent?.type === 'VariableDeclarator' && parent.init === site.node && parent.id.type === 'Identifier') request.boundTo = parent.id.name;
  if (site.form === 'require' && parent?.type === 'MemberExpression' && parent.object === site.node && !parent.computed && parent.property.type === 'Identifier') {
    const target = targetOf(moves, parent.property.name);
    if (target && moves.symbols.has(parent.property.name)) {
      replaceLiteral(context, site.literal, respell(context, site.value, target.move, target.key));
      if (target.name !== parent.property.name) addEdit(context, startOf(parent.property), endOf(parent.property), target.name);
      report(context, { node: site.node, move: target.move, form: site.form, kind: 'rewritten' });
      return;
    }
  }
  // `import('m').then((m) => m.A)`, `(await import('m')).A`, `const m = await import('m')` and the names
  // that carry the module or its promise on: the members used decide where it points.
  const found = site.form === 'dynamic-import' && moves.symbols.size > 0 ? dynamicImportUses(site.node, program, context.source) : undefined;
  // A loader reading `default` (React.lazy) escapes only when `default` itself moved.
  const escape = found && ('escape' in found ? found.escape : found.readsDefault && moves.symbols.has('default') ? found.readsDefault : undefined);
  if (found && escape) {
    // Used other than as `m.<member>`, as a namespace that escapes: its moved members cannot be followed.
    const line = escape.loc?.start.line;
    const reason = `the module object this dynamic-import loads is used other than as <object>.<member>${line !== undefined ? ` (line ${line})` : ''}, and members of this module moved (${[...moves.symbols.keys()].join(', ')}); point their uses at their new modules by hand`;
    for (const move of moves.symbols.values()) report(context, { node: site.node, move, form: site.form, kind: 'manual', reason });
    return rewriteWholeReference(context, request, { flagMembers: false });
  }
  if (found && 'uses' in found) {
    if (retargetByUses(context, site, found.uses.map((u) => ({ name: u.name, rename: (to) => renameUse(context, u, to) })), moves)) return;
    return rewriteWholeReference(context, request, { flagMembers: false });
  }
  const before = context.edits.length;
  rewriteWholeReference(context, request);
  // proxyquire's stubs are keyed by the moved module's own specifiers: they follow it to its new place.
  if (site.form === 'proxyquire' && moves.whole && context.edits.length > before) rewriteStubKeys(context, site.node, moves.whole);
}

/** `typeof import('legacy').A` (and its JSDoc twin, jsdoc-sites.ts): follows A's move (string and qualifier), else the module's. */
export function rewriteImportType(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'type' }>, moves: ModuleMoves): void {
  // `@import { A, B as C } from 'legacy'`: a moved name is renamed `{ New as A }`, keeping what the comments call it.
  const tagUses = site.names?.map((n) => ({ name: n.imported.name, rename: (to: string) => addEdit(context, startOf(n.imported), endOf(n.imported), n.local ? to : `${to} as ${n.imported.name}`) }));
  if (tagUses && retargetByUses(context, site, tagUses, moves)) return;
  let head = site.qualifier;
  while (head?.type === 'TSQualifiedName') head = head.left;
  const name = head?.type === 'Identifier' ? head.name : undefined;
  const target = name !== undefined && moves.symbols.has(name) ? targetOf(moves, name) : undefined;
  if (target && head) {
    replaceLiteral(context, site.literal, respell(context, site.value, target.move, target.key));
    if (target.name !== name) addEdit(context, startOf(head), endOf(head), target.name);
    report(context, { node: site.node, move: target.move, form: site.form, kind: 'rewritten' });
    return;
  }
  rewriteWholeReference(context, { node: site.node, literal: site.literal, value: site.value, form: site.form, statement: site.statement, moves });
}

/**
 * `new URL('./legacy.ts', import.meta.url)` (a worker, a bundler asset): the file moved, so the URL
 * follows it, spelled with the target file's own extension, since a URL names the file itself.
 */
export function rewriteUrl(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'url' }>, moves: ModuleMoves): void {
  const whole = moves.whole;
  if (!whole) return;
  const own = EXTENSION.exec(whole.to.module)?.[0];
  const spelled = respell(context, site.value, whole);
  replaceLiteral(context, site.literal, own && EXTENSION.test(spelled) ? spelled.replace(EXTENSION, own) : spelled);
  report(context, { node: site.node, move: whole, form: site.form, kind: 'rewritten' });
}

