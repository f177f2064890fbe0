// Runs a built ssot-codemod CLI (bin/ssot-codemod.js of any checkout) over extracted files for the
// replay harness, and reads its JSON report (version 1, README "JSON report") into per-file results.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ReplayError } from './git-tree';

/** One file's entry in the CLI's JSON report, as far as the harness reads it. */
export interface CodemodFileResult {
  path: string;
  status: 'changed' | 'unchanged' | 'skipped' | 'failed';
  reason?: string;
  error?: { code: string; message: string; line?: number };
  findings: Array<{ line: number; kind: string; move: string; form: string; reason?: string; text?: string }>;
}

export interface CodemodRun {
  exitCode: number;
  files: Map<string, CodemodFileResult>;
  /** The summary's notices and unused moves, and anything the CLI wrote on stderr before the summary. */
  notices: string[];
}

export interface CodemodRunOptions {
  /** bin/ssot-codemod.js of the checkout to measure. */
  bin: string;
  manifest: string;
  root: string;
  /** Repo-relative files to visit (only these are rewritten). */
  paths: readonly string[];
  /** Write the changes into `root` (the harness's scratch copy) instead of a dry run. */
  apply: boolean;
}

/** Does the checkout of `bin` know the manifest's per-move `localName` option? (Read from its schema.) */
export function supportsLocalName(bin: string): boolean {
  const schema = path.join(path.dirname(path.dirname(bin)), 'manifest.schema.json');
  return fs.existsSync(schema) && fs.readFileSync(schema, 'utf8').includes('"localName"');
}

export function runCodemod(options: CodemodRunOptions): CodemodRun {
  if (!fs.existsSync(options.bin)) throw new ReplayError(`no ssot-codemod CLI at ${options.bin}: run \`npm run build\` in its checkout, or pass --codemod DIR.`);
  const args = [options.bin, 'run', '--manifest', options.manifest, '--root', options.root, '--format', 'json', '--no-verify', '--no-color'];
  if (options.apply) args.push('--apply', '--allow-dirty');
  // A response-file-free argv: a few thousand repo-relative paths stay far below the OS limit.
  const r = spawnSync(process.execPath, [...args, ...options.paths], { cwd: options.root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status === null) throw new ReplayError(`ssot-codemod was killed (${r.signal}) on ${options.root}`);
  if (r.status === 2) throw new ReplayError(`ssot-codemod refused the run (exit 2): ${r.stderr.trim().split('\n')[0]}`);
  let report: { files: CodemodFileResult[]; summary: { notices?: string[]; unusedMoves?: unknown[] } };
  try {
    report = JSON.parse(r.stdout) as typeof report;
  } catch {
    throw new ReplayError(`ssot-codemod printed no JSON report (exit ${r.status}): ${r.stderr.trim().slice(0, 400)}`);
  }
  const files = new Map<string, CodemodFileResult>();
  for (const entry of report.files) files.set(entry.path, { ...entry, findings: entry.findings ?? [] });
  const notices = [...(report.summary.notices ?? []), ...(report.summary.unusedMoves ?? []).map((m) => `unused move: ${JSON.stringify(m)}`)];
  return { exitCode: r.status, files, notices };
}
