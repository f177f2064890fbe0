// The import pass: every import statement in the file is matched against the moves and rewritten
// (or reported as ignored/manual), one finding per statement and move. `from` statements are
// planned first, so the rename policy decides every moved name of the file at once (in source
// order, as if earlier decisions were written); then the edits are spelled, uses renamed last.
import type { Move } from '../../types';
import { addFinding, ignoreReason, importCycle, isIgnored, type RewriteContext } from './context';
import { decideFromImports, type PlannedFrom, type UseRename } from './from-import-bindings';
import { selfImport } from './self-imports';
import { fromNamespaces, rewriteFromNamespace, type FromNamespace } from './from-import-namespaces';
import { applyAdditions, createAdditions, editFromImport, type Additions } from './from-import-edits';
import { planFromImport } from './from-import-plan';
import type { ImportStatement } from './import-statements';
import { resolveRelative, spellFrom } from './module-path';
import { missingNameReason } from '../missing-name-reason';
import { canonicalProvides, missingStep } from './provided-names';
import type { NameScan } from './name-uses';
import { finishNamespaces } from './namespace-members';
import { namespaceState } from './namespace-state';
import { rewritePackageChains } from './parent-chains';
import { starImport } from './star-imports';
import { editPlainImport, missingMemberReason } from './plain-import-edits';

export function rewriteImports(ctx: RewriteContext, names: NameScan): void {
  const planned: PlannedFrom[] = [];
  const unplanned: FromNamespace[] = []; // module items of statements that stay as they are
  for (const stmt of ctx.imports) {
    if (stmt.kind !== 'from') continue;
    const plan = planFrom(ctx, stmt, names, unplanned);
    if (plan) planned.push(plan);
  }
  const renames = [...decideFromImports(ctx, planned), ...planned.flatMap((p) => p.selfRenames ?? [])];
  const additions = (namespaceState(ctx).additions = createAdditions(ctx));
  for (const stmt of ctx.imports) if (stmt.kind === 'import') editPlainImport(ctx, stmt, names);
  for (const ns of unplanned) rewriteFromNamespace(ctx, names, ns);
  for (const plan of planned) emitFrom(ctx, plan, additions, names);
  finishNamespaces(ctx);
  applyAdditions(ctx, additions);
  // A use that became a bare member name (`old.Moved` → `Moved`, namespace-members.ts) is not renamed.
  for (const r of renames) for (const o of r.occurrences) if (ctx.handledUses.get(o.start) !== true) ctx.edits.push({ start: o.start, end: o.end, text: r.to });
}

/**
 * A `from` statement's plan when some of its names move and it may be rewritten; star imports,
 * ignored statements and self-imports are handled (edited or reported) here and yield nothing.
 * Module items whose members move, in a statement that is not planned, go to `unplanned`.
 */
