// CPython verdicts for scripts/check-reader.ts: python3's compile() in one long-lived process
// (it reads each file itself), or CPython 3.13 compiled to WebAssembly (pyodide, a devDependency)
// in this process, given the texts in batches. Both answer in input order.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

export interface OracleVerdict {
  ok: boolean;
  message?: string;
}

export interface Oracle {
  /** e.g. `python3 3.11.7` or `pyodide (CPython 3.13.2)`. */
  name: string;
  /** The minor version of Python it runs (11 for 3.11). */
  minor: number;
  verdicts(files: ReadonlyArray<{ path: string; text: string }>): Promise<OracleVerdict[]>;
  close(): void;
}

const PYTHON3 = `
import json, sys, warnings
warnings.simplefilter('ignore')
sys.stdout.write(json.dumps({'version': sys.version.split()[0], 'minor': sys.version_info[1]}) + '\\n')
sys.stdout.flush()
for line in sys.stdin:
    path = json.loads(line)
    try:
        with open(path, encoding='utf-8') as f:
            src = f.read()
        if src.startswith('\\ufeff'):
            src = src[1:]
        compile(src, path, 'exec', dont_inherit=True)
        out = {'ok': True}
    except SyntaxError as e:
        out = {'ok': False, 'message': f'{e.msg} at {e.lineno}:{e.offset}'}
    except Exception as e:
        out = {'ok': False, 'message': type(e).__name__ + ': ' + str(e)}
    sys.stdout.write(json.dumps(out) + '\\n')
    sys.stdout.flush()
`;

export async function startPython3(executable = 'python3'): Promise<Oracle> {
  const child = spawn(executable, ['-c', PYTHON3], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  lines.on('line', (line) => waiting.shift()?.resolve(line));
  const stop = (why: string) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`${executable} stopped (${why})`));
  };
  child.on('error', (error) => stop(error.message));
  child.on('exit', (code) => stop(`exit ${code}`));
  const next = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  const hello = JSON.parse(await next()) as { version: string; minor: number };
  return {
    name: `${executable} ${hello.version}`,
    minor: hello.minor,
    async verdicts(files) {
      const answers = files.map(() => next());
      for (const f of files) child.stdin.write(JSON.stringify(f.path) + '\n');
      return (await Promise.all(answers)).map((line) => JSON.parse(line) as OracleVerdict);
    },
    close: () => child.stdin.end(),
  };
}

const PYODIDE = `
import json, warnings
warnings.simplefilter('ignore')
def _verdicts(payload):
    out = []
    for src in json.loads(payload):
        try:
            compile(src, 'm.py', 'exec', dont_inherit=True)
            out.append({'ok': True})
        except SyntaxError as e:
            out.append({'ok': False, 'message': f'{e.msg} at {e.lineno}:{e.offset}'})
        except Exception as e:
            out.append({'ok': False, 'message': type(e).__name__ + ': ' + str(e)})
    return json.dumps(out)
`;

interface Pyodide {
  runPython(code: string): unknown;
  globals: { set(name: string, value: unknown): void };
}

export async function startPyodide(): Promise<Oracle> {
  // A devDependency: present in a development checkout, which is where this script runs.
  const { loadPyodide } = (await import('pyodide')) as unknown as { loadPyodide: () => Promise<Pyodide> };
  const py = await loadPyodide();
  py.runPython(PYODIDE);
  const version = String(py.runPython('import sys; sys.version.split()[0]'));
  return {
    name: `pyodide (CPython ${version})`,
    minor: Number(version.split('.')[1]),
    async verdicts(files) {
      const out: OracleVerdict[] = [];
      for (let i = 0; i < files.length; i += 200) {
        py.globals.set('_payload', JSON.stringify(files.slice(i, i + 200).map((f) => f.text.replace(/^\uFEFF/, ''))));
        out.push(...(JSON.parse(String(py.runPython('_verdicts(_payload)'))) as OracleVerdict[]));
      }
      return out;
    },
    close: () => undefined,
  };
}
