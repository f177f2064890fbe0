// `import a.b.L` that stays, with uses `a.b.L.A` where only the symbol A moved (to `c.d.C:A2`):
// when unambiguous (no alias, the new head name free or the same) the uses become `c.d.C.A2` and
// `import c.d.C` is added right after the statement; otherwise each use is a manual finding.
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import type { ImportItem, ImportStatement } from './import-statements';
import { attributeAfter, bareUses, chainUses, type NameScan } from './name-uses';

export function rewriteSymbolAttributes(ctx: RewriteContext, stmt: ImportStatement, item: ImportItem, names: NameScan): void {
  const symbolMoves = ctx.index.symbolMovesOf(item.name);
  if (symbolMoves.length === 0) return;
  const local = item.alias ?? item.name;
  const head = local.split('.')[0];
  const added = new Set<string>();
  for (const c of chainUses(names, local)) {
    const attr = attributeAfter(names, c);
    const move = symbolMoves.find((m) => m.from.symbol === attr);
    if (!move || !attr) continue;
    const attrEnd = names.tokens.end[c.next + 1];
    const text = ctx.text.slice(c.start, attrEnd);
    const newHead = move.to.module.split('.')[0];
    const headFree = newHead === head || (!names.bindings.has(newHead) && bareUses(names, newHead).length === 0);
    if (isIgnored(ctx, stmt.start, stmt.end) || isIgnored(ctx, c.start, attrEnd)) {
      addFinding(ctx, { offset: c.start, move, form: 'attribute', kind: 'ignored', text, reason: ignoreReason(ctx) });
    } else if (item.alias || !headFree || move.to.module === ctx.file?.module) {
      const why = item.alias ? `the module is imported as \`${item.alias}\`` : `\`${newHead}\` is already a name in this file`;
      addFinding(ctx, { offset: c.start, move, form: 'attribute', kind: 'manual', text, reason: `${attr} moved to ${move.to.module} and ${why}; rewrite by hand` });
    } else {
      ctx.edits.push({ start: c.start, end: attrEnd, text: `${move.to.module}.${move.to.symbol ?? attr}` });
      addFinding(ctx, { offset: c.start, move, form: 'attribute', kind: 'rewritten', text });
      added.add(move.to.module);
    }
  }
  const already = new Set(ctx.imports.filter((o) => o.kind === 'import' && o.block === stmt.block).flatMap((o) => o.items.filter((i) => !i.alias).map((i) => i.name)));
  const lines = [...added].filter((m) => !already.has(m)).map((m) => `import ${m}`);
  if (lines.length === 0) return;
  const sep = stmt.startsLine ? ctx.eol + stmt.indent : '; ';
  ctx.edits.push({ start: stmt.lineEnd, end: stmt.lineEnd, text: lines.map((l) => sep + l).join('') });
}
