// Members of a module bound as one name (`import legacy as m`, `import mock`, `from pkg import m`:
// from-import-namespaces.ts) whose symbol moved: kept in the module `m` ends up naming → `m.New`;
// moved to another module → `from target import New` is added (or an existing import of it reused)
// and `m.Moved` becomes the bare local name the shared policy decides. Uses of `m` as a value are
// left and reported; an import nothing uses any more goes.
import type { Move } from '../../types';
import type { RewriteContext } from './context';
import { addFinding, ignoreReason, importCycle, isIgnored } from './context';
import type { ImportItem, ImportStatement } from './import-statements';
import { decideMemberLocals, rememberMemberImport, type MemberGroup } from './member-locals';
import type { NameScan } from './name-uses';
import { namespaceUses, type NamespaceUses } from './namespace-uses';
import { appendLines, replaceItem } from './plain-item-splice';
import { namespaceState } from './namespace-state';
import { importsOfTarget } from './target-imports';
import { additionHost, mergeInto } from './from-import-edits';
import { spellFrom } from './module-path';
import { fromImportText } from './import-line-width';
import { SyntaxUnsure } from '../syntax-unsure';
import { namedByStringReason } from '../named-by-string';

export interface NamespaceImport {
  stmt: ImportStatement;
  item: ImportItem;
  /** The name the import binds, and where that binding is spelled. */
  local: string;
  bindingStart: number;
  /** The module whose symbol moves apply (the imported one), and the one `local` names afterwards. */
  legacy: string;
  after: string;
  /** How the import is written when it stays: an edit of the item in place, or statements of their own
   * (`from unittest import mock`; left out when the block imports it so already) replacing the item.
   * Undefined: the item stays as written. */
  stay?: { start: number; end: number; text: string } | { line: string; already: boolean };
  /** Where the statement is not a plain import (`from pkg import m`, from-import-namespaces.ts): its
   * owner places the `from target import New` lines and takes out an import nothing uses any more. */
  settle?: (added: readonly string[], unused: boolean) => void;
}

/**
 * Rewrites the members and the import. When a later `from … import` of the file binds one of the
 * moved members' targets too, this waits for the import pass to have decided that statement (its
 * local name is then reused: one binding is never imported twice): finishNamespaces runs it.
 */
export function rewriteNamespace(ctx: RewriteContext, names: NameScan, ns: NamespaceImport): void {
  const moves = ctx.index.symbolMovesOf(ns.legacy).filter((m) => m.to.module !== ns.after || (m.to.symbol ?? m.from.symbol) !== m.from.symbol);
  if (awaitsLaterImport(ctx, ns, moves)) namespaceState(ctx).deferred.push(() => rewriteNow(ctx, names, ns, moves));
  else rewriteNow(ctx, names, ns, moves);
}

/** The import pass's last step: the namespaces that waited for a later from-import. */
export function finishNamespaces(ctx: RewriteContext): void {
  const waiting = ctx.namespaces?.deferred ?? [];
  for (const run of waiting.splice(0)) run();
}

function awaitsLaterImport(ctx: RewriteContext, ns: NamespaceImport, moves: readonly Move[]): boolean {
  for (const m of moves) {
    if (m.to.module === ns.after) continue;
    const later = importsOfTarget(ctx, m.to.module, m.to.symbol ?? m.from.symbol!).some((t) => t.moved && t.stmt.start > ns.stmt.start);
    if (later) return !(ctx.scopes.view() instanceof SyntaxUnsure);
  }
  return false;
}

