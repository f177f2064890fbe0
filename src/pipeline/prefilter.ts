// The cheap test that keeps most files away from the parser: a file that contains none of the
// plan's needles cannot refer to a legacy module. Used by process-file before each rewrite, on the
// raw bytes (the file is not decoded unless it passes).

/**
 * Compiles the needles once into one combined check: a single regular-expression pass over the
 * bytes viewed as latin1 (one char per byte, so it is an exact byte search, UTF-8 needles included).
 * On real sources this is about twice as fast as one Buffer.indexOf pass per needle.
 */
export function createPrefilter(needles: readonly string[]): (content: Buffer) => boolean {
  const kept = essentialNeedles(needles);
  // A plan without needles gives the prefilter nothing to go on: let every file through.
  if (kept.length === 0) return () => true;
  const pattern = new RegExp(kept.map((n) => escapeRegExp(Buffer.from(n, 'utf8').toString('latin1'))).join('|'));
  return (content) => pattern.test(content.toString('latin1'));
}

/** Unique, non-empty needles without those that contain another (a file holding one holds the other). */
export function essentialNeedles(needles: readonly string[]): string[] {
  const unique = [...new Set(needles)].filter((n) => n.length > 0);
  return unique.filter((n) => !unique.some((m) => m !== n && n.includes(m))).sort();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
