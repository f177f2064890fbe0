// CPython as the oracle for files that do not parse: each source's first error (message, line,
// column) from compile(), many sources per python3 process. Used by the tolerant fixture checks.
import { spawnSync } from 'node:child_process';
import type { ParseVerdict } from '../../src/pipeline/tolerant-check';

const SCRIPT = `
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "<fixture>", "exec", dont_inherit=True)
        out.append({"ok": True})
    except SyntaxError as e:
        out.append({"ok": False, "message": str(e.msg), "line": e.lineno, "column": e.offset})
json.dump(out, sys.stdout)
`;

export function compileWithCPython(sources: string[]): ParseVerdict[] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 oracle failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ParseVerdict[];
}
