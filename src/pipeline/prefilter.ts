// The cheap test that keeps most files away from the parser: a file that contains none of the
// plan's needles cannot refer to a legacy module. Used by process-file before each rewrite.

/** Compiles the needles once; the returned test is one pass per needle over the bytes (memchr-fast). */
export function createPrefilter(needles: readonly string[]): (content: Buffer) => boolean {
  const buffers = [...new Set(needles)].filter((n) => n.length > 0).map((n) => Buffer.from(n, 'utf8'));
  // A plan without needles gives the prefilter nothing to go on: let every file through.
  if (buffers.length === 0) return () => true;
  return (content) => buffers.some((needle) => content.indexOf(needle) !== -1);
}
