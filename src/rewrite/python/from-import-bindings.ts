// The rename policy (local-name-policy.ts) for `from X import …` names: gathers, for every imported
// name that moves, the facts the policy needs from the parser's scopes (the binding's uses, as
// symtable resolves them; other bindings of it; an existing import of the target; names it would
// collide with), decides all of them in source order, and writes the decisions back into the plans:
// the local name, a dropped item, the uses to rename and the `aliased:` note of the finding.
import { decideLocalNames, noteOf, type MovedBinding } from '../local-name-policy';
import { SyntaxUnsure } from '../syntax-unsure';
import type { RewriteContext } from './context';
import type { FromNamespace, NamespaceLines } from './from-import-namespaces';
import type { ItemTarget } from './from-import-plan';
import type { ImportItem, ImportStatement } from './import-statements';
import { annotationStringOffset } from './annotation-strings';
import { importRuns } from './import-runs';
import { resolveRelative } from './module-path';
import { clashWith, reachesAll } from './name-resolution';
import { NameRole, ScopeKind, type NameOccurrence } from './parse/scope-facts';
import { declaredUnused, providedByPackage } from './exported-bindings';
import { binds, type ScopeView } from './scope-view';

/** One `from` statement whose names were planned; `targets` are updated in place by decideFromImports. */
export interface PlannedFrom {
  stmt: ImportStatement;
  absolute: string;
  targets: ItemTarget[];
  /** Uses of names moved into this very module that now read its definition under that name (self-imports.ts). */
  selfRenames?: UseRename[];
  /** Its items importing a module whose members move (`legacy_mod.Old`), rewritten with the statement. */
  namespaces?: { items: FromNamespace[] } & NamespaceLines;
}

/** Renames the policy decided: each occurrence's span gets the new local name. */
export interface UseRename {
  occurrences: NameOccurrence[];
  to: string;
}

export function decideFromImports(ctx: RewriteContext, planned: readonly PlannedFrom[]): UseRename[] {
  const candidates: { stmt: ImportStatement; target: ItemTarget }[] = [];
  // A name dropped already (moved into this very module: self-imports.ts) has nothing left to decide.
  for (const p of planned) for (const t of p.targets) if (t.move && !t.drop) candidates.push({ stmt: p.stmt, target: t });
  const canonical = canonicalImports(ctx);
  const moving = new Map<string, number>(); // moved names per target: two of them may import it twice
  for (const c of candidates) moving.set(targetKey(c.target), (moving.get(targetKey(c.target)) ?? 0) + 1);
  if (!candidates.some((c) => needsFacts(c.target, canonical.get(targetKey(c.target)), moving.get(targetKey(c.target))!))) return [];
  const view = ctx.scopes.view();
  const targets = view instanceof SyntaxUnsure ? undefined : targetIndex(ctx, view, candidates, canonical);
  const facts = candidates.map((c) => (targets ? bindingFacts(ctx, targets, c.stmt, c.target) : unresolvable(view as SyntaxUnsure, c.stmt, c.target)));
  const renames: UseRename[] = [];
  decideLocalNames(facts.map((f) => f.binding)).forEach((decision, i) => {
    const { target } = candidates[i];
    const { uses } = facts[i];
    target.note = noteOf(decision);
    if (decision.action === 'reuse' || decision.action === 'drop') target.drop = true;
    else target.local = decision.local;
    if (decision.action === 'rename' || decision.action === 'reuse') ctx.renamedLocals.set(target.item.alias ?? target.item.name, decision.local);
    if ((decision.action === 'rename' || decision.action === 'reuse') && uses.length > 0) renames.push({ occurrences: uses, to: decision.local });
  });
  return renames;
}

const targetKey = (t: { module: string; name: string }) => `${t.module}\0${t.name}`;

/** Whether the policy could decide anything but "keep": a new name, or a target the file may import already or twice. */
function needsFacts(t: ItemTarget, existing: readonly ExistingImport[] | undefined, movedToTarget: number): boolean {
  const local = t.item.alias ?? t.item.name;
  if (local !== t.name && !t.item.alias && t.move!.localName === 'rename') return true;
  return existing !== undefined || movedToTarget > 1;
}

interface Facts {
  binding: MovedBinding;
  uses: NameOccurrence[];
}

const baseOf = (t: ItemTarget) => ({
  local: t.item.alias ?? t.item.name,
  userAlias: t.item.alias !== undefined,
  target: t.name,
  targetModule: t.module,
  mode: t.move!.localName,
});

/** A binding the policy must keep as written, for `why`. */
function refused(stmt: ImportStatement, t: ItemTarget, why: string): Facts {
  return { binding: { ...baseOf(t), visibility: `block ${stmt.block}`, unrenamable: why, clash: () => why, reaches: () => false }, uses: [] };
}

const unresolvable = (unsure: SyntaxUnsure, stmt: ImportStatement, t: ItemTarget): Facts =>
  refused(stmt, t, `the reader cannot resolve this file's names (${unsure.reason})`);

