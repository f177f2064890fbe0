// The import pass for a file that does not parse: each import statement on a provable line is
// retargeted with the ordinary planners and editors, but no name use is ever renamed (without a
// parse there is no scope to prove a rename safe), so a renamed symbol keeps its local name
// (`from new import New as Old`), and a plain `import a.b.L` whose uses reach into hidden lines is
// left for a human. Used by the tolerant rewriter (tolerant/rewrite.ts).
import { addFinding, isIgnored, type RewriteContext } from '../context';
import { applyAdditions, createAdditions, type Additions } from '../from-import-edits';
import type { ImportItem, ImportStatement } from '../import-statements';
import { rewriteFromNamespace, type FromNamespace } from '../from-import-namespaces';
import { emitFrom, planFrom } from '../imports-pass';
import type { NameScan } from '../name-uses';
import { editPlainImport } from '../plain-import-edits';

/** Text of the hidden regions, and whether a name is spelled there. */
export interface HiddenText {
  spells(pattern: RegExp): boolean;
  /** Ends the reason of manual findings: where the proof stops and why. */
  why: string;
}

export function rewriteImportsTolerantly(ctx: RewriteContext, names: NameScan, hidden: HiddenText): void {
  const additions = createAdditions(ctx);
  for (const stmt of ctx.imports) {
    if (stmt.kind === 'import') for (const item of stmt.items) plainItem(ctx, stmt, item, names, hidden);
    else fromImport(ctx, stmt, names, additions, hidden);
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
  if (item.alias) return symbolMoved && hidden.spells(word(item.alias)) ? `\`${item.alias}\`` : undefined;
  const head = item.name.split('.')[0];
  if (newModule !== undefined && newModule.split('.')[0] !== head && hidden.spells(word(head))) return `\`${head}\``;
  return hidden.spells(word(item.name)) ? `\`${item.name}\`` : undefined;
}

/** As the ordinary import pass (imports-pass.ts), with renames refused and said so. */
function fromImport(ctx: RewriteContext, stmt: ImportStatement, names: NameScan, additions: Additions, hidden: HiddenText): void {
  const unplanned: FromNamespace[] = [];
  const plan = planFrom(ctx, stmt, names, unplanned);
  // `from pkg import m` whose members move: `m.Old` in a hidden line would be missed.
  for (const ns of [...unplanned, ...(plan?.namespaces?.items ?? [])]) {
    const local = ns.target.item.alias ?? ns.target.item.name;
    if (!hidden.spells(word(local))) continue;
    const text = ctx.text.slice(stmt.start, stmt.end);
    const reason = `\`${local}\` may be used in lines the reader cannot prove (${hidden.why}), and members of ${ns.legacy} moved; rewrite by hand`;
    addFinding(ctx, { offset: stmt.start, move: ns.target.move ?? ctx.index.symbolMovesOf(ns.legacy)[0], form: 'from-import', kind: 'manual', text, reason });
    return;
  }
  for (const ns of unplanned) rewriteFromNamespace(ctx, names, ns);
  if (!plan) return;
  for (const t of plan.targets) {
    if (t.move && t.name !== t.item.name && !t.item.alias) t.note = `kept the local name ${t.item.name}: the file does not parse, so its uses cannot be proved safe to rename`;
  }
  emitFrom(ctx, plan, additions, names);
}

/** A dotted name spelled as Python reads it (spaces around its dots allowed), not part of a longer one. */
function word(name: string): RegExp {
  return new RegExp(`(?<![\\w.])${name.split('.').map(escape).join('\\s*\\.\\s*')}(?!\\w)`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
