// Builds dist/ once per jest run for the tests that need compiled code (the bin, worker threads,
// the benchmark): test files run in parallel, so a lock directory serialises the builds and a
// marker naming the jest run lets later callers reuse the fresh build instead of rewriting it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO = path.join(__dirname, '..', '..');
const LOCK = path.join(REPO, '.build-lock');
const MARKER = path.join(REPO, 'dist', '.built-for-test-run');
const STALE_LOCK_MS = 5 * 60_000;

export function buildDist(): void {
  // Jest workers share their parent: its pid names this test run.
  const run = String(process.ppid);
  acquire();
  try {
    if (fs.existsSync(MARKER) && fs.readFileSync(MARKER, 'utf8') === run) return;
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'pipe' });
    fs.writeFileSync(MARKER, run);
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function acquire(): void {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      return;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}
