// Runs one command as a child process and measures it: wall time with process.hrtime around
// spawn → close; peak RSS and CPU time (user + system, all threads) with GNU time's %M %U %S when
// /usr/bin/time works (else null, shown 'n/a').
// stdout goes to a file (cheap, and kept so the caller can read a JSON summary); stderr's tail is kept.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Command {
  argv: string[];
  cwd: string;
  /** Exit codes that mean "ran"; anything else is an error of the benchmark. */
  okExitCodes: number[];
  /** Exit codes that mean "ran, but say so" (e.g. 1 = some files failed). */
  warnExitCodes?: number[];
}

export interface Sample {
  wallMs: number;
  peakRssKB: number | null;
  /** User + system CPU time of the command and its children (GNU time), null without it. */
  cpuMs: number | null;
  exitCode: number;
  stdoutFile: string;
  stdoutBytes: number;
  stderrTail: string;
}

const GNU_TIME = '/usr/bin/time';

/** GNU time if it is installed and understands `-f %M -o FILE` (BusyBox's does not). */
export function detectGnuTime(scratch: string): string | undefined {
  const out = path.join(scratch, 'time-probe.txt');
  const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
  const ok = r.status === 0 && fs.existsSync(out) && /^\d+\s*$/.test(lastLine(fs.readFileSync(out, 'utf8')));
  fs.rmSync(out, { force: true });
  return ok ? GNU_TIME : undefined;
}

export async function measure(command: Command, scratch: string, timeBin: string | undefined, tag: string): Promise<Sample> {
  const stdoutFile = path.join(scratch, `${tag}.stdout`);
  const rssFile = path.join(scratch, `${tag}.rss`);
  const stdout = fs.openSync(stdoutFile, 'w');
  const argv = timeBin ? [timeBin, '-f', '%M %U %S', '-o', rssFile, ...command.argv] : command.argv;
  let stderrTail = '';
  const started = process.hrtime.bigint();
  const exitCode = await new Promise<number>((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: command.cwd, stdio: ['ignore', stdout, 'pipe'] });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => fs.closeSync(stdout));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let peakRssKB: number | null = null;
  let cpuMs: number | null = null;
  if (timeBin && fs.existsSync(rssFile)) {
    const [rss, user, system] = lastLine(fs.readFileSync(rssFile, 'utf8')).split(/\s+/).map(Number);
    peakRssKB = Number.isFinite(rss) && rss > 0 ? rss : null;
    cpuMs = Number.isFinite(user) && Number.isFinite(system) ? Math.round((user + system) * 1000) : null;
    fs.rmSync(rssFile, { force: true });
  }
  return { wallMs, peakRssKB, cpuMs, exitCode, stdoutFile, stdoutBytes: fs.statSync(stdoutFile).size, stderrTail };
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

/** Finds `changed` in ssot-codemod's JSON output (a summary object anywhere, or the last JSON line). */
export function changedCount(stdoutFile: string): number | null {
  const size = fs.statSync(stdoutFile).size;
  if (size === 0 || size > 64 * 1024 * 1024) return null;
  const text = fs.readFileSync(stdoutFile, 'utf8').trim();
  for (const candidate of [text, lastLine(text)]) {
    try {
      const found = findChanged(JSON.parse(candidate), 0);
      if (found !== null) return found;
    } catch {
      // not JSON (or not one document): try the next candidate
    }
  }
  return null;
}

function findChanged(value: unknown, depth: number): number | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.changed === 'number' && typeof record.unchanged === 'number') return record.changed;
  for (const key of ['summary', ...Object.keys(record)]) {
    const found = findChanged(record[key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
