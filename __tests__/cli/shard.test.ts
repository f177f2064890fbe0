// --shard K/N: a deterministic, disjoint partition by FNV-1a of the path; the shard patches of a
// temporary git repository, applied together, give exactly the unsharded patch's tree, and
// sharded --apply runs write exactly what one unsharded --apply writes.
import fs from 'node:fs';
import path from 'node:path';
import { fnv1a, inShard, parseShard } from '../../src/pipeline/shard';
import { MANIFEST } from '../helpers/plans';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, git, makeTempRepo, type FileMap } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const FILES: FileMap = { 'ssot-codemod.json': JSON.stringify(MANIFEST) };
for (let i = 0; i < 14; i++) {
  FILES[`src/mod${i}/a${i}.ts`] = `import x from 'legacy-lib';\nexport const v${i} = x;\n`;
  FILES[`py/p${i}.py`] = i % 3 === 0 ? 'import os\n' : `m = load("pkg.legacy")\nn = ${i}\n`;
}

const jsonPaths = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ path: string; status: string }> }).files.map((f) => f.path);

describe('shard', () => {
  test('FNV-1a (32-bit) matches the reference vectors; K/N is validated', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  test('every path belongs to exactly one shard', () => {
    const paths = Object.keys(FILES);
    for (const count of [1, 2, 3, 7]) {
      for (const p of paths) {
        const owners = Array.from({ length: count }, (_, k) => inShard(p, { index: k + 1, count })).filter(Boolean);
        expect(owners).toHaveLength(1);
      }
    }
  });

  test('shard patches applied together equal the unsharded patch', async () => {
    const root = makeTempRepo(FILES);
    const out = fs.mkdtempSync(path.join(path.dirname(root), 'patches-'));
    const full = await runCli(['run', '--format', 'json', '--patch', path.join(out, 'full.patch')], root);
    expect(full.code).toBe(0);
    const shardPaths: string[][] = [];
    for (let k = 1; k <= 3; k++) {
      const r = await runCli(['run', '--format', 'json', '--shard', `${k}/3`, '--patch', path.join(out, `shard-${k}.patch`)], root);
      expect(r.code).toBe(0);
      shardPaths.push(jsonPaths(r.stdout));
    }
    expect(shardPaths.every((p) => p.length > 0)).toBe(true);
    expect(shardPaths.flat().sort()).toEqual(jsonPaths(full.stdout));

    git(root, 'apply', path.join(out, 'full.patch'));
    const expected = git(root, 'diff');
    expect(expected).toContain('core-lib');
    git(root, 'checkout', '--', '.');
    const patches = [1, 2, 3].map((k) => path.join(out, `shard-${k}.patch`)).filter((p) => fs.statSync(p).size > 0);
    git(root, 'apply', ...patches);
    expect(git(root, 'diff')).toBe(expected);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('--apply with --shard: the shards together write what one run writes', async () => {
    const whole = makeTempRepo(FILES);
    const sharded = makeTempRepo(FILES);
    expect((await runCli(['run', '--apply', '--no-verify', '--quiet'], whole)).code).toBe(0);
    for (const k of [1, 2]) expect((await runCli(['run', '--apply', '--no-verify', '--quiet', '--shard', `${k}/2`], sharded)).code).toBe(0);
    expect(git(sharded, 'diff')).toBe(git(whole, 'diff'));
    expect(git(whole, 'diff')).toContain('core-lib');
  });
});