function bindingFacts(ctx: RewriteContext, targets: TargetIndex, stmt: ImportStatement, t: ItemTarget): Facts {
  const { view } = targets;
  const base = baseOf(t);
  const { local } = base;
  const occurrence = view.at(t.item.aliasStart ?? t.item.nameStart);
  if (!occurrence) return refused(stmt, t, `the reader found no binding for ${local}`);
  const { uses, imports, bindings } = targets.symbol(occurrence);
  const bindingScope = view.resolver.symbolScope(occurrence);
  const otherImport = imports.find((o) => o !== occurrence);
  const key = targetKey(t);
  const sameScope = targets.existingIn(key, bindingScope);
  const reaches = (name: string) => targets.reaches(occurrence, uses, name, bindingScope);
  // A later import may serve when nothing can use the name in between: no use at all, or only imports between.
  const after = (e: ExistingImport) => e.stmt.block === stmt.block && (uses.length === 0 || targets.sameImportRun(stmt, e.stmt));
  const reachable = firstReaching(targets.existingIn(key, bindingScope, stmt.block), stmt, reaches, after) ?? firstReaching(targets.existingIn(key, bindingScope, 0), stmt, reaches, after);
  const found = reachable ?? sameScope[0];
  const line = (offset: number) => ctx.lines.position(offset).line;
  const stringMention = (at: number | undefined) => (at === undefined ? undefined : `${local} is named in the string at line ${line(at)}, which a rename would not follow`);
  // Only a binding the import alone makes may merge with another import of its target.
  const importOnly = bindings.every((o) => o === occurrence);
  // A module's (or class's) names are attributes other files import (`from shim import Alias`): the
  // user's alias there stays bound, as the team kept both aliases of netra's broadcast_core.py shim.
  const kind = view.facts.scopes[bindingScope]?.kind;
  const attribute = base.userAlias && (kind === ScopeKind.Module || kind === ScopeKind.Class);
  const binding: MovedBinding = {
    ...base,
    visibility: `${bindingScope}:${stmt.block}`,
    exposed: kind === ScopeKind.Module || kind === ScopeKind.Class,
    existing: reachable?.local,
    existingUnreachable: found && !reachable ? `imported twice: the file imports ${t.name}${found.local === t.name ? '' : ` as ${found.local}`} at line ${line(found.stmt.start)}, which not every use of ${local} reaches` : undefined,
    unrenamable: otherImport
      ? `${local} is also bound by the import at line ${line(otherImport.start)}`
      : kind === ScopeKind.Module && targets.listedInAll(local)
        ? `${local} is listed in __all__`
        : kind === ScopeKind.Module && providedByPackage(ctx, local)
          ? `${local} is bound in package ${ctx.file!.module}'s __init__, which provides it to its importers (from ${ctx.file!.module} import ${local})`
          : kind === ScopeKind.Module && uses.length === 0 && declaredUnused(ctx, stmt)
            ? `${local} is imported for importers of this module (a re-export: nothing here reads it and \`# noqa\` says so, as werkzeug's wsgi.py keeps host_is_trusted)`
            : stringMention(targets.inAnnotationString(local)),
    reusable: importOnly,
    readFromOutside: attribute ? `${local} is bound at ${kind === ScopeKind.Class ? 'class' : 'module'} level, where other modules may import it` : undefined,
    clash: (name) => targets.clash(importOnly ? key : undefined, occurrence.scope, name),
    reaches,
  };
  return { binding, uses };
}

/**
 * The earliest import in `list` (source order) whose name every use reaches, made before `stmt` or
 * after it where `sameRun` says no use can run in between.
 */
function firstReaching(
  list: readonly ExistingImport[],
  stmt: ImportStatement,
  reaches: (name: string) => boolean,
  sameRun: (e: ExistingImport) => boolean,
): ExistingImport | undefined {
  for (const e of list) {
    if (e.stmt.start > stmt.start && !sameRun(e)) return undefined;
    if (reaches(e.local)) return e;
  }
  return undefined;
}

interface ExistingImport {
  stmt: ImportStatement;
  item: ImportItem;
  local: string;
}

/** The file's `from M import N [as x]` items that stay (the canonical side), by `M\0N`: indexed once per file. */
function canonicalImports(ctx: RewriteContext): Map<string, ExistingImport[]> {
  const out = new Map<string, ExistingImport[]>();
  for (const stmt of ctx.imports) {
    if (stmt.kind !== 'from' || stmt.star) continue;
    const absolute = stmt.level === 0 ? stmt.module : ctx.file ? resolveRelative(ctx.file.package, stmt.level, stmt.module) : undefined;
    if (absolute === undefined) continue;
    for (const item of stmt.items) {
      if (ctx.index.symbolTarget(absolute, item.name)) continue;
      const found = { stmt, item, local: item.alias ?? item.name };
      const key = targetKey({ module: absolute, name: item.name });
      const list = out.get(key);
      if (list) list.push(found);
      else out.set(key, [found]);
    }
  }
  return out;
}

/**
 * Answers about the imports of each target, memoised per file, so that a file importing one target
 * many times costs linear time: the canonical imports by binding scope, the occurrences that are no
 * collision for a name (other imports of the same target and their uses), reachability per symbol.
 */
