// Findings at one place with one reason, for different moves: one use of a namespace whose module
// lost five members is five findings (one per move, as the JSON report and the gate's baseline keep
// them) but one thing for a reader to fix. The run's text summary and scan's tables list such a
// group as one line naming its first move and how many more.
import type { Finding } from '../types';

export interface PlaceGroup {
  /** The first finding of the group (its move is the one named). */
  finding: Finding;
  /** How many findings (moves) the group holds. */
  moves: number;
}

/** Findings share a line when their file, kind, place, form and reason are the same. */
function samePlaceKey(f: Finding): string {
  return `${f.path}\0${f.kind}\0${f.line}\0${f.column}\0${f.form}\0${f.reason ?? ''}`;
}

/** The findings grouped by place, in the order of each group's first finding. */
export function groupByPlace(findings: readonly Finding[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const finding of findings) {
    const key = samePlaceKey(finding);
    const group = groups.get(key);
    if (group) group.moves++;
    else groups.set(key, { finding, moves: 1 });
  }
  return [...groups.values()];
}

/** ` (+N more moves here)` after a group's first move, or nothing for a single finding. */
export function moreMovesHere(moves: number): string {
  return moves > 1 ? ` (+${moves - 1} more ${moves - 1 === 1 ? 'move' : 'moves'} here)` : '';
}
