// The benchmark's anchors: the conventional jscodeshift transform (scripts/bench/) really rewrites
// the corpus's legacy imports (so the TS scenario does not time a no-op) and skips other files at
// its guard; the netra scenario is skipped with a message when the checkout is absent; the default
// run names every anchor the targets need.
import path from 'node:path';
import { applyTransform } from 'jscodeshift/src/testUtils';
import { findPackageRoot, defaultTools } from '../scripts/bench/commands';
import { runScenario, type BenchSession } from '../scripts/bench/run-scenario';
import { SCENARIOS, scenarioDefinition } from '../scripts/bench/scenarios';
import { makeTempDir, cleanupTempDirs } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const transform = require('../scripts/bench/conventional-transform.js');

describe('conventional transform', () => {
  const run = (source: string, file = 'web/a.ts') => applyTransform(transform, {}, { source, path: file }, { parser: 'tsx' });

  test('retargets the legacy imports and renames moved names, keeping local names', () => {
    const source = "import { connectSocket } from '@/services/legacyWs';\nimport { useLegacySocket } from '@/hooks/useLegacySocket';\nimport { WSManager } from '../lib/ws-manager';\nuseLegacySocket(new WSManager(connectSocket));\n";
    expect(run(source)).toBe(
      "import { connectSocket } from '@/services/webSocketService';\nimport { useWebSocket as useLegacySocket } from '@/hooks/useWebSocket';\nimport { WebSocketService as WSManager } from '@/services/webSocketService';\nuseLegacySocket(new WSManager(connectSocket));",
    );
  });

  test('leaves files without a legacy name alone (the guard) and files where nothing matches', () => {
    expect(run("import x from 'react';\n")).toBe('');
    expect(run("const legacyWs = require('@/services/legacyWs');\n")).toBe('');
  });
});

describe('scenarios', () => {
  test('the default run names the netra, TS, mixed and scale anchors, each with targets', () => {
    expect([...SCENARIOS]).toEqual(['netra', 'ts2000', 'mixed4000', 'scale']);
    const netra = scenarioDefinition('netra');
    expect(netra.measurements.map((m) => m.id)).toEqual(['a', 'e', 'd']);
    expect(netra.targets(() => 12, () => null).map((t) => [t.name, t.status])).toEqual([
      ['≥10× faster than ast-grep (e/a)', 'PASS'],
      ['within 5× of git grep (a/d)', 'FAIL'],
    ]);
    expect(scenarioDefinition('ts2000').measurements.map((m) => m.id)).toEqual(['b', 'b-own', 'c', 'd']);
  });

  test('the netra scenario is skipped, with the way to get the checkout, when it is absent', async () => {
    const lines: string[] = [];
    const session: BenchSession = {
      tools: defaultTools(findPackageRoot(path.join(__dirname, '..', 'scripts', 'bench'))), scratch: makeTempDir(), timeBin: undefined, runs: 1, seed: '1',
      netra: path.join(makeTempDir(), 'absent'), log: (line) => lines.push(line), corpora: new Map(),
    };
    const report = await runScenario(scenarioDefinition('netra'), session);
    expect(report.skipped).toMatch(/^no netra checkout at .*absent.*extract-tree/);
    expect(report.measurements).toEqual([]);
    expect(lines.join('\n')).toContain('skipped: no netra checkout');
  });
});