interface TargetIndex {
  view: ScopeView;
  /** The canonical imports of `key` bound in `scope` (and written in `block`, when given), in source order. */
  existingIn(key: string, scope: number, block?: number): readonly ExistingImport[];
  /** Why `name` is taken where the binding lives; other imports of target `key` (when given) are no collision. */
  clash(key: string | undefined, scope: number, name: string): string | undefined;
  reaches(binding: NameOccurrence, uses: readonly NameOccurrence[], name: string, bindingScope: number): boolean;
  listedInAll(local: string): boolean;
  /** Whether only imports, comments and blank lines lie between the two statements (import-runs.ts). */
  sameImportRun(a: ImportStatement, b: ImportStatement): boolean;
  /** The offset of the first annotation-like string naming `local` (annotation-strings.ts), if any. */
  inAnnotationString(local: string): number | undefined;
  /** The symbol's occurrences by kind: uses (not imports), imports, and every binding occurrence. */
  symbol(o: NameOccurrence): SymbolParts;
}

interface SymbolParts {
  uses: NameOccurrence[];
  imports: NameOccurrence[];
  bindings: NameOccurrence[];
}

function targetIndex(ctx: RewriteContext, view: ScopeView, candidates: readonly { target: ItemTarget }[], canonical: Map<string, ExistingImport[]>): TargetIndex {
  // Every import binding of each target: the canonical ones and the moved names that will import it.
  const importsOf = new Map<string, NameOccurrence[]>();
  const add = (key: string, o: NameOccurrence | undefined) => {
    if (!o) return;
    const list = importsOf.get(key);
    if (list) list.push(o);
    else importsOf.set(key, [o]);
  };
  for (const [key, list] of canonical) for (const e of list) add(key, view.at(e.item.aliasStart ?? e.item.nameStart));
  for (const { target: t } of candidates) add(targetKey(t), view.at(t.item.aliasStart ?? t.item.nameStart));
  const byScope = new Map<string, { all: ExistingImport[]; byBlock: Map<number, ExistingImport[]> }>();
  const clashes = new Map<string, string | undefined>();
  const reached = new Map<string, boolean>();
  const allListed = ctx.text.includes('__all__') && view.occurrencesNamed('__all__').some((o) => o.scope === 0);
  const listed = new Map<string, boolean>();
  const parts = new Map<NameOccurrence[], SymbolParts>();
  const inStrings = new Map<string, number | undefined>();
  let runs: Map<ImportStatement, number> | undefined;
  return {
    view,
    existingIn(key, scope, block) {
      const slot = `${key}\0${scope}`;
      let found = byScope.get(slot);
      if (!found) {
        const all = (canonical.get(key) ?? []).filter((e) => {
          const o = view.at(e.item.aliasStart ?? e.item.nameStart);
          return o !== undefined && view.resolver.symbolScope(o) === scope;
        });
        const byBlock = new Map<number, ExistingImport[]>();
        for (const e of all) {
          const list = byBlock.get(e.stmt.block);
          if (list) list.push(e);
          else byBlock.set(e.stmt.block, [e]);
        }
        byScope.set(slot, (found = { all, byBlock }));
      }
      return block === undefined ? found.all : found.byBlock.get(block) ?? [];
    },
    clash(key, scope, name) {
      const slot = `${key}\0${scope}\0${name}`;
      if (!clashes.has(slot)) {
        // Another import of the same target under `name`, nothing else binding it, is no collision: its uses denote the same object.
        const imports = new Set(key === undefined ? [] : importsOf.get(key));
        const same = [...imports].filter((o) => o.name === name && o.scope === scope && view.symbolOf(o).every((x) => !binds(x) || imports.has(x)));
        clashes.set(slot, clashWith(view, ctx.lines, name, new Set(same.flatMap((o) => view.symbolOf(o)))));
      }
      return clashes.get(slot);
    },
    reaches(binding, uses, name, bindingScope) {
      const slot = `${bindingScope}\0${binding.name}\0${name}`;
      let answer = reached.get(slot);
      if (answer === undefined) reached.set(slot, (answer = reachesAll(view, uses, name, bindingScope)));
      return answer;
    },
    // `__all__` at module level lists `local` as a string: renaming it would change what the module exports.
    listedInAll(local) {
      if (!allListed) return false;
      let answer = listed.get(local);
      if (answer === undefined) listed.set(local, (answer = new RegExp(`(['"])${local}\\1`).test(ctx.text)));
      return answer;
    },
    sameImportRun: (a, b) => (runs ??= importRuns(ctx.text, ctx.imports)).get(a) === runs.get(b),
    inAnnotationString(local) {
      if (!inStrings.has(local)) inStrings.set(local, annotationStringOffset(ctx.text, ctx.tokens, local));
      return inStrings.get(local);
    },
    symbol(o) {
      const all = view.symbolOf(o);
      let found = parts.get(all);
      if (!found) {
        found = { uses: all.filter((x) => x.role !== NameRole.Import), imports: all.filter((x) => x.role === NameRole.Import), bindings: all.filter(binds) };
        parts.set(all, found);
      }
      return found;
    },
  };
}
