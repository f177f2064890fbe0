// Formats references as GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`),
// escaped per the runner's rules so paths with commas or colons survive.
import type { BaselineEntry } from './baseline';
import type { NotRead } from './not-read';
import { moreMovesHere } from './same-place';
import type { Finding } from '../types';
import { UNUSED_IGNORE_WHY, type UnusedIgnore } from './unused-ignores';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `moves`: how many findings (moves) share this place and reason (same-place.ts); the first one is named. */
export function githubAnnotation(f: Finding, moves = 1): string {
  const move = f.move + moreMovesHere(moves);
  const what = f.kind === 'manual' ? `${move} (${f.form}, manual: ${f.reason ?? 'cannot be rewritten automatically'})` : `${move} (${f.form})`;
  return `::error file=${escapeProperty(f.path)},line=${f.line},col=${f.column},title=${escapeProperty('legacy import')}::${escapeData(`legacy reference: ${what}`)}`;
}

export function plainReferenceLine(f: Finding, moves = 1): string {
  return `${f.path}:${f.line}:${f.column}  ${f.move}${moreMovesHere(moves)}  (${f.form}${f.kind === 'manual' ? `, manual: ${f.reason ?? ''}` : ''})`;
}

/** A baseline entry no longer found: no line to point at, so the annotation names the file. */
export function githubGoneAnnotation(e: BaselineEntry, path: string): string {
  const times = e.count > 1 ? ` (${e.count}×)` : '';
  return `::error file=${escapeProperty(path)},title=${escapeProperty('stale baseline')}::${escapeData(`legacy reference gone from the baseline${times}: ${e.text} — ${e.move} (${e.form}); tighten it with check --update-baseline`)}`;
}

export function plainGoneLine(e: BaselineEntry): string {
  return `${e.path}  gone from the baseline${e.count > 1 ? ` (${e.count}×)` : ''}: ${e.text}  ${e.move}  (${e.form})`;
}

export function githubNotReadAnnotation(n: NotRead): string {
  const at = n.line ? `,line=${n.line}${n.column ? `,col=${n.column}` : ''}` : '';
  return `::warning file=${escapeProperty(n.path)}${at},title=${escapeProperty('not read')}::${escapeData(`its legacy references are not counted: ${n.why}`)}`;
}

/** An ignore comment that opts nothing out (check --report-unused-ignores). */
export function githubUnusedIgnoreAnnotation(u: UnusedIgnore, path: string): string {
  return `::error file=${escapeProperty(path)},line=${u.line},col=${u.column},title=${escapeProperty('unused ignore comment')}::${escapeData(UNUSED_IGNORE_WHY)}`;
}
