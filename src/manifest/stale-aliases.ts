// An alias whose target leads into a module that moves as a whole (`"#services/*":
// "./app/services/*.js"` while app/services moves to app/core/services): the run respells every
// import written through it (relative, or another alias), where pointing the entry at the new place
// would keep them as they are, as a team doing the move by hand would. Said as a plan notice, with
// the target to write; once the entry is changed, imports through it name the canonical module and
// the run leaves them. Pure. A package's `exports` entry leading there (the way into the package
// for its importers, which the run never rewrites) gets a notice too.
import path from 'node:path';
import { modulePathOf, stripModuleSuffix } from '../rewrite/js/module-key';
import type { JsAlias, Move } from '../types';

export function staleAliasNotices(moves: readonly Move[], aliases: readonly JsAlias[]): string[] {
  const notices: string[] = [];
  for (const alias of aliases) {
    const target = alias.targets[0];
    if (alias.retired || target === undefined) continue;
    const found = movedTarget(target, moves);
    if (found) notices.push(`${describe(alias)} leads into ${found.legacy}, which moves to ${found.canonical}: the run respells the imports written through it; point it at ${spelled(found.moved, alias)} instead and they stay as they are.`);
  }
  return notices;
}

/** One `exports` target of a package.json or jsr.json (repo-relative, `*` kept), with where it is written. */
export interface ExportTarget {
  /** The file (`packages/zod/package.json`). */
  file: string;
  /** The package's directory, repo-relative ('' for the root). */
  scope: string;
  /** The subpath key (`./v4/locales/*`, `.`). */
  subpath: string;
  target: string;
}

/**
 * An `exports` entry leading into a module that moves as a whole (`"./v4/locales/*": {"@zod/source":
 * "./src/v4/locales/*"}` while src/v4/locales moves): the run never rewrites it, and the package's
 * importers through it break. Said as a notice with the target to write.
 */
export function staleExportNotices(moves: readonly Move[], targets: readonly ExportTarget[]): string[] {
  const notices: string[] = [];
  for (const entry of targets) {
    const found = movedTarget(entry.target, moves);
    if (!found) continue;
    const relative = entry.scope === '' ? found.moved : path.posix.relative(entry.scope, found.moved);
    notices.push(`${entry.file} "exports" entry "${entry.subpath}" leads into ${found.legacy}, which moves to ${found.canonical}, and is not rewritten: point it at "./${relative}", or the package's importers through it break.`);
  }
  return notices;
}

/** The whole-module move whose legacy module a target (repo-relative) reaches, and the target written at the canonical place. */
function movedTarget(target: string, moves: readonly Move[]): { legacy: string; canonical: string; moved: string } | undefined {
  const head = target.includes('*') ? target.slice(0, target.indexOf('*')) : target;
  for (const move of moves) {
    if (move.from.symbol || move.to.symbol) continue;
    const legacy = modulePathOf(move.fromKey);
    const canonical = modulePathOf(move.toKey);
    if (legacy === undefined || canonical === undefined || legacy === '.' || legacy === '') continue;
    // The target reaches the moved module's files (it starts inside the module's directory), or is the moved file.
    const exact = !target.includes('*') && stripModuleSuffix(target) === legacy;
    if (!exact && !head.startsWith(`${legacy}/`)) continue;
    const moved = exact ? `${canonical}${/\.[cm]?[jt]sx?$/.exec(target)?.[0] ?? ''}` : `${canonical}/${target.slice(legacy.length + 1)}`;
    return { legacy, canonical, moved };
  }
  return undefined;
}

function describe(alias: JsAlias): string {
  if (alias.scope === undefined) return `${alias.project?.config ?? 'tsconfig'} paths entry "${alias.pattern}"`;
  return `${alias.scope === '' ? 'package.json' : `${alias.scope}/package.json`} "imports" entry "${alias.pattern}"`;
}

/** A package.json target as its entry writes it (relative to its package); a tsconfig one repo-relative, as the plan holds it. */
function spelled(target: string, alias: JsAlias): string {
  if (alias.scope === undefined) return `${target} (from the repository's root)`;
  return `"./${alias.scope === '' ? target : path.posix.relative(alias.scope, target)}"`;
}