function rewriteNow(ctx: RewriteContext, names: NameScan, ns: NamespaceImport, moves: readonly Move[]): void {
  const { stmt, item, local } = ns;
  const uses = namespaceUses(ctx, names, local, ns.bindingStart);
  const statementIgnored = isIgnored(ctx, stmt.start, stmt.end);
  const groups = new Map<string, MemberGroup>();
  for (const use of uses.members) {
    const move = moves.find((m) => m.from.symbol === use.attr);
    if (!move || ctx.handledUses.has(use.start)) continue;
    ctx.handledUses.set(use.start, false);
    const text = `${local}.${use.attr}`;
    const name = move.to.symbol ?? use.attr;
    if (statementIgnored || isIgnored(ctx, use.start, use.attrEnd)) {
      addFinding(ctx, { offset: use.start, move, form: 'attribute', kind: 'ignored', text, reason: ignoreReason(ctx) });
    } else if (move.to.module === ns.after) {
      ctx.edits.push({ start: use.attrStart, end: use.attrEnd, text: name });
      addFinding(ctx, { offset: use.start, move, form: 'attribute', kind: 'rewritten', text });
    } else if (use.quoted) {
      addFinding(ctx, { offset: use.start, move, form: 'attribute', kind: 'manual', text, reason: namedByStringReason(local, use.attr, move.to.module) });
    } else {
      const key = `${move.to.module}\0${name}`;
      const g = groups.get(key) ?? { move, attr: use.attr, module: move.to.module, name, uses: [] };
      g.uses.push(use);
      groups.set(key, g);
    }
  }
  const open: MemberGroup[] = [];
  for (const g of groups.values()) {
    const why = blocked(ctx, ns.local, uses, g) ?? patchedHere(ctx, ns, uses, g);
    if (why !== undefined) manual(ctx, local, g, why);
    else open.push(g);
  }
  const spelled = open.length > 0 && uses.view ? spellMembers(ctx, local, uses, open, stmt.lineEnd) : { lines: new Map<string, string[]>(), bare: 0 };
  if (!statementIgnored) reportEscapes(ctx, local, uses, moves);
  const added = memberImportLines(ctx, stmt, spelled.lines);
  // A package's __init__ provides what it binds (`from pkg import m` elsewhere): its imports stay.
  const unused = uses.scoped && !statementIgnored && uses.rebound.length === 0 && uses.escapes.length === 0 && spelled.bare > 0 && spelled.bare === uses.members.length && !/(^|\/)__init__\.pyi?$/.test(ctx.path);
  if (ns.settle) return ns.settle(added, unused);
  if (unused && replaceItem(ctx, stmt, item, added)) return;
  if (ns.stay && 'line' in ns.stay) {
    // a block left without a statement keeps the import, even if it repeats one
    if (!replaceItem(ctx, stmt, item, [...(ns.stay.already ? [] : [ns.stay.line]), ...added])) replaceItem(ctx, stmt, item, [ns.stay.line]);
  }
  else {
    if (ns.stay) ctx.edits.push({ start: ns.stay.start, end: ns.stay.end, text: ns.stay.text });
    appendLines(ctx, stmt, added);
  }
}

/** Why a group's uses cannot become a bare name, if they cannot (`local`: the name the module is bound to). */
function blocked(ctx: RewriteContext, local: string, uses: NamespaceUses, g: MemberGroup): string | undefined {
  if (!uses.scoped) return 'the parser cannot decide this file\'s scopes';
  if (uses.rebound.length > 0) return `\`${local}\`, which names the module, is bound more than once${uses.rebound[0] >= 0 ? ` (line ${ctx.lines.position(uses.rebound[0]).line})` : ''}`;
  return importCycle(ctx, g.module);
}

/**
 * Why the uses must keep reading the member through the module: a patch of it in this file
 * (`patch.object(m, "X")`, `monkeypatch.setattr(m, "X", …)`, `patch("pkg.m.X")`) replaces the
 * module's attribute, which `m.X` reads when it runs; a bare `X` bound at import never sees it.
 */
function patchedHere(ctx: RewriteContext, ns: NamespaceImport, uses: NamespaceUses, g: MemberGroup): string | undefined {
  const quoted = uses.members.find((u) => u.quoted && u.attr === g.attr);
  // As written, or as the string pass re-points it (a second run must decide alike).
  const spelled = quoted?.start ?? stringTarget(ctx.text, `${ns.legacy}.${g.attr}`) ?? stringTarget(ctx.text, `${g.module}.${g.name}`);
  if (spelled === undefined) return undefined;
  return `this file names ${g.attr} of the module by a string too (line ${ctx.lines.position(spelled).line}: a patch or lookup there acts on the module's attribute), which a bare name bound at import would escape`;
}

