// The import pass: every import statement in the file is matched against the moves and rewritten
// (or reported as ignored/manual), one finding per statement and move. Renames decided here are
// applied to the file's bare name uses afterwards.
import type { Move } from '../../types';
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import { applyAdditions, createAdditions, editFromImport, type Additions } from './from-import-edits';
import { planFromImport } from './from-import-plan';
import type { ImportStatement } from './import-statements';
import { resolveRelative, spellFrom } from './module-path';
import { bareUses, renameIsSafe, type NameScan } from './name-uses';
import { finishNamespaces } from './namespace-members';
import { attributeManuals, editPlainImport } from './plain-import-edits';

export function rewriteImports(ctx: RewriteContext, names: NameScan): void {
  const additions = createAdditions(ctx.imports);
  for (const stmt of ctx.imports) {
    if (stmt.kind === 'import') editPlainImport(ctx, stmt, names);
    else rewriteFrom(ctx, stmt, names, additions);
  }
  finishNamespaces(ctx);
  applyAdditions(ctx, additions);
  for (const [oldName, newName] of ctx.renames) {
    for (const k of bareUses(names, oldName)) ctx.edits.push({ start: names.tokens.start[k], end: names.tokens.end[k], text: newName });
  }
}

function rewriteFrom(ctx: RewriteContext, stmt: ImportStatement, names: NameScan, additions: Additions): void {
  const pkg = ctx.file?.package;
  const absolute = stmt.level === 0 ? stmt.module : pkg ? resolveRelative(pkg, stmt.level, stmt.module) : undefined;
  if (absolute === undefined) return;
  const source = ctx.text.slice(stmt.start, stmt.end);
  const form = stmt.star ? ('star-import' as const) : stmt.level > 0 ? ('relative' as const) : ('from-import' as const);
  const report = (move: Move, kind: 'rewritten' | 'manual' | 'ignored', reason?: string) =>
    addFinding(ctx, { offset: stmt.start, move, form, kind, text: source, reason });

  if (stmt.star) {
    const whole = ctx.index.moduleTarget(absolute);
    const symbolMoves = ctx.index.symbolMovesOf(absolute);
    if (!whole && symbolMoves.length === 0) return;
    if (isIgnored(ctx, stmt.start, stmt.end)) return report((whole?.move ?? symbolMoves[0]), 'ignored', ignoreReason(ctx));
    if (symbolMoves.length > 0) {
      for (const m of symbolMoves) report(m, 'manual', `\`import *\` from a module whose symbol ${m.from.symbol} moved; import it explicitly`);
      return;
    }
    if (ctx.file && whole!.module === ctx.file.module) return report(whole!.move, 'manual', 'the canonical module would import itself');
    ctx.edits.push({ start: stmt.sourceStart, end: stmt.moduleEnd, text: spellStar(ctx, stmt, whole!.module) });
    return report(whole!.move, 'rewritten');
  }

  const decided = new Map<string, boolean>();
  const canRename = (oldName: string, newName: string) => {
    const key = `${oldName}\0${newName}`;
    if (!decided.has(key)) decided.set(key, !ctx.renames.has(oldName) && renameIsSafe(names, ctx.imports, oldName, newName));
    return decided.get(key)!;
  };
  const targets = planFromImport(stmt, absolute, ctx.index, { canRename });
  for (const t of targets) if (!t.move) attributeManuals(ctx, names, t.local, `${absolute}.${t.item.name}`);
  const moving = targets.filter((t) => t.move);
  if (moving.length === 0) return;
  const moves = [...new Set(moving.map((t) => t.move!))];
  if (isIgnored(ctx, stmt.start, stmt.end)) {
    for (const m of moves) report(m, 'ignored', ignoreReason(ctx));
    return;
  }
  const self = ctx.file?.module;
  if (self !== undefined && moving.some((t) => t.module === self || (t.module === '' && t.name === self) || `${t.module}.${t.name}` === self)) {
    for (const m of moves) report(m, 'manual', 'the canonical module would import itself');
    return;
  }
  for (const t of moving) if (t.local !== (t.item.alias ?? t.item.name)) ctx.renames.set(t.item.name, t.local);
  editFromImport(ctx, stmt, targets, additions);
  for (const m of moves) report(m, 'rewritten');
}

function spellStar(ctx: RewriteContext, stmt: ImportStatement, module: string): string {
  const s = spellFrom(ctx.file?.package ?? [], module, stmt.level > 0 && ctx.file !== undefined);
  return '.'.repeat(s.level) + s.module;
}
