// The benchmark cannot rot: its smoke scenario (~300 generated files, one run each of ssot-codemod
// on the corpus, stock jscodeshift, ssot-codemod on the same TS/TSX files, git grep) runs against
// the compiled CLI (built first) and every command does its work; a second run in the same --workdir
// reuses the corpus the first generated (it used to refuse: "not empty"). No timing assertions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBenchSmoke } from '../scripts/bench-smoke';
import { buildDist } from './helpers/build-dist';

beforeAll(buildDist, 180_000);

test('bench smoke: every command runs and ssot-codemod changes files; a --workdir corpus is reused by the next run', async () => {
  const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-bench-workdir-'));
  const first: string[] = [];
  await runBenchSmoke({ workdir, log: (line) => first.push(line) });
  expect(first.some((line) => line.startsWith('generating corpus'))).toBe(true);
  const lines: string[] = [];
  const report = await runBenchSmoke({ workdir, log: (line) => lines.push(line) });
  expect(lines.some((line) => line.startsWith('reusing the corpus in '))).toBe(true);
  expect(lines.some((line) => line.startsWith('generating corpus'))).toBe(false);
  // Another seed's corpus is not taken for this one: the folder must be cleared first.
  await expect(runBenchSmoke({ workdir, seed: '2', log: () => undefined })).rejects.toThrow(/holds files this bench did not generate with seed 2 \(its corpus-[^ ]+\.json is missing or says otherwise\); remove the folder or pick another --workdir\./);
  fs.rmSync(workdir, { recursive: true, force: true });
  expect(report.scenarios.map((s) => s.name)).toEqual(['smoke']);
  const [smoke] = report.scenarios;
  expect(smoke.measurements.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  for (const m of smoke.measurements) expect(m.exitCodes).toEqual([0]);
  expect(smoke.warnings).toEqual([]);
  const byId = new Map(smoke.measurements.map((m) => [m.id, m]));
  expect(byId.get('a')!.changed).toBeGreaterThan(0);
  expect(byId.get('c')!.changed).toBeGreaterThan(0);
  expect(smoke.ratios.map((r) => r.name)).toEqual(['b/c', 'a/d']);
}, 240_000);
