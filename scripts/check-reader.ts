// Runs the Python reader (tokenizer + parser + scope pass) over every .py file under a directory and
// compares its verdict with CPython's compile(): python3 (one process, default) or pyodide's CPython
// 3.13 (--oracle pyodide). Files python3 < 3.12 rejects but the reader accepts are checked again with
// pyodide (3.12+ syntax such as PEP 701 f-strings), unless --python-version holds the reader to the
// oracle's own grammar (the manifest's python.version). Prints disagreements, the unsure count and the
// reader's time. CLI: node dist/scripts/check-reader.js DIR [--oracle python3|pyodide] [--python EXE]
// [--rounds N] [--python-version 3.11|3.12|3.13]. Exit code: 0 no disagreement, 1 disagreements, 2 usage errors.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePython } from '../src/rewrite/python/parse/parse-python';
import { newerSyntax } from '../src/rewrite/python/newer-syntax';
import { PythonSyntaxProblem } from '../src/rewrite/python/syntax-problem';
import type { PythonVersion } from '../src/types';
import { tokenize } from '../src/rewrite/python/tokenizer';
import { startPyodide, startPython3, type Oracle, type OracleVerdict } from './check-reader/oracles';

type ReaderVerdict = { kind: 'ok' } | { kind: 'error' | 'unsure' | 'crash'; message: string };

export interface ReaderCheck {
  files: number;
  bytes: number;
  reader: { ok: number; error: number; unsure: number; crash: number; seconds: number; cpuSeconds: number };
  oracle: string;
  /** Files the oracle rejects only because its Python is older than 3.12, confirmed by pyodide. */
  newerSyntax: string[];
  disagreements: Array<{ path: string; reader: string; cpython: string }>;
  unsure: Array<{ path: string; reason: string }>;
}

function listPython(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith('.py')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function read(text: string, version?: PythonVersion): ReaderVerdict {
  try {
    const tokens = tokenize(text);
    const verdict = parsePython(text, tokens);
    if (verdict.kind !== 'ok') return { kind: 'unsure', message: verdict.reason };
    const newer = version === undefined ? undefined : newerSyntax(text, tokens, version);
    return newer === undefined ? { kind: 'ok' } : { kind: 'error', message: `${newer.message} (offset ${newer.offset})` };
  } catch (error) {
    if (error instanceof PythonSyntaxProblem) return { kind: 'error', message: `${error.message} (offset ${error.offset})` };
    return { kind: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** With `version`, the reader holds each file to that CPython's grammar (the manifest's python.version), judged by an oracle of that version. */
export async function checkReader(dir: string, oracle: Oracle, rounds = 1, version?: PythonVersion): Promise<ReaderCheck> {
  const files = listPython(dir).map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  let verdicts: ReaderVerdict[] = [];
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  // The best of `rounds` passes: the first pays for the JIT's warm-up.
  for (let r = 0; r < Math.max(1, rounds); r++) {
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    verdicts = files.map((f) => read(f.text, version));
    const used = process.cpuUsage(cpu);
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - wall) / 1e9);
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
  }
  const cpython = await oracle.verdicts(files);
  const suspects = files.filter((_, i) => verdicts[i].kind === 'ok' && !cpython[i].ok);
  const newer = version === undefined && oracle.minor < 12 && suspects.length > 0 ? await recheck(suspects) : new Map<string, OracleVerdict>();
  const count = (kind: ReaderVerdict['kind']) => verdicts.filter((v) => v.kind === kind).length;
  const result: ReaderCheck = {
    files: files.length,
    bytes,
    reader: { ok: count('ok'), error: count('error'), unsure: count('unsure'), crash: count('crash'), seconds, cpuSeconds },
    oracle: oracle.name,
    newerSyntax: [],
    disagreements: [],
    unsure: [],
  };
  files.forEach((f, i) => {
    const mine = verdicts[i];
    if (mine.kind === 'unsure') return void result.unsure.push({ path: f.path, reason: mine.message });
    let theirs = cpython[i];
    const rechecked = newer.get(f.path);
    if (rechecked?.ok) {
      result.newerSyntax.push(f.path);
      theirs = rechecked;
    }
    if (mine.kind === 'crash' || (mine.kind === 'ok') !== theirs.ok) {
      result.disagreements.push({ path: f.path, reader: mine.kind === 'ok' ? 'accepts' : `${mine.kind}: ${mine.message}`, cpython: theirs.ok ? 'accepts' : `rejects: ${theirs.message}` });
    }
  });
  return result;
}

/** pyodide's CPython 3.13 on the files an older python3 rejected (undefined entries when pyodide is not installed). */
async function recheck(files: ReadonlyArray<{ path: string; text: string }>): Promise<Map<string, OracleVerdict>> {
  let pyodide: Oracle;
  try {
    pyodide = await startPyodide();
  } catch {
    return new Map();
  }
  const verdicts = await pyodide.verdicts(files);
  return new Map(files.map((f, i) => [f.path, verdicts[i]]));
}

export function formatCheck(c: ReaderCheck): string {
  const mb = c.bytes / 1e6;
  const lines = [
    `files: ${c.files} (${mb.toFixed(1)} MB); reader: ${c.reader.ok} accepted, ${c.reader.error} rejected, ${c.reader.unsure} unsure, ${c.reader.crash} crashed`,
    `reader time: ${c.reader.seconds.toFixed(2)} s wall (${(mb / c.reader.seconds).toFixed(1)} MB/s), ${c.reader.cpuSeconds.toFixed(2)} s CPU (${(mb / c.reader.cpuSeconds).toFixed(1)} MB/s)`,
    `oracle: ${c.oracle}`,
  ];
  if (c.newerSyntax.length > 0) lines.push(`${c.newerSyntax.length} files use syntax newer than the oracle's Python; CPython 3.13 (pyodide) accepts them:`, ...c.newerSyntax.map((p) => `  ${p}`));
  lines.push(`unsure: ${c.unsure.length}`, ...c.unsure.map((u) => `  ${u.path}: ${u.reason}`));
  lines.push(`disagreements: ${c.disagreements.length}`, ...c.disagreements.map((d) => `  ${d.path}\n    reader: ${d.reader}\n    cpython: ${d.cpython}`));
  return lines.join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { oracle: { type: 'string', default: 'python3' }, python: { type: 'string', default: 'python3' }, rounds: { type: 'string', default: '2' }, 'python-version': { type: 'string' } },
  });
  const version = values['python-version'] as PythonVersion | undefined;
  if (positionals.length !== 1 || !fs.existsSync(positionals[0]) || (values.oracle !== 'python3' && values.oracle !== 'pyodide') || (version !== undefined && !['3.11', '3.12', '3.13'].includes(version))) {
    process.stderr.write('usage: check-reader DIR [--oracle python3|pyodide] [--python EXE] [--rounds N] [--python-version 3.11|3.12|3.13]\n');
    return 2;
  }
  const oracle = values.oracle === 'pyodide' ? await startPyodide() : await startPython3(values.python);
  try {
    const result = await checkReader(positionals[0], oracle, Number(values.rounds), version);
    process.stdout.write(formatCheck(result));
    return result.disagreements.length > 0 ? 1 : 0;
  } finally {
    oracle.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`check-reader: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
