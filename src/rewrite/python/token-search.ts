// Finding the token that holds a text offset, for passes that search the text first and map each
// hit to its token (strings-pass.ts, annotation-strings.ts). Offsets only grow along such a search,
// so the caller passes the previous answer as the lower bound. And stepping to the next code token.
import { Tok } from './tokenizer';

/**
 * The first token at or after `from` whose end lies beyond `offset`: the token holding `offset`, or
 * the next one when `offset` lies between tokens (check `start[k] <= offset`); -1 past the last.
 */
export function tokenHolding(t: { count: number; end: Int32Array }, offset: number, from: number): number {
  let lo = from;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.count ? lo : -1;
}

/** The token after `k` that is code (line breaks inside brackets and comments skipped); undefined past the last. */
export function nextCodeToken(t: { count: number; kind: Uint8Array }, k: number): number | undefined {
  let j = k + 1;
  while (j < t.count && (t.kind[j] === Tok.Nl || t.kind[j] === Tok.Comment)) j++;
  return j < t.count ? j : undefined;
}
