// The JS/TS rewrite of one file: one parse, one walk to find module strings, a quick exit when
// none names a legacy module, then planning (declarations, renames, namespaces) and edits.
// Pure: text in, RewriteOutcome out; every byte outside an edit is kept.
import type { File, ImportDeclaration, Node } from '@babel/types';
import type { Finding, Move, RewriteOutcome } from '../../types';
import { applyEdits, effectiveEdits } from '../edits';
import type { RewriteInput } from '../language';
import { createLineIndex } from '../line-index';
import { loadCycleReason, SELF_IMPORT_REASON } from '../import-cycle-reason';
import { missingNameReason } from '../missing-name-reason';
import { rewriteAmbient } from './ambient-sites';
import { rewriteCall, rewriteImportType, rewriteUrl, rewriteWholeReference } from './call-sites';
import { reportComputed } from './computed-sites';
import { reportGlob } from './glob-sites';
import { createContext, keyOf, report, type RewriteContext } from './context';
import { rewriteDeclaration } from './declaration-edits';
import { planDeclaration, type CanMerge, type DeclarationNode, type DeclarationPlan } from './declaration-plan';
import { readIgnoreRules, type IgnoreRules } from './ignore-comments';
import { collectMergeTargets, flushTargets, hasExisting } from './merge-targets';
import { stripModuleSuffix, withoutQuery } from './module-key';
import { reportMentions } from './mentions';
import { rewriteMockKey } from './rewiremock-sites';
import { missingCanonicalName, reportMissingName } from './missing-names';
import { mockClashes } from './mock-clashes';
import { indexMoves, type ModuleMoves } from './move-index';
import { rewriteNamespaceMembers } from './namespace-members';
import { addNamespaceImports, namespaceMemberLocal } from './namespace-imports';
import { parseSource } from './parse';
import { collectJsdocSites } from './jsdoc-sites';
import { collectReferenceSites, type ReferenceSite } from './references';
import { collectTripleSlashSites, rewriteReferenceDirective } from './triple-slash-sites';
import { decideRenames, emitRenameEdits, renamesNeeded } from './renames';
import { reportStar } from './star-reexports';
import { keptStarInstead } from './star-duplicates';
import { removeStatement } from './remove-statement';
import { movesThroughModuleObject } from './module-object-moves';
import { rewriteImportEqualsMembers } from './require-bindings';
import { selfImports, type SelfDrop } from './self-imports';

interface Matched {
  site: Exclude<ReferenceSite, { kind: 'computed' | 'glob' }>;
  key: string;
  moves: ModuleMoves;
  /** The specifier asks a bundler for a product of the file (`?worker`, `?raw`): only a whole-module move applies. */
  asset?: boolean;
  /** Specifiers of the canonical module's own import that go, its uses reading the definition (self-imports.ts); set by closesImportCycle. */
  selfDrops?: SelfDrop[];
}

export function rewriteJavaScript(input: RewriteInput): RewriteOutcome {
  const { source, path } = input;
  const file = parseSource(source, path);
  const shared = input.plan.javascript;
  if (!shared || shared.moves.length === 0) return { code: source, edits: [], findings: [] };
  // A moved file also re-points the relative specifiers it carried from its old place (JavascriptPlan.relocated).
  const carried = shared.relocated?.[path];
  const plan = carried ? { ...shared, moves: [...shared.moves, ...carried] } : shared;
  const context = createContext(source, path, plan, indexMoves(plan), createLineIndex(source));
  const sites = [...collectReferenceSites(file.program, source), ...collectJsdocSites(file, path), ...collectTripleSlashSites(file)];
  const ignore = readIgnoreRules(file, source, context.lines);
  context.ignore = ignore;
  const matched: Matched[] = [];
  // Calls reported as computed or glob sites: their strings are that finding, not mentions besides it.
  const reported = new Set<Node>();
  for (const site of sites) {
    if (site.kind === 'computed' || site.kind === 'glob') {
      if (site.kind === 'computed' ? reportComputed(context, site) : reportGlob(context, site)) reported.add(site.node);
      continue;
    }
    const key = keyOf(context, site.value);
    const moves = context.moves.get(key);
    // `./worker.ts?worker`, `./shader.glsl?raw`: a bundler's product of the file, not its exports, so
    // only the file's own move applies and the names bound are none of the module's.
    // A triple-slash directive names a file or type package, not its exports: likewise.
    const asset = moves !== undefined && (withoutQuery(site.value) !== site.value || site.kind === 'reference-directive');
    if (moves) matched.push(asset ? { site, key, moves: { ...moves, symbols: new Map() }, asset } : { site, key, moves });
  }
  reportMentions(context, file, sites, reported, input.options?.rewriteComments === true);
  if (matched.length === 0) return judged(finish(context), ignore, input);

  const active = matched.filter((m) => {
    if (!ignore.wholeFile && !ignore.ignores(m.site.statement, m.site.node)) return true;
    for (const move of movesOf(m)) report(context, { node: m.site.node, move, form: m.site.form, kind: 'ignored', reason: ignore.wholeFile ? 'ssot-codemod-ignore-file comment' : 'ssot-codemod-ignore comment' });
    return false;
  });
  context.mockClashes = mockClashes(context, sites);
  // A declaration whose names all read their definitions here takes none from the target: nothing there can lack them.
  const kept = active.filter((m) => !lacksModule(context, m) && !loadsDirectory(context, m) && !closesImportCycle(context, file.program, m));
  rewriteMatched(context, file, kept.filter((m) => m.asset || m.selfDrops !== undefined || !lacksCanonicalName(context, m)));
  return judged(finish(context), ignore, input);
}

