// Throwaway directories (optionally git repositories with one commit) built from inline file maps,
// for pipeline, sink and CLI tests. Removed by `cleanupTempDirs()` in afterAll.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type FileMap = Record<string, string | Buffer>;

const created: string[] = [];

export function writeFiles(root: string, files: FileMap): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** A fresh directory holding `files`; real path (no symlinked tmp). */
export function makeTempDir(files: FileMap = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-codemod-test-')));
  created.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A git repository with `files` committed on branch main. */
export function makeTempRepo(files: FileMap): string {
  const dir = makeTempDir(files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'initial');
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A TextOutput that keeps what was written, for asserting on stdout/stderr. */
export function captureOutput(): { write(chunk: string): boolean; text(): string } {
  let text = '';
  return {
    write(chunk: string) {
      text += chunk;
      return true;
    },
    text: () => text,
  };
}
