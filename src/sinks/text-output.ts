// Where sinks write text (stdout, stderr, a test buffer) and the few ANSI styles they use.
// Used by every text-producing sink and by cli/main.ts.

/** A writable text channel; process.stdout and a test's string buffer both fit. */
export interface TextOutput {
  write(chunk: string): unknown;
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
