// The progress bar of a long run: files done of total, files per second and ETA, redrawn in place
// on stderr at most ten times a second. Only on a terminal and without --quiet; otherwise silent.
// Used by the run command through run-files' onProgress.
import type { TextOutput } from '../sinks/text-output';

export interface Progress {
  update(done: number): void;
  /** Clears the bar so the summary starts on a clean line. */
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };
const WIDTH = 24;

export function createProgress(options: { out: TextOutput; enabled: boolean; total: number; now?: () => number }): Progress {
  if (!options.enabled || options.total === 0) return SILENT;
  const now = options.now ?? Date.now;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done) {
      const t = now();
      if (t - lastDraw < 100 && done < options.total) return;
      lastDraw = t;
      drawn = true;
      options.out.write(`\r${formatProgress(done, options.total, (t - started) / 1000)}\u001b[K`);
    },
    finish() {
      if (drawn) options.out.write('\r\u001b[K');
    },
  };
}

/** `[#####-----] 1200/5000 files  850 files/s  ETA 4s` */
export function formatProgress(done: number, total: number, seconds: number): string {
  const filled = Math.round((done / total) * WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : undefined;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files  ${Math.round(rate)} files/s  ETA ${eta === undefined ? '?' : formatSeconds(eta)}`;
}

function formatSeconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
