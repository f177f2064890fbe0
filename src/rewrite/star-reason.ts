// The sentences both rewriters give for a star re-export/import (`export * from 'm'`, `from m import *`)
// of a module one of whose symbols moved: the star cannot follow the symbol. One policy, one wording.
import type { Move } from '../types';

/**
 * Why the star is a manual finding. `what` is how the language spells it (`export * re-exports`,
 * `` `import *` brings``). A symbol renamed in place still comes through, under its new name, so the
 * advice differs: the names that break are the old one's uses here and its importers' from here.
 */
export function starReason(what: string, move: Move): string {
  const { symbol: oldName } = move.from;
  if (move.fromKey === move.toKey) {
    return `${what} ${oldName} from ${move.from.module} as ${move.to.symbol} now (renamed in place); uses of ${oldName} through this module break: rename them by hand, or add a move for this module's ${oldName}`;
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
