// CPython 3.13 (pyodide, offline, in-process) as a test oracle: compile() verdicts and symtable
// classifications for many sources per call, so a test pays the ~3 s interpreter start-up once.
// Used by python-reader-fuzz.test.ts and python-symtable.test.ts.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

export interface CompileVerdict {
  ok: boolean;
  /** `message @line:column` when CPython rejects the source. */
  error?: string;
}

export interface CPython313 {
  compile(sources: readonly string[]): Promise<CompileVerdict[]>;
  symtables(sources: readonly string[]): Promise<Array<SymtableBlock | { error: string }>>;
  close(): void;
}

export interface SymtableBlock {
  type: string;
  name: string;
  line: number;
  symbols: Record<string, string>;
  children: SymtableBlock[];
}

const PRELUDE = `
import json, warnings, symtable
warnings.simplefilter('ignore')

def _compile_all(payload):
    out = []
    for src in json.loads(payload):
        try:
            compile(src, 'm.py', 'exec', dont_inherit=True)
            out.append({'ok': True})
        except SyntaxError as e:
            out.append({'ok': False, 'error': f'{e.msg} @{e.lineno}:{e.offset}'})
        except (ValueError, RecursionError, MemoryError) as e:
            out.append({'ok': False, 'error': type(e).__name__ + ': ' + str(e)})
    return json.dumps(out)

_FLAGS = ['is_local', 'is_global', 'is_declared_global', 'is_free', 'is_nonlocal', 'is_parameter']

def _block(t):
    symbols = {}
    for s in t.get_symbols():
        symbols[s.get_name()] = ','.join(f[3:] for f in _FLAGS if getattr(s, f)())
    return {'type': t.get_type().name, 'name': t.get_name(), 'line': t.get_lineno(), 'symbols': symbols,
            'children': [_block(c) for c in t.get_children()]}

def _symtables(payload):
    out = []
    for src in json.loads(payload):
        try:
            out.append(_block(symtable.symtable(src, 'm.py', 'exec')))
        except SyntaxError as e:
            out.append({'error': f'{e.msg} @{e.lineno}:{e.offset}'})
    return json.dumps(out)
`;

/**
 * pyodide loads its WebAssembly with a dynamic import(), which jest's module sandbox refuses, so
 * CPython runs in a plain node child process that answers one JSON line per request.
 */
const SERVER = `
const { loadPyodide } = require(process.argv[1]);
const readline = require('node:readline');
loadPyodide().then((py) => {
  py.runPython(process.argv[2]);
  process.stdout.write('ready\\n');
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    const { fn, sources } = JSON.parse(line);
    py.globals.set('_payload', JSON.stringify(sources));
    process.stdout.write(py.runPython(fn + '(_payload)') + '\\n');
  });
});
`;

/** Sources per request: one JSON line each way, kept well below V8's string limits. */
const BATCH = 1000;

export async function loadCPython313(): Promise<CPython313> {
  const child = spawn(process.execPath, ['-e', SERVER, require.resolve('pyodide'), PRELUDE], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  lines.on('line', (line) => waiting.shift()?.resolve(line));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the pyodide process exited (${code})`));
  });
  const next = () => new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }));
  const ready = await next();
  if (ready !== 'ready') throw new Error(`pyodide did not start: ${ready}`);
  const call = async <T>(fn: string, sources: readonly string[]): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < sources.length; i += BATCH) {
      const answer = next();
      child.stdin.write(JSON.stringify({ fn, sources: sources.slice(i, i + BATCH) }) + '\n');
      out.push(...(JSON.parse(await answer) as T[]));
    }
    return out;
  };
  return {
    compile: (sources) => call<CompileVerdict>('_compile_all', sources),
    symtables: (sources) => call<SymtableBlock | { error: string }>('_symtables', sources),
    close: () => child.stdin.end(),
  };
}
