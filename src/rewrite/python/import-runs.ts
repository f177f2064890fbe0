// Runs of import statements: consecutive imports with nothing but comments, blank lines and `;`
// between them. Inside one run no other code executes, so an import made later in the run binds its
// name before any use can see the difference (rule 3 of the rename policy: from-import-bindings.ts).
import type { ImportStatement } from './import-statements';

/** Each import statement's run number, computed in one pass over `imports` (in source order). */
export function importRuns(text: string, imports: readonly ImportStatement[]): Map<ImportStatement, number> {
  const runs = new Map<ImportStatement, number>();
  let run = 0;
  let previous: ImportStatement | undefined;
  for (const stmt of imports) {
    // Anything but trivia between two imports starts a new run.
    if (previous === undefined || !onlyTrivia(text, previous.end, stmt.start)) run++;
    runs.set(stmt, run);
    previous = stmt;
  }
  return runs;
}

/** Whether text[from, to) holds only whitespace, `;`, backslash-free comments. */
function onlyTrivia(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 59) continue; // space, tab, LF, CR, FF, ';'
    if (c !== 35) return false; // '#'
    while (i < to && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  }
  return true;
}
