// patch sink: the whole patch appears at FILE only at the end; a failure leaves no partial file.
import fs from 'node:fs';
import path from 'node:path';
import { RunError } from '../src/errors';
import { createPatchSink } from '../src/sinks/patch';
import type { RunSummary } from '../src/types';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const summary = {} as RunSummary;
const change = (p: string) => ({ path: p, status: 'changed' as const, language: 'python' as const, findings: [], original: 'a\n', code: 'b\n', edits: [] });

describe('patch', () => {
  test('writes every change to FILE at the end, atomically', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'out.patch');
    const sink = createPatchSink(file);
    await sink.onResult(change('a.py'));
    await sink.onResult({ path: 'u.py', status: 'unchanged', language: 'python', findings: [] });
    await sink.onResult(change('b.py'));
    expect(fs.existsSync(file)).toBe(false);
    await sink.onEnd(summary);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      'diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1,1 +1,1 @@\n-a\n+b\n' +
        'diff --git a/b.py b/b.py\n--- a/b.py\n+++ b/b.py\n@@ -1,1 +1,1 @@\n-a\n+b\n',
    );
    expect(fs.readdirSync(dir)).toEqual(['out.patch']);
  });

  test('a run without changes writes an empty patch', async () => {
    const file = path.join(makeTempDir(), 'empty.patch');
    await createPatchSink(file).onEnd(summary);
    expect(fs.readFileSync(file, 'utf8')).toBe('');
  });

  test('a write failure is a RunError and leaves nothing behind', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'gone', 'out.patch');
    await expect(createPatchSink(file).onResult(change('a.py'))).rejects.toThrow(RunError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
