// Checks on any git checkout that the prefilter skips nothing: runs `ssot-codemod run --dry-run
// --format json` with and without --no-prefilter (the oracle: every file read in full) and compares
// the reports entry by entry. Used by hand on the real repository (docs/benchmarks.md) and, through
// compareReports, by __tests__/prefilter-equivalence.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { JsonFileEntry } from '../src/sinks/json';
import type { RunSummary } from '../src/types';

export interface RunReport {
  files: JsonFileEntry[];
  summary: RunSummary;
}

export interface Equivalence {
  /** Files the prefilter let through to a rewriter (neither no-legacy-name nor excluded without findings). */
  letThrough: number;
  /** Files it skipped, by the oracle's status for them (`unchanged`, or `failed` for a file that does not parse). */
  dropped: Record<string, number>;
  /** Every way the two reports differ beyond a dropped file's status (empty: equivalent). */
  differences: string[];
}

const isDropped = (entry: JsonFileEntry) => entry.status === 'skipped' && (entry.reason === 'no-legacy-name' || entry.reason === 'excluded') && entry.findings.length === 0;

/**
 * Same paths in the same order; a file the prefilter dropped has no edit and no finding in the oracle;
 * every other entry is identical; so are the summaries' changed count, findings and unused moves.
 */
export function compareReports(filtered: RunReport, oracle: RunReport): Equivalence {
  const differences: string[] = [];
  const dropped: Record<string, number> = {};
  let letThrough = 0;
  if (filtered.files.length !== oracle.files.length) differences.push(`${filtered.files.length} entries with the prefilter, ${oracle.files.length} without`);
  filtered.files.forEach((entry, i) => {
    const other = oracle.files[i];
    if (!other || other.path !== entry.path) {
      differences.push(`entry ${i}: ${entry.path} against ${other?.path ?? 'nothing'}`);
      return;
    }
    if (!isDropped(entry)) {
      letThrough++;
      if (JSON.stringify(entry) !== JSON.stringify(other)) differences.push(`${entry.path}: ${describe(entry)} with the prefilter, ${describe(other)} without`);
      return;
    }
    const status = other.status === 'skipped' ? `skipped: ${other.reason}` : other.status === 'failed' ? `failed: ${other.error?.code}` : other.status;
    dropped[status] = (dropped[status] ?? 0) + 1;
    if (other.edits.length > 0 || other.findings.length > 0) differences.push(`${entry.path}: skipped, but the oracle has ${other.edits.length} edits and ${other.findings.length} findings`);
  });
  const counts = (s: RunSummary) => JSON.stringify({ changed: s.changed, findings: s.findings, unusedMoves: s.unusedMoves });
  if (counts(filtered.summary) !== counts(oracle.summary)) differences.push(`summaries differ: ${counts(filtered.summary)} against ${counts(oracle.summary)}`);
  return { letThrough, dropped, differences };
}

const describe = (e: JsonFileEntry) => `${e.status}${e.reason ? ` (${e.reason})` : ''}, ${e.edits.length} edits, ${e.findings.length} findings`;

/** Runs the CLI on `root` (dry run, JSON, one thread) and parses its report; exit 0 or 1 (files failed) both count. */
export function runReport(options: { bin: string; root: string; manifestArgs: string[]; extra: string[] }): { report: RunReport; seconds: number } {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-equivalence-')), 'report.json');
  const fd = fs.openSync(out, 'w');
  const started = process.hrtime.bigint();
  const args = [options.bin, 'run', '.', ...options.manifestArgs, '--dry-run', '--format', 'json', '--quiet', '--workers', '1', ...options.extra];
  const child = spawnSync(process.execPath, args, { cwd: options.root, stdio: ['ignore', fd, 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.closeSync(fd);
  if (child.status !== 0 && child.status !== 1) throw new Error(`ssot-codemod exited ${child.status}: ${child.stderr.toString().slice(0, 2000)}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as RunReport;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { report, seconds };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string' }, manifest: { type: 'string' }, preset: { type: 'string' }, bin: { type: 'string' } } });
  if (!values.root || (!values.manifest && !values.preset)) {
    process.stderr.write('usage: node dist/scripts/prefilter-equivalence.js --root DIR (--manifest FILE | --preset NAME) [--bin bin/ssot-codemod.js] [-- more run flags]\n');
    return 2;
  }
  const bin = path.resolve(values.bin ?? path.join(__dirname, '..', '..', 'bin', 'ssot-codemod.js'));
  const manifestArgs = values.manifest ? ['--manifest', path.resolve(values.manifest)] : ['--preset', values.preset!];
  const root = path.resolve(values.root);
  const filtered = runReport({ bin, root, manifestArgs, extra: positionals });
  const oracle = runReport({ bin, root, manifestArgs, extra: [...positionals, '--no-prefilter'] });
  const result = compareReports(filtered.report, oracle.report);
  const s = filtered.report.summary;
  process.stdout.write(
    [
      `files: ${filtered.report.files.length}; with the prefilter ${filtered.seconds.toFixed(2)} s, without ${oracle.seconds.toFixed(2)} s`,
      `let through the prefilter: ${result.letThrough} (changed ${s.changed}, unchanged ${s.unchanged}, failed ${s.failed})`,
      `skipped by the prefilter, as the oracle saw them: ${JSON.stringify(result.dropped)}`,
      `findings: ${JSON.stringify(s.findings)}`,
      result.differences.length === 0 ? 'EQUIVALENT: every entry identical except the status of skipped files, which the oracle finds nothing in' : `DIFFERENT (${result.differences.length}):\n  ${result.differences.slice(0, 50).join('\n  ')}`,
      '',
    ].join('\n'),
  );
  return result.differences.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
