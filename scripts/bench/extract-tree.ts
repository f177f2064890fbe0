// Extracts one commit of a git repository into a fresh folder with a one-commit git repository of
// its own, for the netra scenario of scripts/bench.ts. `git archive` fails on mirrors that lack a
// few large blobs, so this reads the tree (ls-tree) and the blobs (cat-file --batch), skipping absent ones.
// usage: node dist/scripts/bench/extract-tree.js --git-dir DIR --commit REV --out DIR
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface Extracted {
  files: number;
  /** Blobs the repository does not have (left out). */
  missing: number;
}

export function extractTree(gitDir: string, commit: string, out: string): Extracted {
  const git = (args: string[], input?: Buffer) => {
    const r = spawnSync('git', ['--git-dir', gitDir, ...args], { input, maxBuffer: 4 << 30 });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.toString().trim()}`);
    return r.stdout;
  };
  const entries = git(['ls-tree', '-r', '-z', commit])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((row) => {
      const [meta, file] = [row.slice(0, row.indexOf('\t')), row.slice(row.indexOf('\t') + 1)];
      const [mode, type, sha] = meta.split(' ');
      return { mode, type, sha, file };
    })
    .filter((e) => e.type === 'blob');
  const batch = git(['cat-file', '--batch'], Buffer.from(entries.map((e) => `${e.sha}\n`).join('')));
  let at = 0;
  let missing = 0;
  for (const entry of entries) {
    const eol = batch.indexOf(10, at);
    const header = batch.subarray(at, eol).toString().split(' ');
    at = eol + 1;
    if (header[1] === 'missing') {
      missing++;
      continue;
    }
    const size = Number(header[2]);
    const content = batch.subarray(at, at + size);
    at += size + 1;
    const target = path.join(out, entry.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (entry.mode === '120000') fs.symlinkSync(content.toString(), target);
    else fs.writeFileSync(target, content, { mode: entry.mode === '100755' ? 0o755 : 0o644 });
  }
  const local = (args: string[]) => spawnSync('git', args, { cwd: out, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: '2025-09-13T00:00:00Z', GIT_COMMITTER_DATE: '2025-09-13T00:00:00Z' } });
  local(['init', '-q']);
  local(['add', '-A']);
  local(['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-q', '--no-verify', '-m', `${commit} (extracted)`]);
  return { files: entries.length - missing, missing };
}

if (require.main === module) {
  const { values } = parseArgs({ options: { 'git-dir': { type: 'string' }, commit: { type: 'string' }, out: { type: 'string' } } });
  if (!values['git-dir'] || !values.commit || !values.out) {
    process.stderr.write('usage: node dist/scripts/bench/extract-tree.js --git-dir DIR --commit REV --out DIR\n');
    process.exitCode = 2;
  } else if (fs.existsSync(values.out) && fs.readdirSync(values.out).length > 0) {
    process.stderr.write(`${values.out} exists and is not empty\n`);
    process.exitCode = 2;
  } else {
    const result = extractTree(path.resolve(values['git-dir']), values.commit, path.resolve(values.out));
    process.stdout.write(`${result.files} files written to ${values.out}, ${result.missing} absent blobs left out\n`);
  }
}
