// Executes a rewrite's Python imports: for every .py file that differs between two trees (a
// checkout before and after `ssot-codemod run --apply`), imports its module in CPython in each tree
// (third-party packages stubbed: import-probe/stub-runner.ts) and reports the modules whose import
// ends differently, or raises different ImportErrors inside (swallowed ones too); and lists the module-level names
// the rewrite took away that other files import (import-probe/lost-names.ts). The replay harness
// compares text with what the team wrote; this asks Python whether the result still imports.
//
//   node dist/scripts/import-probe.js --before /tmp/netra --after /tmp/netra-applied [--files list.txt] [--jobs 2] [--json out.json]
//
// Exit code 0 when it ran (differences are printed, not failures), 2 for bad flags.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOST_NAMES } from './import-probe/lost-names';
import { STUB_RUNNER } from './import-probe/stub-runner';

export interface ProbeOptions {
  before: string;
  after: string;
  /** Repo-relative .py files to import (default: every .py file whose bytes differ between the trees). */
  files?: string[];
  jobs?: number;
  python?: string;
  /** Per import, in milliseconds (a module that hangs is reported as such). */
  timeoutMs?: number;
}

export interface ImportOutcome {
  result: string;
  raised: string[];
}

export interface LostName {
  file: string;
  module: string;
  name: string;
  importers: string[];
}

export interface ProbeReport {
  modules: { file: string; module: string; before: ImportOutcome; after: ImportOutcome }[];
  /** Modules whose import result or raised ImportErrors differ. */
  differing: string[];
  lostNames: LostName[];
}

export async function runImportProbe(options: ProbeOptions): Promise<ProbeReport> {
  const python = options.python ?? 'python3';
  const files = options.files ?? differingPythonFiles(options.before, options.after);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-import-probe-'));
  try {
    const runner = path.join(scratch, 'stub_runner.py');
    fs.writeFileSync(runner, STUB_RUNNER);
    const jobs: (() => Promise<void>)[] = [];
    const modules: ProbeReport['modules'] = files.map((file) => ({ file, module: moduleOf(file), before: pending(), after: pending() }));
    for (const entry of modules) {
      jobs.push(async () => void (entry.before = await importIn(python, runner, options.before, entry.module, options.timeoutMs)));
      jobs.push(async () => void (entry.after = await importIn(python, runner, options.after, entry.module, options.timeoutMs)));
    }
    await runAll(jobs, options.jobs ?? 2);
    const differing = modules.filter((m) => JSON.stringify(m.before) !== JSON.stringify(m.after)).map((m) => m.file);
    return { modules, differing, lostNames: lostNames(python, options.before, options.after, files) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const pending = (): ImportOutcome => ({ result: 'not run', raised: [] });

/** `a/b/c.py` → `a.b.c`, `a/b/__init__.py` → `a.b`. */
export function moduleOf(file: string): string {
  const dotted = file.replace(/\.py$/, '').split('/').join('.');
  return dotted.endsWith('.__init__') ? dotted.slice(0, -'.__init__'.length) : dotted;
}

function differingPythonFiles(before: string, after: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(after, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory() && !['.git', 'node_modules', '.venv', 'venv', '__pycache__'].includes(entry.name)) walk(child);
      else if (entry.isFile() && entry.name.endsWith('.py')) {
        const old = path.join(before, child);
        if (!fs.existsSync(old) || !fs.readFileSync(old).equals(fs.readFileSync(path.join(after, child)))) out.push(child);
      }
    }
  };
  walk('');
  return out.sort();
}

function importIn(python: string, runner: string, root: string, module: string, timeoutMs = 60_000): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const child = spawn(python, [runner, path.resolve(root), module], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', () => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as ImportOutcome);
      } catch {
        resolve({ result: `no answer (the import crashed or took longer than ${timeoutMs} ms)`, raised: [] });
      }
    });
  });
}

function lostNames(python: string, before: string, after: string, files: string[]): LostName[] {
  const answer = spawnSync(python, ['-c', LOST_NAMES], { input: JSON.stringify({ before, after, files }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (answer.status !== 0) throw new Error(`the lost-names check failed: ${answer.stderr.trim().split('\n').pop()}`);
  return JSON.parse(answer.stdout) as LostName[];
}

async function runAll(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: Math.max(1, width) }, lane));
}

export function formatProbe(report: ProbeReport): string {
  const lines: string[] = [];
  const byFile = new Map(report.modules.map((m) => [m.file, m]));
  for (const file of report.differing) {
    const m = byFile.get(file)!;
    lines.push(`${file} (${m.module})`, `   before: ${m.before.result}`, `   after:  ${m.after.result}`);
    const was = new Set(m.before.raised);
    const now = new Set(m.after.raised);
    for (const s of m.after.raised) if (!was.has(s)) lines.push(`   + raised: ${s}`);
    for (const s of m.before.raised) if (!now.has(s)) lines.push(`   - raised: ${s}`);
  }
  const imported = report.lostNames.filter((l) => l.importers.length > 0);
  for (const l of imported) lines.push(`${l.file}: no longer binds ${l.name}, which ${l.importers.join(', ')} import${l.importers.length === 1 ? 's' : ''}`);
  const ok = report.modules.filter((m) => m.after.result === 'ok').length;
  const files = new Set(report.lostNames.map((l) => l.file)).size;
  lines.push(
    `${report.modules.length} modules imported in both trees: ${report.modules.length - report.differing.length} alike, ${report.differing.length} differ (${ok} import after); ` +
      `${files} files bind fewer module-level names, ${imported.length} of those names imported elsewhere`,
  );
  return lines.join('\n') + '\n';
}

function parseArgs(argv: string[]): (ProbeOptions & { json?: string }) | string {
  const options: Partial<ProbeOptions> & { json?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === '--before') options.before = value;
    else if (flag === '--after') options.after = value;
    else if (flag === '--jobs') options.jobs = Number(value);
    else if (flag === '--python') options.python = value;
    else if (flag === '--json') options.json = value;
    else if (flag === '--files') options.files = fs.readFileSync(value, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    else return `unknown flag ${flag}`;
    i++;
  }
  if (!options.before || !options.after) return '--before DIR and --after DIR are required';
  return options as ProbeOptions & { json?: string };
}

if (require.main === module) {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`import-probe: ${parsed}; usage: import-probe --before DIR --after DIR [--files LIST] [--jobs N] [--python EXE] [--json FILE]\n`);
    process.exitCode = 2;
  } else {
    void runImportProbe(parsed).then((report) => {
      process.stdout.write(formatProbe(report));
      if (parsed.json) fs.writeFileSync(parsed.json, JSON.stringify(report, null, 2) + '\n');
    });
  }
}