export function planFrom(ctx: RewriteContext, stmt: ImportStatement, names: NameScan, unplanned: FromNamespace[]): PlannedFrom | undefined {
  const pkg = ctx.file?.package;
  const absolute = stmt.level === 0 ? stmt.module : pkg ? resolveRelative(pkg, stmt.level, stmt.module) : undefined;
  if (absolute === undefined) return undefined;
  // A moved file's relative import of itself (`from .utils import f`, `from . import utils`, a star): its carried rebase.
  const self = ctx.file?.module;
  const namesItself = stmt.level > 0 && (absolute === self || stmt.items.some((i) => `${absolute}.${i.name}` === self));
  const index = (namesItself && ctx.selfIndex) || ctx.index;
  if (stmt.star) {
    starImport(ctx, stmt, absolute, index);
    return undefined;
  }
  const targets = planFromImport(stmt, absolute, index);
  for (const t of targets) {
    if (t.move) continue;
    rewritePackageChains(ctx, stmt, t.item.aliasStart ?? t.item.nameStart, t.local, `${absolute}.${t.item.name}`, names);
  }
  const namespaces = fromNamespaces(ctx, stmt, absolute, targets);
  const moving = targets.filter((t) => t.move);
  const unplan = (): undefined => {
    unplanned.push(...namespaces.filter((ns) => !ns.target.move));
    return undefined;
  };
  if (moving.length === 0) return unplan();
  const moves = [...new Set(moving.map((t) => t.move!))];
  if (isIgnored(ctx, stmt.start, stmt.end)) {
    for (const m of moves) report(ctx, stmt, m, 'ignored', ignoreReason(ctx));
    return unplan();
  }
  const missing = moving.find((t) => !t.move!.from.symbol && t.module !== '' && canonicalProvides({ provided: ctx.provided }, t.module, t.name) === false);
  if (missing) {
    const step = missingStep({ provided: ctx.provided }, `${missing.module}.${missing.name}`) ?? missing;
    const reason = missingNameReason(step.module, step.name);
    for (const m of moves) report(ctx, stmt, m, 'manual', reason);
    return unplan();
  }
  // `from pkg import legacy_mod` used as `legacy_mod.Gone`: the module's target must provide Gone too.
  for (const t of moving) {
    const legacy = absolute ? `${absolute}.${t.item.name}` : t.item.name;
    if (t.move!.from.symbol || t.move!.from.module !== legacy) continue;
    const canonical = t.module ? `${t.module}.${t.name}` : t.name;
    const reason = missingMemberReason(ctx, names, t.item.alias ?? t.item.name, legacy, canonical);
    if (reason === undefined) continue;
    for (const m of moves) report(ctx, stmt, m, 'manual', reason);
    return unplan();
  }
  // A name moved into this very module: read from its definition, not imported (self-imports.ts).
  const selfRenames: UseRename[] = [];
  for (const t of moving) {
    if (!t.move!.from.symbol || ctx.file?.module !== t.module) continue;
    const own = selfImport(ctx, stmt, t);
    if ('manual' in own) {
      for (const m of moves) report(ctx, stmt, m, 'manual', own.manual);
      return unplan();
    }
    t.drop = true;
    t.note = own.note;
    if (own.uses.length > 0) {
      selfRenames.push({ occurrences: own.uses, to: t.name });
      ctx.renamedLocals.set(t.item.name, t.name);
    }
  }
  // The module imported from, and the name imported as a module (`from pkg import mod` runs mod).
  // A package's __init__ taking a submodule of its own (`from . import flows`, as it took `flow`)
  // imports that submodule, not itself: only a name the package itself defines would be read half-made.
  const cycle = moving
    .filter((t) => !t.drop)
    .map((t) => {
      const named = t.module === '' ? t.name : `${t.module}.${t.name}`;
      const submoduleOfSelf = ctx.file?.module === t.module && !t.move!.from.symbol && named === t.move!.to.module;
      return (submoduleOfSelf ? undefined : importCycle(ctx, t.module, stmt.deferred)) ?? importCycle(ctx, named, stmt.deferred);
    })
    .find((r) => r !== undefined);
  if (cycle !== undefined) {
    for (const m of moves) report(ctx, stmt, m, 'manual', cycle);
    return unplan();
  }
  return { stmt, absolute, targets, ...(selfRenames.length > 0 ? { selfRenames } : {}), ...(namespaces.length > 0 ? { namespaces: { items: namespaces, lines: [], emitted: false } } : {}) };
}

/** Spells a planned statement's edits and reports it once per move, with the policy's notes as the reason. */
export function emitFrom(ctx: RewriteContext, { stmt, targets, namespaces }: PlannedFrom, additions: Additions, names: NameScan): void {
  // Members first (from-import-namespaces.ts): they may drop an item and add lines to the statement.
  for (const ns of namespaces?.items ?? []) rewriteFromNamespace(ctx, names, ns, namespaces);
  if (namespaces) namespaces.emitted = true;
  editFromImport(ctx, stmt, targets, additions, namespaces?.lines);
  const moving = targets.filter((t) => t.move);
  for (const m of new Set(moving.map((t) => t.move!))) {
    const notes = moving.filter((t) => t.move === m && t.note).map((t) => t.note!);
    report(ctx, stmt, m, 'rewritten', notes.length > 0 ? [...new Set(notes)].join('; ') : undefined);
  }
}

function report(ctx: RewriteContext, stmt: ImportStatement, move: Move, kind: 'rewritten' | 'manual' | 'ignored', reason?: string): void {
  const form = stmt.star ? ('star-import' as const) : stmt.level > 0 ? ('relative' as const) : ('from-import' as const);
  addFinding(ctx, { offset: stmt.start, move, form, kind, text: ctx.text.slice(stmt.start, stmt.end), reason });
}
