// `from M import *` of a legacy module: re-pointed when M moves whole; a symbol of M that moved
// elsewhere cannot follow through a star and is manual. A symbol renamed in place still comes
// through under its new name: what breaks is the old name's reads in this file and importers that
// take it from here, so a file that binds the old name itself has nothing to report, and one that
// no longer reads it is told about its importers only (the JS twin: star-reason.ts, rewrite.ts).
import type { Move } from '../../types';
import { canonicalProvides } from './provided-names';
import { addFinding, ignoreReason, importCycle, isIgnored, type RewriteContext } from './context';
import type { ImportStatement } from './import-statements';
import { resolveRelative, spellFrom } from './module-path';
import { binds } from './scope-view';
import { SyntaxUnsure } from '../syntax-unsure';
import { renamedHereToo, starReason, starredFromCanonical } from '../star-reason';

/** `index`: the moves this statement reads (a moved file's star of itself reads its carried rebase: RewriteContext.selfIndex). */
export function starImport(ctx: RewriteContext, stmt: ImportStatement, absolute: string, index = ctx.index): void {
  const whole = index.moduleTarget(absolute);
  // Renamed in place, the name comes through under its new name, as this file's own rename says.
  const own = ctx.file ? ctx.index.symbolMovesOf(ctx.file.module) : [];
  const starred = starredModules(ctx);
  // Without `__all__` a star brings every public name; with one, only what it lists, which is not read here.
  const carried = (m: Move) => !m.from.symbol!.startsWith('_') && canonicalProvides({ provided: ctx.provided }, m.to.module, '__all__') === false;
  // A private name no star brings, unless the legacy module's `__all__` lists it. A public one left
  // out of `__all__` still counts: the hand move deletes the moved name from it (a networkx re-trial),
  // so today's `__all__` cannot say what the star brought before.
  const list = ctx.starLists?.[absolute];
  const brought = (m: Move) => list === undefined || !m.from.symbol!.startsWith('_') || list.includes(m.from.symbol!);
  const symbolMoves = index.symbolMovesOf(absolute).filter((m) => brought(m) && !renamedHereToo(m, own) && !starredFromCanonical(m, starred, carried));
  const uses = symbolMoves.map((m) => (m.fromKey === m.toKey ? oldNameHere(ctx, m.from.symbol!) : { binds: false }));
  const reported = symbolMoves.filter((_, i) => !uses[i].binds);
  if (!whole && reported.length === 0) return;
  // One finding per move, as everywhere: a move opted out here is no unmatched move (no typo warning).
  if (isIgnored(ctx, stmt.start, stmt.end)) {
    for (const m of whole ? [whole.move, ...reported] : reported) report(ctx, stmt, m, 'ignored', ignoreReason(ctx));
    return;
  }
  reported.forEach((m) => {
    const readAt = uses[symbolMoves.indexOf(m)].readAt;
    report(ctx, stmt, m, 'manual', starReason('`import *` brings', m, `from ${m.to.module} import ${m.to.symbol} as ${m.from.symbol}`, readAt));
  });
  // The module itself still goes where it moved (its old file is gone): the names it renamed stay manual.
  if (!whole) return;
  const cycle = importCycle(ctx, whole.module);
  if (cycle !== undefined) return report(ctx, stmt, whole.move, 'manual', cycle);
  const s = spellFrom(ctx.file?.package ?? [], whole.module, stmt.level > 0 && ctx.file !== undefined);
  ctx.edits.push({ start: stmt.sourceStart, end: stmt.moduleEnd, text: '.'.repeat(s.level) + s.module });
  report(ctx, stmt, whole.move, 'rewritten');
}

/**
 * How the file uses a module-level name a star brings: whether it binds the name itself (an import,
 * def, class, assignment at module level: the star's copy no longer matters), else the line of its
 * first read that resolves to the module level. A file the parser is unsure of reads it at line 1.
 */
function oldNameHere(ctx: RewriteContext, name: string): { binds: boolean; readAt?: number } {
  const view = ctx.scopes.view();
  if (view instanceof SyntaxUnsure) return { binds: false, readAt: 1 };
  const atModule = view.occurrencesNamed(name).filter((o) => view.resolver.symbolScope(o) === 0);
  if (atModule.some(binds)) return { binds: true };
  const read = atModule[0];
  return { binds: false, readAt: read === undefined ? undefined : ctx.lines.position(read.start).line };
}

/** The absolute modules this file's `from M import *` statements star. */
function starredModules(ctx: RewriteContext): Set<string> {
  const starred = new Set<string>();
  for (const stmt of ctx.imports) {
    if (stmt.kind !== 'from' || !stmt.star) continue;
    const absolute = resolveRelative(ctx.file?.package ?? [], stmt.level, stmt.module);
    if (absolute !== undefined) starred.add(absolute);
  }
  return starred;
}

function report(ctx: RewriteContext, stmt: ImportStatement, move: Move, kind: 'rewritten' | 'manual' | 'ignored', reason?: string): void {
  addFinding(ctx, { offset: stmt.start, move, form: 'star-import', kind, text: ctx.text.slice(stmt.start, stmt.end), reason });
}
