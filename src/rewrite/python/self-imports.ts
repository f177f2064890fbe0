// The canonical module's own import of a name that moved into it: jinja's runtime.py kept `from
// .utils import object_type_repr` after `describe_object_type` was pasted into it, trio's
// _asyncgens.py `from .._util import name_asyncgen`. Re-pointed, the module would import itself;
// instead the name leaves the statement (the rename policy's "reuse" of a binding the file already
// has, here the definition) and its uses read the definition, renamed to its name, when every use
// runs after the definition is made and that name means the definition there. Else the finding
// says what to do by hand.
import type { RewriteContext } from './context';
import { declaredUnused, providedByPackage } from './exported-bindings';
import type { ItemTarget } from './from-import-plan';
import type { ImportStatement } from './import-statements';
import { reachesAll } from './name-resolution';
import { NameRole, ScopeKind, type NameOccurrence } from './parse/scope-facts';
import { binds, type ScopeView } from './scope-view';
import { SyntaxUnsure } from '../syntax-unsure';
import { SELF_IMPORT_REASON } from '../import-cycle-reason';

/** What becomes of the item: its uses to rename (none when the names are equal) and the finding's note; or why it stays manual. */
export type SelfImport = { uses: NameOccurrence[]; note: string } | { manual: string };

/** `t` imports, from a legacy module, a name whose move's target is this very module. */
export function selfImport(ctx: RewriteContext, stmt: ImportStatement, t: ItemTarget): SelfImport {
  const local = t.item.alias ?? t.item.name;
  const view = ctx.scopes.view();
  const line = (offset: number) => ctx.lines.position(offset).line;
  const manual = (why: string, definedAt?: number) => ({
    manual: `${SELF_IMPORT_REASON}: ${t.name} is defined here${definedAt === undefined ? '' : ` (line ${line(definedAt)})`}, so drop ${local} from this import${local === t.name ? '' : ` and read ${t.name} instead`}, by hand (${why})`,
  });
  if (view instanceof SyntaxUnsure) return manual(`the reader cannot resolve this file's names: ${view.reason}`);
  const definitions = view.occurrencesNamed(t.name).filter((o) => o.scope === 0 && binds(o) && o.role !== NameRole.Import);
  // Not defined here (netra's websocket_manager.py imports the implementation that stays in unified_manager.py): the import is the module's own business.
  if (definitions.length === 0) return { manual: SELF_IMPORT_REASON };
  const definedAt = definitions[0].start;
  const imported = view.at(t.item.aliasStart ?? t.item.nameStart);
  if (!imported) return manual(`the reader found no binding for ${local}`, definedAt);
  if (t.item.alias !== undefined) return manual(`your alias ${local} would lose its import`, definedAt);
  if (local !== t.name && t.move!.localName === 'keep') return manual(`"localName": "keep" keeps ${local}`, definedAt);
  const symbol = view.symbolOf(imported);
  const rebound = symbol.find((o) => o !== imported && binds(o) && !definitions.includes(o));
  if (rebound) return manual(`${local} is bound again at line ${line(rebound.start)}`, definedAt);
  const uses = symbol.filter((o) => !binds(o));
  const other = uses.find((o) => o.role !== NameRole.Load);
  if (other) return manual(`${local} is named by a \`global\`, \`nonlocal\` or \`del\` at line ${line(other.start)}`, definedAt);
  // A new name takes the old one from what the module provides, and from strings naming it (`__all__`).
  if (local !== t.name && providedByPackage(ctx, local)) return manual(`package ${ctx.file!.module} provides ${local} to its importers`, definedAt);
  if (local !== t.name && uses.length === 0 && declaredUnused(ctx, stmt)) return manual(`${local} is imported for importers of this module: \`# noqa\` says so, and the new name would not serve them`, definedAt);
  const quoted = local === t.name ? null : new RegExp(`(['"])${local}\\1`).exec(ctx.text);
  if (quoted) return manual(`${local} is named by the string at line ${line(quoted.index)}, which would not follow`, definedAt);
  const early = uses.find((u) => u.start < definedAt && runsAtImport(view, u.scope));
  if (early) return manual(`${local} is read at line ${line(early.start)} when the module loads, before the definition is made`, definedAt);
  const importScope = view.resolver.symbolScope(imported);
  // The definition's name must mean the definition at each use: an import inside a function bound its own local.
  if (local === t.name ? importScope !== 0 : !reachesAll(view, uses, t.name, 0)) return manual(`${t.name} means something else where ${local} is read`, definedAt);
  const note = `dropped: ${t.name} is defined in this module (line ${line(definedAt)})${local === t.name ? '' : `; the uses of ${local} read it`}`;
  return { uses: local === t.name ? [] : uses, note };
}

/** Whether code in `scope` runs when the module loads: no function or lambda encloses it. */
function runsAtImport(view: ScopeView, scope: number): boolean {
  for (let s = scope; s > 0; s = view.facts.scopes[s].parent) {
    const kind = view.facts.scopes[s].kind;
    if (kind === ScopeKind.Function || kind === ScopeKind.Lambda) return false;
  }
  return true;
}
