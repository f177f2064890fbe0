// The sentences both rewriters give for a star re-export/import (`export * from 'm'`, `from m import *`)
// of a module one of whose symbols moved: the star cannot follow the symbol. One policy, one wording.
import type { Move } from '../types';

/**
 * Why the star is a manual finding. `what` is how the language spells it (`export * re-exports`,
 * `` `import *` brings``). A symbol renamed in place still comes through, under its new name, so the
 * advice differs: the names that break are the old one's uses here (`readAt`: the first line that
 * reads it) and its importers' from here; `explicit` spells the binding that keeps the old name
 * (`export { New as Old } from 'm'`), after which the star has nothing left to report.
 */
export function starReason(what: string, move: Move, explicit: string, readAt?: number): string {
  const { symbol: oldName } = move.from;
  if (move.fromKey === move.toKey) {
    const head = `${what} ${oldName} from ${move.from.module} as ${move.to.symbol} now (renamed in place)`;
    if (readAt !== undefined) return `${head}; this file reads ${oldName} (line ${readAt}): rename its uses to ${move.to.symbol} by hand, or bind the old name explicitly (${explicit})`;
    return `${head}; importers that take ${oldName} from this module break: bind it explicitly here (${explicit}) if any does, or mark the line ssot-codemod-ignore if none does`;
  }
  return `${what} ${oldName} from ${move.from.module}, which moved to ${move.to.module}; import or export it explicitly from there`;
}

/** A rename in place the file's own module makes too: the star carries the name the file now provides. */
export function renamedHereToo(move: Move, own: readonly Move[]): boolean {
  return move.fromKey === move.toKey && own.some((m) => m.fromKey === m.toKey && m.from.symbol === move.from.symbol && m.to.symbol === move.to.symbol);
}

/**
 * The file also stars the moved name's canonical module (`export * from './case'`, `from .case import *`),
 * so the name still comes through, under its own name, and the legacy module's star has nothing to carry.
 * `starred` holds the module keys of the file's stars; `carried` is whether that language's star
 * brings the move's name from its canonical module at all (not `default`; not `_private` or past `__all__`).
 */
export function starredFromCanonical(move: Move, starred: ReadonlySet<string>, carried: (move: Move) => boolean): boolean {
  const name = move.from.symbol!;
  return move.fromKey !== move.toKey && (move.to.symbol ?? name) === name && starred.has(move.toKey) && carried(move);
}
