// Attribute chains through a parent module's import (`import a` or `import a.b`, then `a.b.c.func()`)
// where a deeper module moved (`a.b.c` → `x.y`) or one of its symbols did (`a.b.c:func` → `x.y:run`):
// each chain becomes the canonical spelling (`x.y.run()`) and `import x.y` is added after the import,
// or replaces it when nothing else uses its name. Chains a more specific import of the file binds are
// that import's business (plain-import-edits.ts, attribute-symbol-moves.ts). Scope-aware when it can be.
import { addFinding, ignoreReason, importCycle, isIgnored, type RewriteContext } from './context';
import { bindingUses } from './binding-uses';
import type { ImportItem, ImportStatement } from './import-statements';
import type { NameScan } from './name-uses';
import { bareUsesOf, namespaceState } from './namespace-state';
import type { Move } from '../../types';
import { appendLines, replaceItem } from './plain-item-splice';
import { NameRole, ScopeKind, type NameOccurrence } from './parse/scope-facts';
import { binds } from './scope-view';
import { SyntaxUnsure } from '../syntax-unsure';
import { Tok } from './tokenizer';
import { spellFrom } from './module-path';

export interface ChainPath {
  start: number;
  end: number;
  path: string;
}

/** A chain and the canonical spelling a move gives it. */
export interface MovedChain {
  chain: ChainPath;
  mapped: { path: string; move: Move };
}

export function rewriteParentChains(ctx: RewriteContext, stmt: ImportStatement, item: ImportItem, names: NameScan): void {
  if (item.alias) return;
  const head = item.name.split('.')[0];
  if (!ctx.index.legacyModules.some((m) => m.startsWith(head + '.'))) return;
  const candidates: MovedChain[] = [];
  for (const { chain, mapped } of movedChains(ctx, names, head)) {
    if (ctx.handledUses.has(chain.start)) continue;
    const legacy = mapped.move.from.module;
    // the imported module itself (or one above it) moved, or its own symbols did: not a parent chain
    if (legacy === item.name || item.name.startsWith(legacy + '.') || (chain.path !== legacy && !chain.path.startsWith(legacy + '.'))) continue;
    if (!moreSpecificImport(ctx, item.name, chain.path)) candidates.push({ chain, mapped });
  }
  if (candidates.length === 0) return;
  const uses = bindingUses(ctx, item.nameStart);
  const denotes = uses?.loadStarts;
  const added = new Set<string>();
  let rewritten = 0;
  for (const { chain, mapped } of candidates) {
    const start = chain.start;
    if (denotes && !denotes.has(start)) continue; // a parameter or local of the same name
    const legacy = mapped.move.from.module;
    ctx.handledUses.set(start, false);
    const text = ctx.text.slice(chain.start, chain.end);
    const module = mapped.move.to.module;
    const newHead = module.split('.')[0];
    const headFree = newHead === head || headIsThePackage(ctx, start, newHead);
    const cycle = importCycle(ctx, module);
    if (isIgnored(ctx, stmt.start, stmt.end) || isIgnored(ctx, chain.start, chain.end)) {
      addFinding(ctx, { offset: start, move: mapped.move, form: 'attribute', kind: 'ignored', text, reason: ignoreReason(ctx) });
    } else if (!headFree || !uses || cycle !== undefined) {
      const why = !uses ? 'the parser cannot decide this file\'s scopes' : !headFree ? `\`${newHead}\` is already a name in this file` : cycle!;
      addFinding(ctx, { offset: start, move: mapped.move, form: 'attribute', kind: 'manual', text, reason: `${legacy} moved and ${why}; rewrite \`${text}\` by hand` });
    } else {
      ctx.edits.push({ start: chain.start, end: chain.end, text: mapped.path });
      addFinding(ctx, { offset: start, move: mapped.move, form: 'attribute', kind: 'rewritten', text });
      ctx.handledUses.set(start, true);
      added.add(module);
      rewritten++;
    }
  }
  if (added.size === 0) return;
  const present = plainImportsIn(ctx, stmt.block);
  const lines = [...added].filter((m) => !present.has(m)).map((m) => `import ${m}`);
  const alone = uses !== undefined && uses.others.length === 0 && rewritten === uses.loads.length && !/(^|\/)__init__\.pyi?$/.test(ctx.path);
  if (!(alone && replaceItem(ctx, stmt, item, lines))) appendLines(ctx, stmt, lines);
}

/**
 * Whether `head` written at `at` (a chain's first token) would name the top-level package `head`:
 * the scope its lookup stops at (CPython's: the chain's own scope, then enclosing functions, then the
 * module) binds it only by plain `import head` / `import head.x` — the very object the added
 * `import head.y` binds (attrs' tests: `import attrs` beside `attr.validators.x`) — or not at all.
 * A parameter or local of that name in another function is no clash.
 */