/** Where a string spelling exactly `dotted` starts, if one does. */
function stringTarget(text: string, dotted: string): number | undefined {
  if (!text.includes(dotted)) return undefined;
  return new RegExp(`(['"])${dotted.replace(/\./g, '\\.')}\\1`).exec(text)?.index;
}

/**
 * Decides local names and edits the uses; returns the names to import per module (`New`, `New as
 * Moved`), added at `addedAt` (the statement's end), and how many uses became bare names.
 */
function spellMembers(ctx: RewriteContext, local: string, uses: NamespaceUses, groups: MemberGroup[], addedAt: number): { lines: Map<string, string[]>; bare: number } {
  const scope = uses.bindingScope;
  const lines = new Map<string, string[]>();
  let bare = 0;
  decideMemberLocals(ctx, uses.view!, scope, groups).forEach(({ decision, manual: why }, i) => {
    const g = groups[i];
    if (why !== undefined) return manual(ctx, local, g, `${g.name === g.attr ? `${g.name} is not` : `neither ${g.name} nor ${g.attr} is`} free: ${why}`);
    const note = decision.action === 'keep' || decision.action === 'rename' ? decision.note : undefined;
    for (const use of g.uses) {
      ctx.edits.push({ start: use.start, end: use.attrEnd, text: decision.local });
      ctx.handledUses.set(use.start, true);
      bare++;
      addFinding(ctx, { offset: use.start, move: g.move, form: 'attribute', kind: 'rewritten', text: `${local}.${use.attr}`, reason: note });
    }
    if (decision.action === 'reuse' || decision.action === 'drop') return;
    rememberMemberImport(ctx, scope, g.module, g.name, decision.local, addedAt);
    const list = lines.get(g.module) ?? [];
    list.push(decision.local === g.name ? g.name : `${g.name} as ${decision.local}`);
    lines.set(g.module, list);
  });
  return { lines, bare };
}

function manual(ctx: RewriteContext, local: string, g: MemberGroup, why: string): void {
  for (const use of g.uses) {
    addFinding(ctx, { offset: use.start, move: g.move, form: 'attribute', kind: 'manual', text: `${local}.${use.attr}`, reason: `${g.attr} moved to ${g.module} and ${why}; rewrite \`${local}.${use.attr}\` by hand` });
  }
}

/**
 * The statements importing the members' new names: merged into the block's import of that module
 * (from-import-edits.ts additionHost, as a from-import's split names are), else one per module after
 * the statement, spelled relative when the statement is (`from . import exc` → `from .rank import best`).
 */
function memberImportLines(ctx: RewriteContext, stmt: ImportStatement, lines: ReadonlyMap<string, string[]>): string[] {
  const additions = namespaceState(ctx).additions;
  const out: string[] = [];
  for (const [module, names] of lines) {
    const host = additions && additionHost(additions, stmt, module);
    if (host) {
      mergeInto(additions, host, names.map((n) => ({ text: n, local: n.split(' as ').pop()! })));
      continue;
    }
    const spelled = spellFrom(ctx.file?.package ?? [], module, stmt.level > 0 && ctx.file !== undefined);
    out.push(fromImportText(ctx, stmt.indent, `from ${'.'.repeat(spelled.level)}${spelled.module} import `, names));
  }
  return out;
}

/** Each use of the module as a value, once per moved member: the member may be reached through it. */
function reportEscapes(ctx: RewriteContext, local: string, uses: NamespaceUses, moves: readonly Move[]): void {
  if (moves.length === 0) return;
  const list = moves.map((m) => `${m.from.symbol} → ${m.to.module}.${m.to.symbol ?? m.from.symbol}`).join(', ');
  for (const e of uses.escapes) {
    // Another attribute set on the module (networkx's `utils.config = …`) leaves the moved ones be; it still keeps the import.
    if (e.stored !== undefined && !moves.some((m) => m.from.symbol === e.stored)) continue;
    if (ctx.handledUses.has(e.start) || isIgnored(ctx, e.start, e.end)) continue;
    ctx.handledUses.set(e.start, false);
    for (const move of moves) {
      addFinding(ctx, { offset: e.start, move, form: 'attribute', kind: 'manual', text: ctx.text.slice(e.start, e.end), reason: `${e.why}, and members of its module moved (${list}); check this use by hand` });
    }
  }
}
