// The check gate's baseline: the references known when it was recorded, so CI fails only on new
// ones. A reference is keyed by path, move, form and its statement text (not by line), so edits
// elsewhere in a file do not break it; repeated identical references are counted.
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

/** References beyond what the baseline allows (per key, the extra occurrences, last ones first reported). */
export function newReferences(references: readonly Finding[], baseline: Baseline): Finding[] {
  const allowance = new Map(baseline.entries.map((e) => [keyOf(e), e.count]));
  const fresh: Finding[] = [];
  for (const f of references) {
    const key = keyOf(f);
    const left = allowance.get(key) ?? 0;
    if (left > 0) allowance.set(key, left - 1);
    else fresh.push(f);
  }
  return fresh;
}

export function isBaseline(value: unknown): value is Baseline {
  const v = value as Baseline;
  return typeof v === 'object' && v !== null && v.version === 1 && Array.isArray(v.entries);
}
