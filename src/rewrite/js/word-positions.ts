// Where certain words occur in a source text, so a walk can skip every subtree whose source range
// holds none of them: the reference collection (references.ts) only descends where `import`,
// `export`, `module`, `require`, `jest`, `vi` or a backslash (an escaped identifier) occurs.
// Pure; one regular-expression pass per file, then a binary search per visited node.

export interface WordPositions {
  /** Whether some occurrence starts in [start, end). */
  within(start: number, end: number): boolean;
}

/** Positions of every match of `pattern` (a global regular expression) in `source`. */
export function wordPositions(source: string, pattern: RegExp): WordPositions {
  const positions: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    positions.push(m.index);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return {
    within(start, end) {
      let lo = 0;
      let hi = positions.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (positions[mid] < start) lo = mid + 1;
        else hi = mid;
      }
      return lo < positions.length && positions[lo] < end;
    },
  };
}
