// Which bytes of a word the prefilter searches a file for (prefilter.ts): the fastest stretch, not
// the whole word. Node's Buffer search runs a memchr for the needle's first byte when the needle
// is at most 7 bytes long and a Boyer-Moore-Horspool loop for longer ones; measured over netra's
// 180 MB of Python, `registry` takes 104 ms, `gistry` 41 ms, and among short needles the time
// follows how often the first byte occurs (`e…` 131 ms, `m…` 57 ms, `z…` 16 ms for a full scan).
// A file holding the word holds any stretch of it, so the stretch is a sound necessary condition;
// the prefilter's expression, run next, is the exact test.

/** Printable ASCII, most frequent first, as counted in 31 MB of netra's Python and TypeScript. */
const BY_FREQUENCY = 'etsrainocl_du"pmfg.=h:)(y,vb\'kERTSwxACO{}-ND#[]M0/I>;LPVUFq1*YXzHBG2jW<53@4+|J86?K\\9$`Q!&7%Z^~';
/** The longest needle Node still searches with memchr on its first byte. */
const MEMCHR_NEEDLE = 7;
/** The shortest stretch worth searching: shorter ones hold for too many files that lack the word. */
const SHORTEST = 5;

/** Lower is rarer: whitespace and control bytes count as most frequent, other bytes (UTF-8) as rare. */
function frequencyRank(byte: number): number {
  if (byte <= 32) return BY_FREQUENCY.length;
  const k = BY_FREQUENCY.indexOf(String.fromCharCode(byte));
  return k < 0 ? -1 : BY_FREQUENCY.length - 1 - k;
}

/**
 * The stretch of `word`'s UTF-8 bytes to search for: the word itself when Node searches it with
 * memchr already and no rarer first byte is to be had, else the stretch of 5–7 bytes that starts at
 * the word's rarest byte (the longer on a tie).
 */
export function searchStretch(word: string): Buffer {
  const bytes = Buffer.from(word, 'utf8');
  const n = bytes.length;
  if (n <= SHORTEST) return bytes;
  let best = 0;
  for (let i = 1; i <= n - SHORTEST; i++) {
    if (frequencyRank(bytes[i]) < frequencyRank(bytes[best])) best = i;
  }
  return bytes.subarray(best, Math.min(n, best + MEMCHR_NEEDLE));
}
