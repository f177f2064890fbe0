// The prefilter never skips a file that has a reference: whole runs with the real rewriters, with
// and without it (--no-prefilter, which also turns off the rewriters' own shortcuts), on the bundled
// examples and a generated corpus, give identical results — every file it skipped is one the
// rewriters find nothing in. scripts/prefilter-equivalence.ts's comparison is checked on the way.
import path from 'node:path';
import { makeCorpus } from '../scripts/make-corpus';
import { compareReports } from '../scripts/prefilter-equivalence';
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
  const compared = compareReports(filtered, full);
  expect(compared.differences).toEqual([]);
  expect(compared.letThrough).toBe(filtered.files.length - skipped);
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

test('the comparison reports a skipped file the oracle finds something in, and any other difference', () => {
  const summary = { files: 2, changed: 0, unchanged: 1, skipped: 1, failed: 0, findings: { rewritten: 0, manual: 0, mention: 0, ignored: 0 }, unusedMoves: [], notices: [], durationMs: 1 };
  const finding = { path: 'a.py', line: 1, column: 1, move: 'a → b', form: 'comment' as const, kind: 'mention' as const, text: '# a' };
  const filtered = { files: [{ path: 'a.py', status: 'skipped' as const, reason: 'no-legacy-name' as const, edits: [], findings: [] }, { path: 'b.py', status: 'unchanged' as const, edits: [], findings: [] }], summary };
  const same = { files: [{ path: 'a.py', status: 'unchanged' as const, edits: [], findings: [] }, filtered.files[1]], summary };
  expect(compareReports(filtered, same)).toEqual({ letThrough: 1, dropped: { unchanged: 1 }, differences: [] });
  const found = { files: [{ ...same.files[0], findings: [finding] }, filtered.files[1]], summary: { ...summary, findings: { ...summary.findings, mention: 1 } } };
  expect(compareReports(filtered, found).differences).toEqual([
    'a.py: skipped, but the oracle has 0 edits and 1 findings',
    expect.stringMatching(/^summaries differ/),
  ]);
  const failed = { files: [same.files[0], { ...filtered.files[1], status: 'failed' as const }], summary };
  expect(compareReports(filtered, failed).differences).toEqual(['b.py: unchanged, 0 edits, 0 findings with the prefilter, failed, 0 edits, 0 findings without']);
});
