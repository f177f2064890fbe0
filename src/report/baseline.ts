// The check gate's baseline: the references known when it was recorded, so CI fails only on new
// ones. A reference is keyed by path, move, form and its statement text (not by line), so edits
// elsewhere in a file do not break it; repeated identical references are counted. Recorded ones
// that are gone (fixed) are reported too: left in the file, they would let the same reference come
// back unnoticed, so the gate asks for the baseline to be tightened (ESLint's unpruned suppressions).
import type { Finding } from '../types';

export interface BaselineEntry {
  path: string;
  move: string;
  form: string;
  text: string;
  count: number;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

const keyOf = (f: { path: string; move: string; form: string; text: string }) => JSON.stringify([f.path, f.move, f.form, f.text]);

export function createBaseline(references: readonly Finding[]): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const f of references) {
    const key = keyOf(f);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { path: f.path, move: f.move, form: f.form, text: f.text, count: 1 });
  }
  const entries = [...counts.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  return { version: 1, entries };
}

/** What a check finds against a baseline: references beyond it, and recorded ones that are gone. */
export interface BaselineComparison {
  /** References beyond what the baseline allows (per key, the extra occurrences, last ones first reported). */
  fresh: Finding[];
  /** Recorded references no longer found, among those `judged` (each with how many are gone). */
  gone: BaselineEntry[];
}

/**
 * Compares a check's references with the baseline. `judged` says which recorded paths this check
 * could have seen (a check of one directory cannot tell whether references elsewhere are gone).
 */
export function compareWithBaseline(references: readonly Finding[], baseline: Baseline, judged: (path: string) => boolean): BaselineComparison {
  const allowance = new Map(baseline.entries.map((e) => [keyOf(e), e.count]));
  const fresh: Finding[] = [];
  for (const f of references) {
    const key = keyOf(f);
    const left = allowance.get(key) ?? 0;
    if (left > 0) allowance.set(key, left - 1);
    else fresh.push(f);
  }
  const gone: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    const left = judged(e.path) ? allowance.get(keyOf(e))! : 0;
    if (left > 0) gone.push({ ...e, count: left });
  }
  return { fresh, gone };
}

/**
 * The baseline after a check that saw the paths `judged` accepts: their entries are replaced by
 * the references found, every other entry is kept (a check of one directory updates only it).
 */
export function updatedBaseline(previous: Baseline | undefined, references: readonly Finding[], judged: (path: string) => boolean): Baseline {
  const kept = (previous?.entries ?? []).filter((e) => !judged(e.path));
  const current = createBaseline(references).entries;
  const entries = [...kept, ...current].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  return { version: 1, entries };
}

export function isBaseline(value: unknown): value is Baseline {
  const v = value as Baseline;
  return typeof v === 'object' && v !== null && v.version === 1 && Array.isArray(v.entries);
}
