// An alias whose target leads into a module that moves as a whole (`"#services/*":
// "./app/services/*.js"` while app/services moves to app/core/services): the run respells every
// import written through it (relative, or another alias), where pointing the entry at the new place
// would keep them as they are, as a team doing the move by hand would. Said as a plan notice, with
// the target to write; once the entry is changed, imports through it name the canonical module and
// the run leaves them. Pure.
import path from 'node:path';
import { modulePathOf, stripModuleSuffix } from '../rewrite/js/module-key';
import type { JsAlias, Move } from '../types';

export function staleAliasNotices(moves: readonly Move[], aliases: readonly JsAlias[]): string[] {
  const notices: string[] = [];
  for (const alias of aliases) {
    const target = alias.targets[0];
    if (alias.retired || target === undefined) continue;
    const head = target.includes('*') ? target.slice(0, target.indexOf('*')) : target;
    for (const move of moves) {
      if (move.from.symbol || move.to.symbol) continue;
      const legacy = modulePathOf(move.fromKey);
      const canonical = modulePathOf(move.toKey);
      if (legacy === undefined || canonical === undefined || legacy === '.' || legacy === '') continue;
      // The alias reaches the moved module's files (its target starts inside the module's directory), or is the moved file.
      const exact = !target.includes('*') && stripModuleSuffix(target) === legacy;
      if (!exact && !head.startsWith(`${legacy}/`)) continue;
      const moved = exact ? `${canonical}${/\.[cm]?[jt]sx?$/.exec(target)?.[0] ?? ''}` : `${canonical}/${target.slice(legacy.length + 1)}`;
      notices.push(`${describe(alias)} leads into ${legacy}, which moves to ${canonical}: the run respells the imports written through it; point it at ${spelled(moved, alias)} instead and they stay as they are.`);
      break;
    }
  }
  return notices;
}

function describe(alias: JsAlias): string {
  if (alias.scope === undefined) return `tsconfig paths entry "${alias.pattern}"`;
  return `${alias.scope === '' ? 'package.json' : `${alias.scope}/package.json`} "imports" entry "${alias.pattern}"`;
}

/** A package.json target as its entry writes it (relative to its package); a tsconfig one repo-relative, as the plan holds it. */
function spelled(target: string, alias: JsAlias): string {
  if (alias.scope === undefined) return `${target} (from the repository's root)`;
  return `"./${alias.scope === '' ? target : path.posix.relative(alias.scope, target)}"`;
}
