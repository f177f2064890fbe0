// The prefilter never skips a file that has a reference: whole runs with the real rewriters, with
// and without it (--no-prefilter), on the bundled examples and a generated corpus, give identical
// results — every file it skipped is one the rewriters find nothing in.
import path from 'node:path';
import { makeCorpus } from '../scripts/make-corpus';
import { main } from '../src/cli/main';
import type { JsonFileEntry } from '../src/sinks/json';
import type { RunSummary } from '../src/types';
import { cleanupTempDirs, captureOutput, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

interface Report {
  files: JsonFileEntry[];
  summary: RunSummary;
}

async function report(root: string, manifest: string, extra: string[]): Promise<Report> {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(['run', root, '--root', root, '--manifest', manifest, '--format', 'json', '--quiet', '--workers', '1', ...extra], { stdout, stderr, cwd: root });
  expect({ code, stderr: stderr.text() }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout.text()) as Report;
}

async function expectSameResults(root: string, manifest: string): Promise<number> {
  const filtered = await report(root, manifest, []);
  const full = await report(root, manifest, ['--no-prefilter']);
  expect(full.files.map((f) => f.path)).toEqual(filtered.files.map((f) => f.path));
  let skipped = 0;
  filtered.files.forEach((entry, i) => {
    const other = full.files[i];
    if (entry.status === 'skipped' && (entry.reason === 'no-legacy-name' || entry.reason === 'excluded') && entry.findings.length === 0) {
      skipped++;
      // Parsed anyway, the file yields nothing: no edit, no finding of any kind.
      expect({ path: other.path, edits: other.edits, findings: other.findings }).toEqual({ path: entry.path, edits: [], findings: [] });
      expect(['unchanged', 'skipped', 'failed']).toContain(other.status);
      if (other.status === 'skipped') expect(other.reason).toBe(entry.reason);
    } else {
      expect(other).toEqual(entry);
    }
  });
  const counts = (s: RunSummary) => ({ changed: s.changed, failed: s.failed, findings: s.findings, unusedMoves: s.unusedMoves });
  expect(counts(full.summary)).toEqual(counts(filtered.summary));
  return skipped;
}

describe('prefilter equivalence', () => {
  test('the bundled examples: identical results with and without the prefilter', async () => {
    const root = path.join(__dirname, '..', 'examples');
    await expectSameResults(root, path.join(root, 'ssot-codemod.json'));
  });

  test('a generated mixed corpus: identical results, and the prefilter did skip most files', async () => {
    const root = path.join(makeTempDir(), 'corpus');
    const made = makeCorpus({ out: root, files: 300, pythonShare: 0.5, legacyRatio: 0.15, seed: 'prefilter', git: false });
    const skipped = await expectSameResults(root, made.manifest);
    expect(skipped).toBeGreaterThan(200);
  });
});
