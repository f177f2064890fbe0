// A tsconfig's `files`, `include` and `exclude` entries that name a moved file (immer lists
// `./src/plugins/mapset.ts` in `files`: after the move tsc fails TS6053, and nothing said so). The
// manifest loader finds them (manifest/tsconfig-file-entries.ts); the pipeline hands the tsconfig's
// text here, which re-locates each entry and replaces the text between its quotes (nothing else
// changes), or reports it `manual` when the new path is not known. Pure.
import type { Edit, Finding, RewriteOutcome, TsconfigListEntry } from '../../types';
import { applyEdits } from '../edits';
import { createLineIndex } from '../line-index';

/** One string of a top-level list: which list, its value and the offsets of the text between its quotes. */
export interface ListString {
  list: TsconfigListEntry['list'];
  value: string;
  start: number;
  end: number;
}

const LISTS = new Set(['files', 'include', 'exclude']);

/**
 * The strings of the top-level `files`, `include` and `exclude` arrays of tsconfig text (comments
 * and trailing commas allowed, as tsc reads it). Text that is not such an object gives what it can.
 */
export function tsconfigListStrings(text: string): ListString[] {
  const found: ListString[] = [];
  let depth = 0;
  let key: string | undefined;
  let list: ListString['list'] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else if (c === '"') {
      const start = i + 1;
      i = start;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      const raw = text.slice(start, i);
      const value = decode(raw);
      if (depth === 1) key = value;
      else if (depth === 2 && list && value !== undefined) found.push({ list, value, start, end: i });
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 2 && c === '[' && key !== undefined && LISTS.has(key)) list = key as ListString['list'];
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 2) list = undefined;
    } else if (c === ',' && depth === 1) {
      key = undefined;
    }
  }
  return found;
}

function decode(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

/**
 * Re-points the entries the plan lists for this tsconfig: each string of their list still reading
 * `written` gets `replacement` between its quotes (a `rewritten` finding), or, without one, a
 * `manual` finding with the entry's reason.
 */
export function rewriteTsconfigLists(source: string, path: string, entries: readonly TsconfigListEntry[]): RewriteOutcome {
  const lines = createLineIndex(source);
  const edits: Edit[] = [];
  const findings: Finding[] = [];
  for (const string of tsconfigListStrings(source)) {
    const entry = entries.find((e) => e.list === string.list && e.written === string.value);
    if (!entry) continue;
    const { line, column } = lines.position(string.start - 1);
    const base = { path, line, column, move: entry.move, form: 'tsconfig-entry' as const, text: `"${source.slice(string.start, string.end)}"` };
    if (entry.replacement !== undefined && !/["\\\u0000-\u001f]/.test(entry.replacement)) {
      edits.push({ start: string.start, end: string.end, text: entry.replacement });
      findings.push({ ...base, kind: 'rewritten' });
    } else {
      findings.push({ ...base, kind: 'manual', reason: entry.reason });
    }
  }
  return { code: applyEdits(source, edits), edits, findings };
}