/** With RewriteOptions.reportUnusedIgnores, the outcome says which ignore comments opted nothing out. */
function judged(outcome: RewriteOutcome, ignore: IgnoreRules, input: RewriteInput): RewriteOutcome {
  if (input.options?.reportUnusedIgnores) outcome.unusedIgnores = ignore.unused(outcome.findings.some((f) => f.kind === 'ignored'));
  return outcome;
}

/**
 * What the rewritten import declarations bind: `type|value` + target key + exported name → final local.
 * Namespace members reuse these, so a first pass writes what a second pass (seeing them) would.
 */
function boundByDeclarations(plans: readonly DeclarationPlan[], approved: ReadonlyMap<string, string>): Map<string, string> {
  const bound = new Map<string, string>();
  for (const plan of plans) {
    if (plan.side !== 'import') continue;
    for (const entry of plan.entries) {
      if (entry.shape === 'namespace' || !entry.target) continue;
      const id = boundKey(plan.typeOnly || entry.inlineType, entry.target.key, entry.target.name);
      if (!bound.has(id)) bound.set(id, approved.get(entry.local) ?? entry.local);
    }
  }
  return bound;
}

const boundKey = (typeOnly: boolean, key: string, name: string) => `${typeOnly ? 'type' : 'value'}|${key}|${name}`;

