// Crash safety of --apply: the real bin (npm run build) runs over a temporary git repository of a few
// hundred files and is SIGKILLed at random moments. After every kill each file is byte-for-byte either
// its old or its new text (never truncated or mixed), and a rerun reaches exactly the tree of an
// uninterrupted run with no temporary left. CI does 10 kills; SSOT_LONG=1 does 200.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { cleanupTempDirs, git, makeTempRepo, type FileMap } from '../helpers/temp-repo';
import { CORE_LIB, installedPackage } from '../helpers/installed-packages';

const REPO = path.join(__dirname, '..', '..');
const BIN = path.join(REPO, 'bin', 'ssot-codemod.js');
const KILLS = process.env.SSOT_LONG ? 200 : 10;
const SEED = Number(process.env.FC_SEED ?? 20261126);

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO, stdio: 'pipe' });
}, 180_000);
afterAll(cleanupTempDirs);

/** A few hundred TS files of varied size; most import the legacy module, some do not. */
function corpus(): FileMap {
  const rng = fc.sample(fc.nat(1_000_000), { seed: SEED, numRuns: 400 });
  const files: FileMap = {
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }, { from: 'old-utils:fmt', to: 'new-utils:format' }] } }),
    ...CORE_LIB,
    ...installedPackage('new-utils', ['format']),
  };
  for (let i = 0; i < 300; i++) {
    const r = rng[i];
    const body = `export const v${i} = ${JSON.stringify('x'.repeat(r % 8_000))};\n`;
    const imports = r % 5 === 0 ? '' : `import { a } from 'legacy-lib';\nimport { fmt } from 'old-utils';\nexport const f${i} = fmt(a);\n`;
    files[`src/d${i % 7}/file ${i}.ts`] = `// file ${i}\n${imports}${body}`;
  }
  return files;
}

const sourcePaths = (files: FileMap) => Object.keys(files).filter((p) => p.endsWith('.ts'));
const readTree = (root: string, paths: string[]) => new Map(paths.map((p) => [p, fs.readFileSync(path.join(root, p))]));
const temporaries = (root: string) =>
  execFileSync('find', [root, '-name', '*.ssot-tmp-*', '-not', '-path', '*/.git/*'], { encoding: 'utf8' }).split('\n').filter(Boolean);

/**
 * Starts --apply and SIGKILLs it once `target` of the watched files hold their new text (plus `extraMs`),
 * so the kill lands while files are being written whatever the machine's speed; target 0 kills after
 * `extraMs` only (start-up, discovery, processing).
 */
function applyAndKill(root: string, watch: string[], before: Map<string, Buffer>, target: number, extraMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'run', '--apply', '--quiet'], { cwd: root, stdio: 'ignore' });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      clearInterval(poll);
      timer ??= setTimeout(() => child.kill('SIGKILL'), extraMs);
    };
    const poll = setInterval(() => {
      if (watch.filter((p) => !fs.readFileSync(path.join(root, p)).equals(before.get(p)!)).length >= target) kill();
    }, 2);
    if (target === 0) kill();
    child.on('exit', () => {
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      resolve();
    });
  });
}

function applyOnce(root: string) {
  const r = spawnSync(process.execPath, [BIN, 'run', '--apply', '--quiet'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`apply exited ${r.status}: ${r.stderr}`);
}

describe('--apply killed at random moments', () => {
  test(`${KILLS} SIGKILLs: every file old or new, and a rerun reaches the uninterrupted result`, async () => {
    const files = corpus();
    const paths = sourcePaths(files);
    const root = makeTempRepo(files);
    const before = readTree(root, paths);
    applyOnce(root);
    const after = readTree(root, paths);
    const rewritten = [...after].filter(([p, b]) => !b.equals(before.get(p)!)).length;
    expect(rewritten).toBeGreaterThan(200);

    // Watch a sample of the rewritten files spread over the sorted order (reading all of them every 2 ms would slow the run).
    const watch = paths.filter((p) => !after.get(p)!.equals(before.get(p)!)).filter((_, i) => i % 8 === 0);
    const kills = fc.sample(fc.tuple(fc.integer({ min: 0, max: watch.length }), fc.integer({ min: 0, max: 30 })), { seed: SEED, numRuns: KILLS });
    let killedMidWrite = 0;
    for (const [target, extraMs] of kills) {
      for (const p of paths) fs.writeFileSync(path.join(root, p), before.get(p)!);
      await applyAndKill(root, watch, before, target, extraMs);
      let olds = 0;
      for (const p of paths) {
        const now = fs.readFileSync(path.join(root, p));
        const isOld = now.equals(before.get(p)!);
        if (!isOld && !now.equals(after.get(p)!)) throw new Error(`after a kill (${target} watched written + ${extraMs} ms), ${p} is neither its old nor its new text`);
        if (isOld && !before.get(p)!.equals(after.get(p)!)) olds++;
      }
      if (olds > 0 && olds < rewritten) killedMidWrite++;
      if (process.env.SSOT_DEBUG) process.stderr.write(`kill at ${target}/${watch.length} watched + ${extraMs} ms: ${rewritten - olds}/${rewritten} written\n`);
      applyOnce(root);
      for (const p of paths) expect(fs.readFileSync(path.join(root, p)).equals(after.get(p)!)).toBe(true);
      expect(temporaries(root)).toEqual([]);
    }
    // The kills must actually land during writing some of the time, or the test proves nothing.
    expect(killedMidWrite).toBeGreaterThan(0);
    expect(git(root, 'status', '--porcelain').split('\n').filter(Boolean).length).toBe(rewritten);
    if (process.env.SSOT_DEBUG || process.env.SSOT_LONG) process.stderr.write(`kill-apply: ${killedMidWrite}/${KILLS} kills landed mid-write\n`);
  }, 600_000);
});
