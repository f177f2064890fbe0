// The import pass for a file that does not parse: each import statement on a provable line is
// retargeted with the ordinary planners and editors, but no name use is ever renamed (without a
// parse there is no scope to prove a rename safe), so a renamed symbol keeps its local name
// (`from new import New as Old`), and a plain `import a.b.L` whose uses reach into hidden lines is
// left for a human. Used by the tolerant rewriter (tolerant/rewrite.ts).
import type { Move } from '../../../types';
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from '../context';
import { applyAdditions, createAdditions, editFromImport, type Additions } from '../from-import-edits';
import { planFromImport } from '../from-import-plan';
import type { ImportItem, ImportStatement } from '../import-statements';
import { resolveRelative, spellFrom } from '../module-path';
import type { NameScan } from '../name-uses';
import { attributeManuals, editPlainImport } from '../plain-import-edits';

/** Text of the hidden regions, and whether a name is spelled there. */
export interface HiddenText {
  spells(pattern: RegExp): boolean;
  /** Ends the reason of manual findings: where the proof stops and why. */
  why: string;
}

export function rewriteImportsTolerantly(ctx: RewriteContext, names: NameScan, hidden: HiddenText): void {
  const additions = createAdditions(ctx.imports);
  for (const stmt of ctx.imports) {
    if (stmt.kind === 'import') for (const item of stmt.items) plainItem(ctx, stmt, item, names, hidden);
    else fromImport(ctx, stmt, names, additions);
  }
  applyAdditions(ctx, additions);
}

function plainItem(ctx: RewriteContext, stmt: ImportStatement, item: ImportItem, names: NameScan, hidden: HiddenText): void {
  const target = ctx.index.moduleTarget(item.name);
  const move = target?.move ?? ctx.index.symbolMovesOf(item.name)[0];
  if (!move) return;
  const symbolMoved = ctx.index.symbolMovesOf(item.name).length > 0;
  const blocked = usesInHiddenLines(item, target?.module, symbolMoved, hidden);
  if (!blocked || isIgnored(ctx, stmt.start, stmt.end)) return editPlainImport(ctx, { ...stmt, items: [item] }, names);
  const text = ctx.text.slice(stmt.start, stmt.end);
  addFinding(ctx, { offset: stmt.start, move, form: 'import-as', kind: 'manual', text, reason: `${blocked} may be used in lines the reader cannot prove (${hidden.why}); rewrite by hand` });
}

/**
 * What of `import a.b.L [as m]` the hidden lines may use that a rewrite of the import alone would
 * break: chains `a.b.L…` (rewritten with the import elsewhere), the head `a` when the new module
 * has another head, `m.A` when a symbol of L moved on its own (renamed or elsewhere). Undefined
 * when nothing is at risk.
 */
function usesInHiddenLines(item: ImportItem, newModule: string | undefined, symbolMoved: boolean, hidden: HiddenText): string | undefined {
  const word = (name: string) => new RegExp(`(?<![\\w.])${name.split('.').map(escape).join('\\s*\\.\\s*')}(?!\\w)`);
  if (item.alias) return symbolMoved && hidden.spells(word(item.alias)) ? `\`${item.alias}\`` : undefined;
  const head = item.name.split('.')[0];
  if (newModule !== undefined && newModule.split('.')[0] !== head && hidden.spells(word(head))) return `\`${head}\``;
  return hidden.spells(word(item.name)) ? `\`${item.name}\`` : undefined;
}

/** As the ordinary import pass (imports-pass.ts), with renames refused and said so. */
function fromImport(ctx: RewriteContext, stmt: ImportStatement, names: NameScan, additions: Additions): void {
  const absolute = resolveRelative(ctx.file?.package ?? [], stmt.level, stmt.module);
  if (absolute === undefined) return;
  const source = ctx.text.slice(stmt.start, stmt.end);
  const form = stmt.star ? ('star-import' as const) : stmt.level > 0 ? ('relative' as const) : ('from-import' as const);
  const report = (move: Move, kind: 'rewritten' | 'manual' | 'ignored', reason?: string) => addFinding(ctx, { offset: stmt.start, move, form, kind, text: source, reason });
  if (stmt.star) return starImport(ctx, stmt, absolute, report);

  const targets = planFromImport(stmt, absolute, ctx.index, { canRename: () => false });
  for (const t of targets) if (!t.move) attributeManuals(ctx, names, t.local, `${absolute}.${t.item.name}`);
  const moving = targets.filter((t) => t.move);
  if (moving.length === 0) return;
  const moves = [...new Set(moving.map((t) => t.move!))];
  if (isIgnored(ctx, stmt.start, stmt.end)) return moves.forEach((m) => report(m, 'ignored', ignoreReason(ctx)));
  const self = ctx.file?.module;
  if (self !== undefined && moving.some((t) => t.module === self || (t.module === '' && t.name === self) || `${t.module}.${t.name}` === self)) {
    return moves.forEach((m) => report(m, 'manual', 'the canonical module would import itself'));
  }
  editFromImport(ctx, stmt, targets, additions);
  for (const m of moves) {
    const kept = moving.filter((t) => t.move === m && t.name !== t.item.name && !t.item.alias).map((t) => t.item.name);
    const reason = kept.length > 0 ? `kept the local name ${kept.join(', ')}: the file does not parse, so its uses cannot be proved safe to rename` : undefined;
    report(m, 'rewritten', reason);
  }
}

function starImport(ctx: RewriteContext, stmt: ImportStatement, absolute: string, report: (move: Move, kind: 'rewritten' | 'manual' | 'ignored', reason?: string) => void): void {
  const whole = ctx.index.moduleTarget(absolute);
  const symbolMoves = ctx.index.symbolMovesOf(absolute);
  if (!whole && symbolMoves.length === 0) return;
  if (isIgnored(ctx, stmt.start, stmt.end)) return report(whole?.move ?? symbolMoves[0], 'ignored', ignoreReason(ctx));
  if (symbolMoves.length > 0) {
    for (const m of symbolMoves) report(m, 'manual', `\`import *\` from a module whose symbol ${m.from.symbol} moved; import it explicitly`);
    return;
  }
  if (ctx.file && whole!.module === ctx.file.module) return report(whole!.move, 'manual', 'the canonical module would import itself');
  const spelled = spellFrom(ctx.file?.package ?? [], whole!.module, stmt.level > 0 && ctx.file !== undefined);
  ctx.edits.push({ start: stmt.sourceStart, end: stmt.moduleEnd, text: '.'.repeat(spelled.level) + spelled.module });
  report(whole!.move, 'rewritten');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