function headIsThePackage(ctx: RewriteContext, at: number, head: string): boolean {
  const view = ctx.scopes.view();
  if (view instanceof SyntaxUnsure) return false;
  const here = view.at(at);
  if (here === undefined) return false;
  const plain = ctx.imports.filter((o) => o.kind === 'import');
  const isPackageImport = (o: NameOccurrence) => {
    if (o.role !== NameRole.Import) return false;
    const item = plain.find((s) => s.start <= o.start && o.start < s.end)?.items.find((i) => i.nameStart === o.start);
    return item !== undefined && item.alias === undefined && (item.name === head || item.name.startsWith(head + '.'));
  };
  const onlyPackage = new Map<number, boolean>();
  for (const o of view.occurrencesNamed(head)) {
    if (!binds(o)) continue;
    const scope = view.resolver.symbolScope(o);
    onlyPackage.set(scope, (onlyPackage.get(scope) ?? true) && isPackageImport(o));
  }
  const scopes = view.facts.scopes;
  for (let s = here.scope; s >= 0; s = scopes[s].parent) {
    if (s !== here.scope && scopes[s].kind === ScopeKind.Class) continue;
    const verdict = onlyPackage.get(s);
    if (verdict !== undefined) return verdict;
  }
  return true;
}

/**
 * Chains through a package bound as one name (`from .. import util`, `from sqlalchemy import util as
 * u`, `import sqlalchemy.util as u`) to a module below it that moved (`util.langhelpers.symbol`, with
 * `sqlalchemy.util.langhelpers` → `sqlalchemy.util.lang`): respelled through the same name
 * (`util.lang.symbol`) when the canonical module is below that package too; the package attribute is
 * there once the canonical module is loaded, as the legacy one had to be. Else a manual finding.
 */
export function rewritePackageChains(ctx: RewriteContext, stmt: ImportStatement, bindingStart: number, local: string, module: string, names: NameScan): void {
  if (!ctx.index.legacyModules.some((m) => m.startsWith(module + '.'))) return;
  const chains: MovedChain[] = [];
  for (const k of bareUsesOf(ctx, names, local)) {
    const chain = chainAt(names, names.tokens.start[k]);
    const mapped = chain && chain.path.startsWith(local + '.') ? ctx.index.mapPath(module + chain.path.slice(local.length)) : undefined;
    if (chain && mapped && mapped.move.from.module.startsWith(module + '.')) chains.push({ chain, mapped });
  }
  if (chains.length === 0) return;
  const uses = bindingUses(ctx, bindingStart);
  const added = new Set<string>();
  for (const { chain, mapped } of chains) {
    if (ctx.handledUses.has(chain.start) || (uses && !uses.loadStarts.has(chain.start))) continue;
    ctx.handledUses.set(chain.start, false);
    const text = ctx.text.slice(chain.start, chain.end);
    const { move } = mapped;
    const below = mapped.path.startsWith(module + '.');
    // A whole module moved out from under the package: bound by its own name instead (trio's
    // `_core._thread_cache` → `_thread_cache`, with `from .. import _thread_cache`).
    const own = below ? undefined : moduleByItsName(ctx, move, mapped.path, stmt.block);
    // The package loaded the old module when it loaded; the new one is not: this file must import it.
    const unloaded = below && ctx.parentLoads?.includes(move.from.module) === true && !ctx.parentLoads.includes(move.to.module);
    const headTaken = unloaded && !headIsThePackage(ctx, chain.start, move.to.module.split('.')[0]);
    const cycle = importCycle(ctx, move.to.module);
    if (isIgnored(ctx, stmt.start, stmt.end) || isIgnored(ctx, chain.start, chain.end)) {
      addFinding(ctx, { offset: chain.start, move, form: 'attribute', kind: 'ignored', text, reason: ignoreReason(ctx) });
    } else if (!uses || (!below && !own) || headTaken || cycle !== undefined) {
      const why = !uses
        ? 'the parser cannot decide this file\'s scopes'
        : !below
          ? `${move.to.module} is not below ${module}, which \`${local}\` names`
          : headTaken
            ? `its package does not import ${move.to.module} as it did ${move.from.module}, and \`${move.to.module.split('.')[0]}\` is already a name in this file (an added \`import ${move.to.module}\` would bind it)`
            : cycle!;
      addFinding(ctx, { offset: chain.start, move, form: 'attribute', kind: 'manual', text, reason: `${move.from.module} moved and ${why}; rewrite \`${text}\` by hand` });
    } else {
      ctx.edits.push({ start: chain.start, end: chain.end, text: own ? own.path : local + mapped.path.slice(module.length) });
      addFinding(ctx, { offset: chain.start, move, form: 'attribute', kind: 'rewritten', text });
      ctx.handledUses.set(chain.start, true);
      if (own?.line) added.add(own.line(stmt));
      if (unloaded) added.add(`import ${move.to.module}`);
    }
  }
  const present = plainImportsIn(ctx, stmt.block);
  appendLines(ctx, stmt, [...added].filter((line) => !line.startsWith('import ') || !present.has(line.slice('import '.length))));
}

