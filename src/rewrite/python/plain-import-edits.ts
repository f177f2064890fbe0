// `import L`, `import L as m`, `import a.b.L`: retargets the dotted name, and for unaliased imports
// rewrites the attribute chains that spell the module (`a.b.L.A` → `c.d.C.A`). Refuses (manual
// finding) when `import a.b.L` also bound a head name `a` that other code still uses.
import type { Move } from '../../types';
import { rewriteSymbolAttributes } from './attribute-symbol-moves';
import { bindingUses, denotesBinding } from './binding-uses';
import { rewriteNamespace } from './namespace-members';
import { bareUsesOf } from './namespace-state';
import { rewritePackageChains, rewriteParentChains } from './parent-chains';
import { missingNameReason } from '../missing-name-reason';
import { canonicalProvides, missingStep } from './provided-names';
import { importsOfTarget } from './target-imports';
import { addFinding, ignoreReason, importCycle, isIgnored, type RewriteContext } from './context';
import type { ImportItem, ImportStatement } from './import-statements';
import { attributeAfter, bareUses, chainUses, memberNamedByString, type Chain, type NameScan } from './name-uses';

export function editPlainImport(ctx: RewriteContext, stmt: ImportStatement, names: NameScan): void {
  for (const item of stmt.items) editItem(ctx, stmt, item, names);
}

function editItem(ctx: RewriteContext, stmt: ImportStatement, item: ImportItem, names: NameScan): void {
  const source = ctx.text.slice(stmt.start, stmt.end);
  const target = ctx.index.moduleTarget(item.name);
  if (!target) {
    if (item.alias && ctx.index.symbolMovesOf(item.name).length > 0) {
      rewriteNamespace(ctx, names, { stmt, item, local: item.alias, bindingStart: item.aliasStart!, legacy: item.name, after: item.name });
    } else {
      rewriteSymbolAttributes(ctx, stmt, item, names);
      if (item.alias) rewritePackageChains(ctx, stmt, item.aliasStart!, item.alias, item.name, names);
      else rewriteParentChains(ctx, stmt, item, names);
    }
    return;
  }
  const base = { offset: stmt.start, move: target.move, form: 'import-as' as const, text: source };
  if (isIgnored(ctx, stmt.start, stmt.end)) {
    addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
    return;
  }
  const cycle = importCycle(ctx, target.module, stmt.deferred);
  if (cycle !== undefined) {
    addFinding(ctx, { ...base, kind: 'manual', reason: cycle });
    return;
  }
  // `import a.gone` re-pointed at `b.a.gone` when b.a has no `gone`: the import itself would fail.
  const absent = target.move.from.symbol ? undefined : missingStep({ provided: ctx.provided }, target.module);
  const lacking = absent ? missingNameReason(absent.module, absent.name) : missingMemberReason(ctx, names, item.alias ?? item.name, item.name, target.module);
  if (lacking !== undefined) {
    addFinding(ctx, { ...base, kind: 'manual', reason: lacking });
    return;
  }
  if (item.alias) {
    const stay = { start: item.nameStart, end: item.nameEnd, text: target.module };
    rewriteNamespace(ctx, names, { stmt, item, local: item.alias, bindingStart: item.aliasStart!, legacy: item.name, after: target.module, stay });
    addFinding(ctx, { ...base, kind: 'rewritten' });
    return;
  }
  if (!item.name.includes('.') && target.module.includes('.')) {
    // `import mock` → `from unittest import mock`: the binding keeps its name, every use stays as it is.
    rewriteNamespace(ctx, names, { stmt, item, local: item.name, bindingStart: item.nameStart, legacy: item.name, after: target.module, stay: fromImportOf(ctx, stmt, item.name, target.module) });
    addFinding(ctx, { ...base, kind: 'rewritten' });
    return;
  }
  const local = item.name;
  const head = item.name.split('.')[0];
  // a parameter or local named like the head is another symbol (all uses count when scopes are unknown)
  const denotes = bareUsesOf(ctx, names, head).length > 0 ? denotesBinding(bindingUses(ctx, item.nameStart)) : () => true;
  const chains = chainUses(names, local).filter((c) => denotes(c.start));
  if (!item.alias && head !== target.module.split('.')[0]) {
    const chainStarts = new Set(chains.map((c) => c.start));
    const otherUses = bareUsesOf(ctx, names, head).filter((k) => denotes(names.tokens.start[k]) && !chainStarts.has(names.tokens.start[k]));
    const otherBinding = (names.bindings.get(head) ?? 0) > 1;
    if (otherUses.length > 0 && !otherBinding) {
      addFinding(ctx, { ...base, kind: 'manual', reason: `\`import ${item.name}\` also binds \`${head}\`, which other code uses; rewrite by hand` });
      return;
    }
  }
  // `L.A` (or `patch.object(L, "A")`) where A's own move goes elsewhere than L's: unambiguous only when it stays in L's target (a rename).
  const renamedAttributes: { start: number; end: number; shown: string; chain: Chain; name: string; move: Move }[] = [];
  const memberMoves = ctx.index.symbolMovesOf(item.name);
  for (const c of memberMoves.length > 0 ? chains : []) {
    const after = attributeAfter(names, c);
    const quoted = after === undefined ? memberNamedByString(names, c.first, c.next - 1) : undefined;
    const attr = after ?? quoted?.attr;
    const sym = attr ? memberMoves.find((m) => m.from.symbol === attr) : undefined;
    if (!sym || !attr) continue;
    if (sym.to.module !== target.module) {
      addFinding(ctx, { ...base, kind: 'manual', reason: `${attr} moved to ${sym.to.module}, not with its module; rewrite \`${local}.${attr}\` by hand` });
      return;
    }
    if (!sym.to.symbol || sym.to.symbol === attr) continue;
    const span = quoted ? { start: quoted.attrStart, end: quoted.attrEnd } : { start: names.tokens.start[c.next + 1], end: names.tokens.end[c.next + 1] };
    renamedAttributes.push({ ...span, shown: `${ctx.text.slice(c.start, c.end)}.${attr}`, chain: c, name: sym.to.symbol, move: sym });
  }
  ctx.edits.push({ start: item.nameStart, end: item.nameEnd, text: target.module });
  addFinding(ctx, { ...base, kind: 'rewritten' });
  if (!item.alias) {
    for (const c of chains) {
      ctx.edits.push({ start: c.start, end: c.end, text: target.module });
      addFinding(ctx, { offset: c.start, move: target.move, form: 'attribute', kind: 'rewritten', text: ctx.text.slice(c.start, c.end) });
    }
  }
  for (const r of renamedAttributes) {
    ctx.edits.push({ start: r.start, end: r.end, text: r.name });
    addFinding(ctx, { offset: r.chain.start, move: r.move, form: 'attribute', kind: 'rewritten', text: r.shown });
  }
}

