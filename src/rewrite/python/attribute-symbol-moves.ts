// `import a.b.L` that stays, with uses `a.b.L.A` where only the symbol A moved (to `c.d.C:A2`):
// when unambiguous (no alias, the new head name free or the same) the uses become `c.d.C.A2` and
// `import c.d.C` is added right after the statement; otherwise each use is a manual finding. A
// member named by a string beside the chain (`getattr(a.b.L, "A")`) follows a rename in place only.
import { bindingUses, denotesBinding } from './binding-uses';
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import type { ImportItem, ImportStatement } from './import-statements';
import type { Move } from '../../types';
import { namedByStringReason } from '../named-by-string';
import { attributeAfter, bareUses, chainUses, memberNamedByString, type Chain, type NameScan } from './name-uses';

export function rewriteSymbolAttributes(ctx: RewriteContext, stmt: ImportStatement, item: ImportItem, names: NameScan): void {
  const symbolMoves = ctx.index.symbolMovesOf(item.name);
  if (symbolMoves.length === 0) return;
  const local = item.alias ?? item.name;
  const head = local.split('.')[0];
  const added = new Set<string>();
  const chains = chainUses(names, local);
  // a parameter or local named like the head is another symbol (all uses count when scopes are unknown)
  const denotes = chains.length > 0 && !item.alias ? denotesBinding(bindingUses(ctx, item.nameStart)) : () => true;
  for (const c of chains) {
    if (!denotes(c.start)) continue;
    const attr = attributeAfter(names, c);
    if (attr === undefined) {
      namedByString(ctx, stmt, c, names, symbolMoves, item.name);
      continue;
    }
    const move = symbolMoves.find((m) => m.from.symbol === attr);
    if (!move) continue;
    if (ctx.handledUses.has(c.start)) {
      // another import of the same module already rewrote this use: this one still needs its companion
      if (!item.alias && ctx.handledUses.get(c.start)) added.add(move.to.module);
      continue;
    }
    ctx.handledUses.set(c.start, false);
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
      ctx.handledUses.set(c.start, true);
    }
  }
  if (added.size === 0) return;
  const lines = [...added].filter((m) => !plainImportsOf(ctx, stmt.block).has(m)).map((m) => `import ${m}`);
  if (lines.length === 0) return;
  const sep = stmt.startsLine ? ctx.eol + stmt.indent : '; ';
  ctx.edits.push({ start: stmt.lineEnd, end: stmt.lineEnd, text: lines.map((l) => sep + l).join('') });
}

/**
 * `getattr(a.b.L, "A")`, `patch.object(a.b.L, "A")`: renamed in place, the string follows
 * (`"A2"`), as under `import a.b.L as m`; moved to another module, the spy or lookup would still
 * act on L's object: manual.
 */
function namedByString(ctx: RewriteContext, stmt: ImportStatement, c: Chain, names: NameScan, symbolMoves: readonly Move[], module: string): void {
  const quoted = memberNamedByString(names, c.first, c.next - 1);
  const move = quoted && symbolMoves.find((m) => m.from.symbol === quoted.attr);
  if (!quoted || !move || ctx.handledUses.has(c.start)) return;
  ctx.handledUses.set(c.start, false);
  const written = ctx.text.slice(c.start, c.end);
  const text = `${written}.${quoted.attr}`;
  if (isIgnored(ctx, stmt.start, stmt.end) || isIgnored(ctx, c.start, quoted.attrEnd)) {
    addFinding(ctx, { offset: c.start, move, form: 'attribute', kind: 'ignored', text, reason: ignoreReason(ctx) });
  } else if (move.to.module !== module) {
    addFinding(ctx, { offset: c.start, move, form: 'attribute', kind: 'manual', text, reason: namedByStringReason(written, quoted.attr, move.to.module) });
  } else {
    ctx.edits.push({ start: quoted.attrStart, end: quoted.attrEnd, text: move.to.symbol ?? quoted.attr });
    addFinding(ctx, { offset: c.start, move, form: 'attribute', kind: 'rewritten', text });
    ctx.handledUses.set(c.start, true);
  }
}

function plainImportsOf(ctx: RewriteContext, block: number): Set<string> {
  if (!ctx.plainImports) {
    ctx.plainImports = new Map();
    for (const o of ctx.imports) {
      if (o.kind !== 'import') continue;
      const set = ctx.plainImports.get(o.block) ?? new Set<string>();
      for (const i of o.items) if (!i.alias) set.add(i.name);
      ctx.plainImports.set(o.block, set);
    }
  }
  return ctx.plainImports.get(block) ?? new Set();
}
