// CPython's verdict on many sources in one python3 process: compile() each, returning its first
// error (message, line, column) or ok. Used by scripts/measure-tolerant.ts to check that tolerant
// outputs fail exactly where their inputs do, independently of the tool's own --verify python.
import { spawnSync } from 'node:child_process';
import type { ParseVerdict } from '../../src/pipeline/tolerant-check';

const SCRIPT = `
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "<measured>", "exec", dont_inherit=True)
        out.append({"ok": True})
    except SyntaxError as e:
        out.append({"ok": False, "message": str(e.msg), "line": e.lineno, "column": e.offset})
    except (ValueError, RecursionError, MemoryError) as e:
        out.append({"ok": False, "message": type(e).__name__ + ": " + str(e)})
json.dump(out, sys.stdout)
`;

export function compileWithPython(python: string, sources: readonly string[]): ParseVerdict[] {
  const r = spawnSync(python, ['-c', SCRIPT], { input: JSON.stringify(sources.map((s) => s.replace(/^\uFEFF/, ''))), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${python} failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout) as ParseVerdict[];
}

/** CPython's minor version (e.g. 11), or undefined when `python` does not run. */
export function pythonVersion(python: string): string | undefined {
  const r = spawnSync(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}
