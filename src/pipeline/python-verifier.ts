// --verify=python: checks each changed Python file's NEW text with CPython's own compile(), in one
// long-lived python3 process for the whole run (one JSON line per file each way). An output CPython
// rejects becomes `failed: output-unparseable` and is never written; a tolerant output (its input did
// not parse) must fail exactly where the input does. Used by the run command; its checker also
// answers the built-in reader's undecided files (syntax-doubts.ts).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import readline from 'node:readline';
import type { FileResult } from '../types';
import { expectedVerdict, failsWhereInputDid } from './tolerant-check';

const SCRIPT = `
import json, sys
for line in sys.stdin:
    req = json.loads(line)
    try:
        compile(req["source"], req["path"], "exec", dont_inherit=True)
        out = {"ok": True}
    except SyntaxError as e:
        out = {"ok": False, "message": str(e.msg), "line": e.lineno, "column": e.offset}
    except (ValueError, RecursionError, MemoryError) as e:
        out = {"ok": False, "message": type(e).__name__ + ": " + str(e)}
    sys.stdout.write(json.dumps(out) + "\\n")
    sys.stdout.flush()
`;

export interface PythonVerdict {
  ok: boolean;
  message?: string;
  line?: number;
  column?: number;
}

/** One long-lived python3 answering whether CPython compiles a text. */
export interface PythonChecker {
  check(source: string, path: string): Promise<PythonVerdict>;
  close(): void;
}

export interface PythonVerifier {
  /** A `write`-stage function: Python `changed` results CPython rejects become failed; others pass through. */
  verify(result: FileResult): Promise<FileResult>;
  /** The python3 behind it, for other questions to CPython in the same run (see syntax-doubts.ts). */
  checker: PythonChecker;
  close(): void;
}

/** Starts python3, or returns undefined when no usable python3 is on PATH. */
export function startPythonChecker(python = 'python3'): PythonChecker | undefined {
  const probe = spawnSync(python, ['-c', 'import sys; sys.exit(0 if sys.version_info[0] == 3 else 1)'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return undefined;
  const child: ChildProcessWithoutNullStreams = spawn(python, ['-c', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const waiting: Array<(verdict: PythonVerdict) => void> = [];
  let dead: string | undefined;
  const fail = (why: string) => {
    dead ??= why;
    for (const resolve of waiting.splice(0)) resolve({ ok: false, message: `the python3 verifier stopped (${dead})` });
  };
  readline.createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(JSON.parse(line) as PythonVerdict));
  child.on('exit', (code, signal) => fail(signal ?? `exit ${code}`));
  child.on('error', (error) => fail(error.message));
  child.stdin.on('error', (error) => fail(error.message));
  return {
    check: (source, path) =>
      new Promise<PythonVerdict>((resolve) => {
        if (dead) return resolve({ ok: false, message: `the python3 verifier stopped (${dead})` });
        waiting.push(resolve);
        child.stdin.write(JSON.stringify({ source, path }) + '\n');
      }),
    close: () => child.stdin.end(),
  };
}

/** Starts python3, or returns undefined (the caller warns) when no usable python3 is on PATH. */
export function startPythonVerifier(python = 'python3'): PythonVerifier | undefined {
  const checker = startPythonChecker(python);
  if (!checker) return undefined;
  return {
    checker,
    async verify(result) {
      if (result.status !== 'changed' || result.language !== 'python') return result;
      if (result.tolerant) return verifyTolerant(result, checker.check);
      const verdict = await checker.check(result.code, result.path);
      if (verdict.ok) return result;
      const at = verdict.line ? ` at output line ${verdict.line}` : '';
      return {
        path: result.path,
        findings: result.findings,
        status: 'failed',
        language: result.language,
        error: {
          code: 'output-unparseable',
          message: `CPython rejects the rewritten file (${verdict.message}${at}); it was left untouched`,
          ...(verdict.line ? { line: verdict.line } : {}),
          ...(verdict.column ? { column: verdict.column } : {}),
        },
      };
    },
    close: () => checker.close(),
  };
}

type ChangedResult = Extract<FileResult, { status: 'changed' }>;

/**
 * --tolerant: the input did not parse, so the output may not either, but only where the input
 * failed: CPython compiles both, and the output's first error must be the input's, at its line
 * moved by the edits above it. An input CPython accepts must give an output it accepts.
 */
async function verifyTolerant(result: ChangedResult, check: (source: string, path: string) => Promise<PythonVerdict>): Promise<FileResult> {
  const input = await check(result.original, result.path);
  const output = await check(result.code, result.path);
  if (failsWhereInputDid(result.original, result.edits, input, output)) return result;
  const expected = expectedVerdict(result.original, result.edits, input);
  const want = expected.ok ? 'parse, as its input does' : `fail where its input does ("${expected.message}" at output line ${expected.line})`;
  const got = output.ok ? 'it parses' : `CPython reports "${output.message}"${output.line ? ` at output line ${output.line}` : ''}`;
  return {
    path: result.path,
    findings: result.findings,
    status: 'failed',
    language: result.language,
    error: {
      code: 'output-unparseable',
      message: `in tolerant mode the rewritten file must ${want}, but ${got}; it was left untouched`,
      ...(output.line ? { line: output.line } : {}),
      ...(output.column ? { column: output.column } : {}),
    },
  };
}
