// Finds Debian's headless Chromium for browser tests; tests skip with a printed reason when it
// is absent (.ci/run installs it, so CI always runs them).
import fs from 'node:fs';

export function chromiumPath(): string | undefined {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
}

/** Flags for a quiet, sandbox-free, network-free headless start as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
