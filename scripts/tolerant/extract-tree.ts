// Extracts the files of one commit of a git directory (a bare mirror, no work tree) into a folder,
// with `git ls-tree -r` and one `git cat-file --batch`: `git archive` fails on mirrors whose large
// blobs are absent, so absent blobs are skipped and counted. Used by scripts/measure-tolerant.ts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ExtractOptions {
  gitDir: string;
  commit: string;
  into: string;
  /** Which repo-relative paths to write (default: all). */
  keep?: (relPath: string) => boolean;
}

export async function extractTree(options: ExtractOptions): Promise<{ written: number; absent: number }> {
  const listing = spawnSync('git', ['-C', options.gitDir, 'ls-tree', '-r', '-z', options.commit], { maxBuffer: 1 << 30 });
  if (listing.status !== 0) throw new Error(`git ls-tree ${options.commit} failed: ${listing.stderr.toString().trim()}`);
  const entries: { sha: string; path: string }[] = [];
  for (const record of listing.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, sha] = record.slice(0, tab).split(' ');
    const rel = record.slice(tab + 1);
    if (type === 'blob' && mode !== '120000' && (options.keep?.(rel) ?? true)) entries.push({ sha, path: rel });
  }
  const git = spawn('git', ['-C', options.gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  git.stdin.end(entries.map((e) => e.sha).join('\n') + '\n');
  let buffer: Buffer = Buffer.alloc(0);
  let next = 0;
  let written = 0;
  let absent = 0;
  for await (const chunk of git.stdout as AsyncIterable<Buffer>) {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      const eol = buffer.indexOf(10);
      if (eol < 0) break;
      const header = buffer.subarray(0, eol).toString().split(' ');
      if (header[1] === 'missing') {
        absent++;
        next++;
        buffer = buffer.subarray(eol + 1);
        continue;
      }
      const size = Number(header[2]);
      if (buffer.length < eol + 1 + size + 1) break;
      const target = path.join(options.into, entries[next++].path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, buffer.subarray(eol + 1, eol + 1 + size));
      written++;
      buffer = buffer.subarray(eol + 1 + size + 1);
    }
  }
  return { written, absent };
}