/**
 * The manual reason when a use of the imported module (`m.Gone`, `a.b.old.Gone`) takes an attribute
 * the whole module's target surely lacks (the plan's provided names): re-pointed, that use would
 * break, so the statement stays, as a from-import of such a name does (imports-pass.ts). Attributes
 * with a symbol move of their own are followed by that move instead.
 */
export function missingMemberReason(ctx: RewriteContext, names: NameScan, local: string, legacy: string, module: string): string | undefined {
  if (ctx.provided === undefined) return undefined;
  const moved = new Set(ctx.index.symbolMovesOf(legacy).map((m) => m.from.symbol));
  for (const c of chainUses(names, local)) {
    const attr = attributeAfter(names, c);
    if (attr === undefined || moved.has(attr) || canonicalProvides({ provided: ctx.provided }, module, attr) !== false) continue;
    const step = missingStep({ provided: ctx.provided }, `${module}.${attr}`) ?? { module, name: attr };
    return missingNameReason(step.module, step.name, `${local}.${attr}`);
  }
  return undefined;
}

/** `from pkg import mod [as local]` for a module bound as `local`, and whether the same block imports it so already (rule 3). */
function fromImportOf(ctx: RewriteContext, stmt: ImportStatement, local: string, module: string): { line: string; already: boolean } {
  const cut = module.lastIndexOf('.');
  const name = module.slice(cut + 1);
  const already = importsOfTarget(ctx, module.slice(0, cut), name).some((t) => !t.moved && t.stmt.block === stmt.block && (t.item.alias ?? t.item.name) === local);
  return { line: `from ${module.slice(0, cut)} import ${name === local ? name : `${name} as ${local}`}`, already };
}
