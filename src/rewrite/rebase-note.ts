// The words both rewriters add to a finding of a moved file's own relative import (Move.carried):
// its label names what the import spells from the file's new place and where it goes, which no
// manifest entry says, so the reason says it is a rebase and which move put the file there.
import type { Move } from '../types';

/** The finding's reason for `move`: `reason` as given, with the rebase said when the move is a carried one. */
export function withRebaseNote(move: Move, reason: string | undefined): string | undefined {
  if (!move.carried) return reason;
  const note = `the moved file's own relative import, written from where the file was before ${move.carried.by}`;
  return reason === undefined ? `rebased: ${note}` : `${reason} (${note})`;
}
