// The progress bar: drawn in place (carriage return, clear to end of line) with files/s and ETA,
// throttled, cleared at the end; nothing at all when disabled (not a TTY, or --quiet).
import { createProgress, formatProgress } from '../src/cli/progress';
import { captureOutput } from './helpers/temp-repo';

describe('progress', () => {
  test('formats done/total, files per second and the ETA', () => {
    expect(formatProgress(500, 2000, 2)).toBe('[######------------------] 500/2000 files  250 files/s  ETA 6s');
    expect(formatProgress(0, 10, 0)).toContain('ETA ?');
    expect(formatProgress(100, 100000, 1)).toContain('ETA 16m39s');
  });

  test('redraws at most every 100 ms (and always at the end), then clears the line', () => {
    const out = captureOutput();
    let t = 0;
    const progress = createProgress({ out, enabled: true, total: 100, now: () => t });
    t = 150;
    progress.update(10);
    t = 160;
    progress.update(20); // throttled
    t = 170;
    progress.update(100); // the last one always draws
    progress.finish();
    const frames = out.text().split('\r').filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[0]).toContain('10/100 files');
    expect(frames[1]).toContain('100/100 files');
    expect(frames[2]).toBe('\u001b[K');
  });

  test('disabled, it writes nothing', () => {
    const out = captureOutput();
    const progress = createProgress({ out, enabled: false, total: 100 });
    progress.update(50);
    progress.finish();
    expect(out.text()).toBe('');
  });
});
