// The benchmark cannot rot: its smoke scenario (~300 generated files, one run each of ssot-codemod
// on the corpus, stock jscodeshift, ssot-codemod on the same TS/TSX files, git grep) runs against
// the compiled CLI (built first) and every command does its work. No timing assertions.
import { runBenchSmoke } from '../scripts/bench-smoke';
import { buildDist } from './helpers/build-dist';

beforeAll(buildDist, 180_000);

test('bench smoke: every command runs and ssot-codemod changes files', async () => {
  const report = await runBenchSmoke();
  expect(report.scenarios.map((s) => s.name)).toEqual(['smoke']);
  const [smoke] = report.scenarios;
  expect(smoke.measurements.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  for (const m of smoke.measurements) expect(m.exitCodes).toEqual([0]);
  expect(smoke.warnings).toEqual([]);
  const byId = new Map(smoke.measurements.map((m) => [m.id, m]));
  expect(byId.get('a')!.changed).toBeGreaterThan(0);
  expect(byId.get('c')!.changed).toBeGreaterThan(0);
  expect(smoke.ratios.map((r) => r.name)).toEqual(['b/c', 'a/d']);
}, 120_000);
