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
import type { ReferenceSite, TagName } from './references';
import { rewriteStubKeys } from './proxyquire-stubs';
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

/** Re-points a whole-module reference and flags uses of moved members it cannot follow. */
export function rewriteWholeReference(context: RewriteContext, request: SiteRequest): void {
  const { moves } = request;
  const clash = request.mocksModule && moves.whole ? context.mockClashes.get(request.node) : undefined;
  if (clash && moves.whole) {
    report(context, { node: request.node, move: moves.whole, form: request.form, kind: 'manual', reason: clash });
  } else if (moves.whole) {
    replaceLiteral(context, request.literal, respell(context, request.value, moves.whole));
    report(context, { node: request.node, move: moves.whole, form: request.form, kind: 'rewritten' });
  }
  flagMovedMembers(context, request);
}

function flagMovedMembers(context: RewriteContext, request: SiteRequest): void {
  const names = [...request.moves.symbols.keys()];
  if (names.length === 0) return;
  const scope = textOf(context, request.form === 'jest-mock' ? request.node : request.statement);
  const mentioned = request.boundTo
    ? names.filter((n) => new RegExp(`\\b${escapeRegExp(request.boundTo!)}\\s*\\??\\.\\s*${escapeRegExp(n)}\\b`).test(context.source))
    : names.filter((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(scope));
  for (const name of mentioned) {
    const move = request.moves.symbols.get(name)!;
    // Renamed in place (`m:logger` → `m:log`): the mock of m still provides it, under the new key.
    if (request.mocksModule && move.fromKey === move.toKey && move.to.symbol && request.node.type === 'CallExpression' && renameFactoryKey(context, request.node, name, move.to.symbol)) {
      report(context, { node: request.node, move, form: request.form, kind: 'rewritten' });
      continue;
    }
    const reason =
      move.fromKey === move.toKey && move.to.symbol
        ? `${name} is renamed ${move.to.symbol} in ${move.to.module}, but this ${request.form} spells ${name} where the rename cannot follow (only the keys of the object a mock's factory returns are renamed); rename it there by hand`
        : `${name} moved to ${move.to.module}, but this ${request.form} uses the module as a whole; point the ${name} use at ${move.to.module} by hand`;
    report(context, { node: request.node, move, form: request.form, kind: 'manual', reason });
  }
  if (request.mocksModule) flagUncoveredImports(context, request, names.filter((n) => !mentioned.includes(n)));
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
  const before = context.edits.length;
  rewriteWholeReference(context, request);
  // proxyquire's stubs are keyed by the moved module's own specifiers: they follow it to its new place.
  if (site.form === 'proxyquire' && moves.whole && context.edits.length > before) rewriteStubKeys(context, site.node, moves.whole);
}

/** `typeof import('legacy').A` (and its JSDoc twin, jsdoc-sites.ts): follows A's move (string and qualifier), else the module's. */
export function rewriteImportType(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'type' }>, moves: ModuleMoves): void {
  if (site.names?.some((n) => moves.symbols.has(n.imported.name))) return rewriteImportTag(context, site, site.names, moves);
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
 * A JSDoc `@import { A, B as C } from 'legacy'` some of whose names moved: re-pointed, with the moved
 * names renamed (`{ New as A }`, keeping what the comments call it), when all of them now live in
 * one module; names split between modules are left for a human, as no second tag is written.
 */
function rewriteImportTag(context: RewriteContext, site: Extract<ReferenceSite, { kind: 'type' }>, names: readonly TagName[], moves: ModuleMoves): void {
  const legacyKey = keyOf(context, site.value);
  const targets = names.map((n) => ({ n, target: targetOf(moves, n.imported.name) }));
  const keys = new Set(targets.map((t) => t.target?.key ?? legacyKey));
  const moved = [...new Set(targets.flatMap((t) => (t.target ? [t.target.move] : [])))];
  if (keys.size > 1) {
    const where = targets.map((t) => `${t.n.imported.name} from ${t.target?.move.to.module ?? site.value}`).join(', ');
    for (const move of moved) report(context, { node: site.node, move, form: site.form, kind: 'manual', reason: `the names of this @import now come from different modules (${where}); write one @import per module by hand` });
    return;
  }
  const [key] = keys;
  if (key !== legacyKey) replaceLiteral(context, site.literal, respell(context, site.value, moved[0], key));
  for (const { n, target } of targets) {
    if (!target || target.name === n.imported.name) continue;
    addEdit(context, startOf(n.imported), endOf(n.imported), n.local ? target.name : `${target.name} as ${n.imported.name}`);
  }
  for (const move of moved) report(context, { node: site.node, move, form: site.form, kind: 'rewritten' });
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