function rewriteMatched(context: RewriteContext, file: File, active: Matched[]): void {
  const targets = collectMergeTargets(context, file.program.body as Node[]);
  const canMerge: CanMerge = (key, side, typeOnly, addsDefault) => hasExisting(targets, key, side, typeOnly, addsDefault);
  const declarations: { plan: DeclarationPlan; key: string; moves: ModuleMoves }[] = [];
  const selfDrops = active.flatMap((m) => m.selfDrops ?? []);
  const selfDropped = new Set(selfDrops.map((d) => d.node));
  const namespaces: { node: ImportDeclaration; local: string; moves: ModuleMoves; residentKey: string }[] = [];
  for (const m of active) {
    const node = m.site.node;
    if (m.site.kind !== 'declaration' || (node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration')) continue;
    const plan = planDeclaration(node as DeclarationNode, m.key, m.moves, canMerge, selfDropped);
    declarations.push({ plan, key: m.key, moves: m.moves });
    for (const entry of plan.entries) {
      if (entry.shape === 'namespace' && m.moves.symbols.size > 0 && node.type === 'ImportDeclaration') namespaces.push({ node, local: entry.local, moves: m.moves, residentKey: plan.residentKey });
    }
  }
  // The specifiers that read their definitions here import nothing: the rename policy does not see them.
  const imported = declarations.map((d) => (selfDropped.size === 0 ? d.plan : { ...d.plan, entries: d.plan.entries.filter((e) => !selfDropped.has(e.node)) }));
  const decisions =
    namespaces.length > 0 || renamesNeeded(imported, targets)
      ? decideRenames(file.program, imported, targets, namespaces.map((n) => n.local), context.source)
      : { approved: new Map<string, string>(), usage: new Map(), dropped: new Set<Node>(), notes: new Map<Node, string>() };
  for (const [from, to] of decisions.approved) emitRenameEdits(context, decisions.usage.get(from)!, from, to);
  for (const drop of selfDrops) {
    if (drop.rename) emitRenameEdits(context, drop.rename.usage, drop.rename.from, drop.rename.to);
    decisions.notes.set(drop.node, drop.note);
  }
  for (const d of declarations) {
    if (d.plan.entries.some((e) => decisions.dropped.has(e.node))) d.plan = planDeclaration(d.plan.node, d.key, d.moves, canMerge, new Set([...decisions.dropped, ...selfDropped]));
  }

  for (const { plan, key } of declarations) {
    rewriteDeclaration(context, plan, key, decisions.approved, targets);
    const form = plan.node.type === 'ImportDeclaration' ? (plan.typeOnly ? 'type-import' : 'import') : 're-export';
    for (const move of plan.moves) report(context, { node: plan.node, move, form, kind: 'rewritten', reason: notesOf(plan, move, decisions.notes) });
    if (plan.node.type === 'ExportNamedDeclaration' && plan.entries.some((e) => e.shape === 'namespace')) reportStar(context, file.program.body as Node[], plan.node, key);
  }
  const claimed = new Set(decisions.approved.values());
  const bound = boundByDeclarations(declarations.map((d) => d.plan), decisions.approved);
  for (const ns of namespaces) {
    const typeOnly = ns.node.importKind === 'type';
    const { additions, moved, emptied } = rewriteNamespaceMembers(context, file.program, {
      node: ns.node,
      local: ns.local,
      moves: ns.moves,
      residentKey: ns.residentKey,
      usage: decisions.usage.get(ns.local),
      claimed,
      existingLocal: namespaceMemberLocal(targets, (t, key, name) => bound.get(boundKey(t, key, name)), typeOnly),
    });
    if (emptied && ns.node.specifiers.length === 1) targets.vacated.add(ns.node);
    addNamespaceImports(context, targets, ns.node, additions);
    for (const move of moved) report(context, { node: ns.node, move, form: typeOnly ? 'type-import' : 'import', kind: 'rewritten' });
  }
  const repointedStars = new Set(active.filter((m) => m.site.node.type === 'ExportAllDeclaration' && m.moves.whole).map((m) => m.site.node));
  for (const { site, key, moves } of active) {
    if (site.kind === 'call') rewriteCall(context, file.program, site, moves);
    else if (site.kind === 'type') rewriteImportType(context, site, moves);
    else if (site.kind === 'url') rewriteUrl(context, site, moves);
    else if (site.kind === 'mock-key') rewriteMockKey(context, site, moves);
    else if (site.kind === 'reference-directive') rewriteReferenceDirective(context, site, moves);
    else if (site.node.type === 'ExportAllDeclaration') {
      const kept = moves.whole ? keptStarInstead(context, file.program.body as Node[], site.node, repointedStars) : undefined;
      if (kept && moves.whole) {
        removeStatement(context, site.node);
        const reason = `dropped: line ${kept.loc?.start.line} already re-exports everything from ${moves.whole.to.module}`;
        report(context, { node: site.node, move: moves.whole, form: 're-export', kind: 'rewritten', reason });
        continue;
      }
      rewriteWholeReference(context, { node: site.node, literal: site.literal, value: site.value, form: 're-export', statement: site.node, moves: { whole: moves.whole, symbols: new Map() } });
      reportStar(context, file.program.body as Node[], site.node, key);
    } else if (site.kind === 'ambient') {
      rewriteAmbient(context, site, moves);
    } else if (site.node.type === 'TSImportEqualsDeclaration') {
      if (site.kind === 'declaration' && rewriteImportEqualsMembers(context, file.program, site, moves)) continue;
      rewriteWholeReference(context, { node: site.node, literal: site.literal, value: site.value, form: 'import-equals', statement: site.node, moves, boundTo: site.node.id.name });
    }
  }
  flushTargets(context, targets);
}

/** The `aliased: …` notes of a declaration's specifiers that follow `move`, joined; undefined when none. */
function notesOf(plan: DeclarationPlan, move: Move, notes: ReadonlyMap<Node, string>): string | undefined {
  const mine = plan.entries.filter((e) => e.target?.move === move && notes.has(e.node)).map((e) => notes.get(e.node)!);
  return mine.length > 0 ? mine.join('; ') : undefined;
}

/**
 * A reference inside the canonical module to itself (`src/lib/date.ts` importing a name that moved
 * into it), or a static import or re-export in a file the canonical module re-exports from (its
 * names come through this file: re-pointed, they would come from nowhere), is left for a human.
 * Except the canonical module's import of names it now defines, which it reads instead (self-imports.ts):
 * then `m.selfDrops` says which specifiers go.
 */
function closesImportCycle(context: RewriteContext, program: Node, m: Matched): boolean {
  const self = `file:${stripModuleSuffix(context.path)}`;
  const loaded = m.site.form === 'import' || m.site.form === 're-export';
  // Only a declaration some of whose moves land in this very file is planned a second time here.
  const intoSelf = m.moves.whole?.toKey === self || [...m.moves.symbols.values()].some((s) => s.toKey === self);
  const own = intoSelf && m.site.kind === 'declaration' && m.site.node.type === 'ImportDeclaration' ? selfImports(context, program, planDeclaration(m.site.node, m.key, m.moves), self) : undefined;
  // As in Python, one specifier left for a human leaves the whole declaration as written.
  const drops = own && own.manual.size === 0 ? own.drops : [];
  const firstManual = own?.manual.values().next().value;
  const reasons = new Map<Move, string>();
  for (const move of movesThroughModuleObject(context, m.site, m.moves) ?? movesOf(m)) {
    if (move.toKey === self && drops.some((d) => d.move === move)) continue;
    const reason =
      move.toKey === self ? (own?.manual.get(move) ?? firstManual ?? SELF_IMPORT_REASON)
      : loaded && context.plan.loadsFrom?.[move.toKey]?.includes(context.path) ? loadCycleReason(move.to.module)
      : undefined;
    if (reason !== undefined) reasons.set(move, reason);
  }
  if (reasons.size === 0) {
    if (drops.length > 0) m.selfDrops = drops;
    return false;
  }
  // Left as written, the declaration keeps the names that would have read their definitions too.
  const first = reasons.values().next().value!;
  for (const drop of drops) if (!reasons.has(drop.move)) reasons.set(drop.move, first);
  for (const [move, reason] of reasons) report(context, { node: m.site.node, move, form: m.site.form, kind: 'manual', reason });
  return true;
}

/** A reference to a module below a moved directory whose target directory has no such module is left for a human. */
function lacksModule(context: RewriteContext, m: Matched): boolean {
  const absent = m.moves.absent;
  if (absent === undefined) return false;
  for (const move of movesOf(m)) report(context, { node: m.site.node, move, form: m.site.form, kind: 'manual', reason: missingNameReason(absent.module, absent.name) });
  return true;
}

/**
 * A reference to the moved module itself whose target is a directory without an index module
 * (JavascriptPlan.directories): re-pointed, `import '@/new'` or `jest.mock('@/new')` would load
 * nothing. Left for a human; references to the modules below the directory follow the move.
 */
function loadsDirectory(context: RewriteContext, m: Matched): boolean {
  const whole = m.moves.whole;
  if (!whole || m.key !== whole.fromKey || !context.plan.directories?.includes(whole.toKey)) return false;
  const reason = `${whole.to.module} is a directory without an index module, so nothing can load it as a module: import what is needed from the modules below it, by hand`;
  report(context, { node: m.site.node, move: whole, form: m.site.form, kind: 'manual', reason });
  return true;
}

/** An import of a name the canonical module does not export is left for a human (missing-names.ts). */
function lacksCanonicalName(context: RewriteContext, m: Matched): boolean {
  const name = missingCanonicalName(context, m.site.node, m.moves);
  if (name === undefined) return false;
  reportMissingName(context, m.site.node, movesOf(m), name);
  return true;
}

function movesOf(m: Matched): Move[] {
  if (m.site.kind === 'declaration' && (m.site.node.type === 'ImportDeclaration' || m.site.node.type === 'ExportNamedDeclaration')) {
    const node = m.site.node as DeclarationNode;
    const moves = planDeclaration(node, m.key, m.moves).moves;
    // Names only, none of them moving (`import { kept } from 'legacy'`): nothing here follows a move.
    if (moves.length > 0 || namesOnly(node)) return moves;
  }
  return m.moves.whole ? [m.moves.whole] : [...m.moves.symbols.values()];
}

/** A declaration that lists names (`{ a, b as c }`, a default) and nothing else: no namespace, not a bare `import 'm'`. */
function namesOnly(node: DeclarationNode): boolean {
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.type === 'ImportSpecifier' || s.type === 'ImportDefaultSpecifier' || s.type === 'ExportSpecifier');
}

function finish(context: RewriteContext): RewriteOutcome {
  const edits = effectiveEdits(context.source, context.edits);
  const code = applyEdits(context.source, edits);
  if (code === context.source) return { code, edits: [], findings: sortFindings(context.findings) };
  const literalEdits = edits.flatMap((e, i) => (context.literalEdits.has(e) ? [i] : []));
  return { code, edits, findings: sortFindings(context.findings), ...(literalEdits.length > 0 ? { literalEdits } : {}) };
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.line - b.f.line || a.f.column - b.f.column || a.i - b.i)
    .map(({ f }) => f);
}
