// Worker threads give the same results as in-process: the compiled CLI (npm run build first) run
// with --workers 3 and --workers 1 on a generated corpus prints identical JSON reports and diffs,
// and the pool itself, driven from the TypeScript sources, returns identical FileResults.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeCorpus } from '../../scripts/make-corpus';
import { defaultRewriters } from '../../src/rewrite/default-rewriters';
import { loadManifest } from '../../src/manifest/load';
import { createPool, resolveWorkerEntry } from '../../src/pipeline/pool';
import { defaultWorkers } from '../../src/cli/commands/run';
import { buildDist, REPO } from '../helpers/build-dist';
import { cleanupTempDirs, makeTempDir } from '../helpers/temp-repo';

const BIN = path.join(REPO, 'bin', 'ssot-codemod.js');
let root: string;

beforeAll(() => {
  buildDist();
  root = path.join(makeTempDir(), 'corpus');
  makeCorpus({ out: root, files: 240, pythonShare: 0.5, legacyRatio: 0.3, seed: 'workers', git: false });
}, 240_000);
afterAll(cleanupTempDirs);

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'run', '.', '--root', root, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const timeless = (text: string) => text.replace(/"durationMs":\d+/, '"durationMs":0').replace(/ in \d+\.\ds/, ' in 0s');
  return { status: r.status, stdout: timeless(r.stdout), stderr: timeless(r.stderr) };
};

describe('worker threads', () => {
  test('the CLI with --workers 3 prints exactly what --workers 1 prints (JSON report and diffs)', () => {
    const one = run('--format', 'json', '--workers', '1');
    const three = run('--format', 'json', '--workers', '3');
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout).summary.changed).toBeGreaterThan(30);
    expect(three).toEqual(one);
    expect(run('--no-color', '--workers', '3')).toEqual(run('--no-color', '--workers', '1'));
  });

  test('the pool runs batches in worker threads and returns the in-process results', async () => {
    const entry = resolveWorkerEntry({ fromSources: true });
    expect(entry).toBe(path.join(REPO, 'dist', 'src', 'pipeline', 'worker.js'));
    expect(resolveWorkerEntry({ fromSources: false })).toBeUndefined();
    const { plan } = loadManifest(path.join(root, 'ssot-codemod.json'), fs.realpathSync(root));
    const settings = { root: fs.realpathSync(root), plan, rewriters: defaultRewriters() };
    const threads = createPool({ ...settings, workers: 2, workerEntry: entry });
    const inProcess = createPool({ ...settings, workers: 1, workerEntry: entry });
    try {
      expect(threads.threads).toBe(2);
      expect(inProcess.threads).toBe(0);
      const paths = fs.readdirSync(path.join(root, 'web'), { recursive: true, encoding: 'utf8' })
        .filter((p) => p.endsWith('.ts') || p.endsWith('.tsx'))
        .map((p) => `web/${p.split(path.sep).join('/')}`)
        .sort();
      const batches = [paths.slice(0, 40), paths.slice(40)];
      const viaThreads = (await Promise.all(batches.map((b) => threads.run(b)))).flat();
      const direct = (await Promise.all(batches.map((b) => inProcess.run(b)))).flat();
      expect(viaThreads.some((r) => r.status === 'changed')).toBe(true);
      expect(viaThreads).toEqual(direct);
    } finally {
      await threads.close();
      await inProcess.close();
    }
  });
});

describe('the default worker count', () => {
  test('is one thread fewer than the CPUs (the main thread reads and prints), at least one', () => {
    expect([1, 2, 3, 4, 16].map((cpus) => defaultWorkers(cpus))).toEqual([1, 1, 2, 3, 15]);
  });
});
