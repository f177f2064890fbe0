// Where sinks write text (stdout, stderr, a test buffer) and the few ANSI styles they use.
// Used by every text-producing sink and by cli/main.ts.

/** A writable text channel; process.stdout and a test's string buffer both fit. */
export interface TextOutput {
  /** Returns false when a stream's buffer is full (then 'drain' follows); other values are ignored. */
  write(chunk: string): unknown;
  once?(event: 'drain' | 'close', listener: () => void): unknown;
  removeListener?(event: 'drain' | 'close', listener: () => void): unknown;
  /** A stream that failed (EPIPE) or closed: writes go nowhere and 'drain' never comes. */
  destroyed?: boolean;
}

/**
 * Writes and, when a stream reports a full buffer, waits for it to drain, so a long diff or JSON
 * report piped into a slow reader does not pile up in memory. A closed stream ends the wait
 * (a reader that went away must not hang the run).
 */
export async function writeText(out: TextOutput, chunk: string): Promise<void> {
  if (isClosed(out)) return;
  // Checked again after the write: the write itself may be what found the pipe broken.
  if (out.write(chunk) !== false || typeof out.once !== 'function' || isClosed(out)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.removeListener?.('drain', done);
      out.removeListener?.('close', done);
      resolve();
    };
    out.once!('drain', done);
    out.once!('close', done);
  });
}

const isClosed = (out: TextOutput) => out.destroyed === true;

/** Collects small writes and passes them on in chunks of about `limit` characters. */
export interface ChunkedWriter {
  write(chunk: string): Promise<void>;
  /** Passes on whatever is collected; call it before the run ends. */
  flush(): Promise<void>;
}

/**
 * One `write` per small piece (a JSON entry per file) costs a system call each on a synchronous
 * stdout: 20,000 entries took a tenth of a dry run. Collecting up to `limit` characters keeps memory
 * bounded by the limit, not by the number of files, and keeps writeText's back-pressure.
 */
export function createChunkedWriter(out: TextOutput, limit = 64 * 1024): ChunkedWriter {
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    await writeText(out, chunk);
  };
  return {
    async write(chunk) {
      pending += chunk;
      if (pending.length >= limit) await flush();
    },
    flush,
  };
}

export type Style = 'bold' | 'red' | 'green' | 'yellow' | 'cyan' | 'dim';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  dim: [2, 22],
};

/** Returns a painter that styles text only when `enabled` (a TTY without --no-color). */
export function createPainter(enabled: boolean): (style: Style, text: string) => string {
  if (!enabled) return (_style, text) => text;
  return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}
