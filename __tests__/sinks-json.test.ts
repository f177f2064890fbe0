// json sink: one streamed JSON document with per-file edits as line ranges and text.
import { createJsonSink, entryJson, REPORT_VERSION, toJsonEntry } from '../src/sinks/json';
import type { FileResult, RunSummary } from '../src/types';
import { captureOutput } from './helpers/temp-repo';

const summary: RunSummary = {
  files: 3, changed: 1, unchanged: 0, skipped: 1, failed: 1,
  findings: { rewritten: 1, manual: 0, mention: 0, ignored: 0 },
  unusedMoves: [], notices: [], durationMs: 5,
};

describe('json', () => {
  test('streams a report with edits, reasons and errors', async () => {
    const out = captureOutput();
    const sink = createJsonSink({ out, root: '/repo' });
    const original = 'x = 1\nimport pkg.legacy\n';
    await sink.onResult({
      path: 'a.py', status: 'changed', language: 'python', findings: [], original,
      code: 'x = 1\nimport pkg.core\n', edits: [{ start: 13, end: 23, text: 'pkg.core' }],
    });
    await sink.onResult({ path: 'b.bin', status: 'skipped', reason: 'binary', findings: [] });
    await sink.onResult({ path: 'c.py', status: 'failed', language: 'python', findings: [], error: { code: 'parse', message: 'bad', line: 2, column: 1 } });
    await sink.onEnd(summary);
    expect(JSON.parse(out.text())).toEqual({
      version: REPORT_VERSION,
      root: '/repo',
      files: [
        { path: 'a.py', status: 'changed', language: 'python', edits: [{ line: 2, endLine: 2, before: 'pkg.legacy', after: 'pkg.core' }], findings: [] },
        { path: 'b.bin', status: 'skipped', reason: 'binary', edits: [], findings: [] },
        { path: 'c.py', status: 'failed', language: 'python', edits: [], findings: [], error: { code: 'parse', message: 'bad', line: 2, column: 1 } },
      ],
      summary,
    });
  });

  test('an empty run is still one valid document', async () => {
    const out = captureOutput();
    const sink = createJsonSink({ out, root: '/repo' });
    await sink.onEnd({ ...summary, files: 0 });
    expect(JSON.parse(out.text())).toMatchObject({ files: [], summary: { files: 0 } });
  });
});

describe('json backpressure', () => {
  function blockedOutput() {
    const listeners: Record<string, Array<() => void>> = { drain: [], close: [] };
    return {
      out: {
        write: () => false,
        once: (event: 'drain' | 'close', listener: () => void) => void listeners[event].push(listener),
        removeListener: (event: 'drain' | 'close', listener: () => void) => void (listeners[event] = listeners[event].filter((l) => l !== listener)),
      },
      emit: (event: 'drain' | 'close') => listeners[event].splice(0).forEach((l) => l()),
      listenerCount: () => listeners.drain.length + listeners.close.length,
    };
  }

  test.each(['drain', 'close'] as const)('waits for the output to %s when it reports a full buffer', async (event) => {
    const { out, emit, listenerCount } = blockedOutput();
    const sink = createJsonSink({ out, root: '/repo' });
    let done = false;
    // Entries are collected into chunks; the end of the report flushes, and that write is refused.
    await sink.onResult({ path: 'a.py', status: 'skipped', reason: 'binary', findings: [] });
    const pending = Promise.resolve(sink.onEnd(summary)).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    emit(event);
    await pending;
    expect(done).toBe(true);
    expect(listenerCount()).toBe(0);
  });
});

describe('json chunking', () => {
  test('thousands of entries reach the output in a few large writes, with the same text', async () => {
    const writes: string[] = [];
    const sink = createJsonSink({ out: { write: (chunk: string) => void writes.push(chunk) }, root: '/repo' });
    for (let i = 0; i < 5000; i++) await sink.onResult({ path: `pkg/file${i}.py`, status: 'skipped', reason: 'no-legacy-name', findings: [] });
    expect(writes.length).toBeLessThan(10);
    expect(writes.slice(0, -1).every((w) => w.length >= 64 * 1024)).toBe(true);
    await sink.onEnd(summary);
    const report = JSON.parse(writes.join(''));
    expect(report.files).toHaveLength(5000);
    expect(report.files[4999]).toEqual({ path: 'pkg/file4999.py', status: 'skipped', reason: 'no-legacy-name', edits: [], findings: [] });
  });
});

describe('entryJson', () => {
  test('spells quiet entries exactly as JSON.stringify(toJsonEntry(...)) would', () => {
    const finding = { path: 'a "b".py', line: 1, column: 1, move: 'x → y', form: 'import' as const, kind: 'mention' as const, text: 'x' };
    const results: FileResult[] = [
      { path: 'pkg/a.py', status: 'skipped', reason: 'no-legacy-name', findings: [] },
      { path: 'dir with "quotes"\\and\u2028odd\u0001.ts', status: 'skipped', reason: 'excluded', findings: [] },
      { path: 'big.py', status: 'skipped', reason: 'too-large', detail: '9 bytes > 1', findings: [] },
      { path: 'pkg/b.py', status: 'unchanged', language: 'python', findings: [] },
      { path: 'web/c.tsx', status: 'unchanged', language: 'javascript', findings: [] },
      { path: 'pkg/d.py', status: 'unchanged', language: 'python', findings: [finding] },
      { path: 'pkg/e.py', status: 'skipped', reason: 'excluded', findings: [{ ...finding, kind: 'ignored' }] },
    ];
    for (const result of results) expect(entryJson(result)).toBe(JSON.stringify(toJsonEntry(result)));
  });
});