/** The modules a block's unaliased plain imports name (`import a.b` → `a.b`): an added import of one is there already. */
function plainImportsIn(ctx: RewriteContext, block: number): Set<string> {
  return new Set(ctx.imports.filter((o) => o.kind === 'import' && o.block === block).flatMap((o) => o.items.filter((i) => !i.alias).map((i) => i.name)));
}

/** Per file: the module names moduleByItsName has had imported, and the block of that import. */
const boundByName = new WeakMap<RewriteContext, Map<string, number>>();

/**
 * How a chain reaching a whole module that moved out from under the chain's package reads through
 * that module's own name: `leaf.rest`, with the import binding `leaf` (relative when the package's
 * was). Undefined unless it is a whole-module move and `leaf` is no name anywhere in the file.
 */
function moduleByItsName(ctx: RewriteContext, move: Move, path: string, block: number): { path: string; line?: (stmt: ImportStatement) => string } | undefined {
  if (move.from.symbol || move.to.symbol || !path.startsWith(move.to.module)) return undefined;
  const cut = move.to.module.lastIndexOf('.');
  const leaf = move.to.module.slice(cut + 1);
  const own = { path: leaf + path.slice(move.to.module.length) };
  // Imported already for another statement of the block: read through it; of another block, it may not reach.
  const bound = boundByName.get(ctx) ?? boundByName.set(ctx, new Map()).get(ctx)!;
  if (bound.has(leaf)) return bound.get(leaf) === block ? own : undefined;
  const view = ctx.scopes.view();
  if (view instanceof SyntaxUnsure || view.occurrencesNamed(leaf).length > 0 || ctx.renamedLocals.has(leaf) || [...ctx.renamedLocals.values()].includes(leaf)) return undefined;
  const line = (stmt: ImportStatement) => {
    bound.set(leaf, block); // asked for only once the chain is rewritten
    if (cut < 0) return `import ${leaf}`;
    const s = spellFrom(ctx.file?.package ?? [], move.to.module.slice(0, cut), stmt.level > 0 && ctx.file !== undefined);
    return `from ${'.'.repeat(s.level)}${s.module} import ${leaf}`;
  };
  return { ...own, line };
}

/** Every chain from a bare use of `head` that a move covers (once per head name: NamespaceState.chains). */
function movedChains(ctx: RewriteContext, names: NameScan, head: string): MovedChain[] {
  const cache = namespaceState(ctx).chains;
  let list = cache.get(head);
  if (list) return list;
  list = [];
  for (const k of bareUsesOf(ctx, names, head)) {
    const chain = chainAt(names, names.tokens.start[k]);
    const mapped = chain && chain.path.includes('.') ? ctx.index.mapPath(chain.path) : undefined;
    if (chain && mapped) list.push({ chain, mapped });
  }
  cache.set(head, list);
  return list;
}

/** The dotted chain of names starting at the bare name at `start` (`a.b.c` in `a.b.c.func(…)` reads `a.b.c.func`). */
function chainAt(names: NameScan, start: number): ChainPath | undefined {
  const t = names.tokens;
  let lo = 0;
  let hi = names.bare.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = t.start[names.bare[mid]];
    if (at === start) {
      k = names.bare[mid];
      break;
    }
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  if (k < 0) return undefined;
  let path = names.text.slice(t.start[k], t.end[k]);
  let end = t.end[k];
  while (t.kind[k + 1] === Tok.Op && t.code[k + 1] === 46 && t.end[k + 1] - t.start[k + 1] === 1 && t.kind[k + 2] === Tok.Name) {
    k += 2;
    path += '.' + names.text.slice(t.start[k], t.end[k]);
    end = t.end[k];
  }
  return { start, end, path };
}

/** Whether another unaliased plain import names more of the chain's path than this one does (that import handles the chain). */
function moreSpecificImport(ctx: RewriteContext, mine: string, path: string): boolean {
  const state = namespaceState(ctx);
  state.dottedImports ??= new Set(ctx.imports.filter((o) => o.kind === 'import').flatMap((o) => o.items.filter((i) => !i.alias).map((i) => i.name)));
  const share = path === mine || path.startsWith(mine + '.') ? mine.length : mine.split('.')[0].length;
  for (let cut = path.indexOf('.', share + 1); ; cut = path.indexOf('.', cut + 1)) {
    if (cut < 0) return path.length > share && state.dottedImports.has(path);
    if (state.dottedImports.has(path.slice(0, cut))) return true;
  }
}
