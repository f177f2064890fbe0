// CPython as a test oracle: parses (ast.parse) or compiles many sources in one python3 process,
// so a fixture table or a property run pays the interpreter start-up once.
import { spawnSync } from 'node:child_process';

export interface OracleVerdict {
  ok: boolean;
  error?: string;
}

const SCRIPT = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append({"ok": True})
    except SyntaxError as e:
        out.append({"ok": False, "error": f"{e.msg} at {e.lineno}:{e.offset}"})
json.dump(out, sys.stdout)
`;

export function pythonMinor(): number | undefined {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[1])'], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : undefined;
}

export function parseWithCPython(sources: string[]): OracleVerdict[] {
  return runOracle(SCRIPT, sources);
}

/** compile() rather than ast.parse: also the compiler's checks (`return` outside a function, `break` outside a loop…). */
export function compileWithCPython(sources: string[]): OracleVerdict[] {
  return runOracle(SCRIPT.replace('ast.parse(src)', "compile(src, 'm.py', 'exec', dont_inherit=True)"), sources);
}

function runOracle(script: string, sources: string[]): OracleVerdict[] {
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 oracle failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as OracleVerdict[];
}
