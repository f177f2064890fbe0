// Python modules outside the repository (the standard library, installed packages) looked up with
// the project's interpreter: one process answers for every module of the plan. By default nothing
// is imported: a top-level module is found with importlib.util.find_spec and each submodule in its
// parent's search path, so no package code runs. Only when asked (`verify --import`) are the modules
// imported to check the moved names with hasattr. Used by verify and run's gate (external-facts.ts).
import path from 'node:path';

/** Which interpreter to ask, and who named it (for messages; undefined: the default python3 on PATH). */
export interface InterpreterChoice {
  command: string;
  origin?: '--python' | 'python.interpreter';
}

export interface PythonModuleFact {
  found: boolean;
  /** Where the module lives (its file, or "built-in"/"frozen"). */
  origin?: string;
  /** Why the lookup failed, when it raised (a broken parent package). */
  error?: string;
  /** With names to check: those the imported module lacks. */
  missingNames?: string[];
  /** With names to check: the import itself failed (names unchecked). */
  importError?: string;
}

export type PythonFacts =
  | { kind: 'ran'; interpreter: string; modules: Map<string, PythonModuleFact> }
  | { kind: 'unavailable'; choice: InterpreterChoice; reason: string };

/** --python wins over the manifest's python.interpreter, which wins over python3 on PATH. Paths are relative to cwd / root. */
export function chooseInterpreter(options: { flag?: string; manifest?: string; cwd: string; root: string; fallback?: string }): InterpreterChoice {
  const asCommand = (text: string, base: string) => (text.includes('/') || text.includes(path.sep) ? path.resolve(base, text) : text);
  if (options.flag !== undefined) return { command: asCommand(options.flag, options.cwd), origin: '--python' };
  if (options.manifest !== undefined) return { command: asCommand(options.manifest, options.root), origin: 'python.interpreter' };
  return { command: options.fallback ?? 'python3' };
}

// Reads {"modules": [...], "names": {module: [names]}} on stdin, writes one JSON line on the real stdout
// (imports may print: they get stderr).
const SCRIPT = String.raw`
import sys, json, importlib, importlib.util, importlib.machinery
out = sys.stdout
sys.stdout = sys.stderr
request = json.load(sys.stdin)

def find(name):
    parts = name.split(".")
    spec = importlib.util.find_spec(parts[0])
    for i in range(1, len(parts)):
        parent = ".".join(parts[:i])
        full = ".".join(parts[: i + 1])
        if parent in sys.modules:
            spec = importlib.util.find_spec(full)
            continue
        if spec is None or spec.submodule_search_locations is None:
            return None
        spec = importlib.machinery.PathFinder.find_spec(full, list(spec.submodule_search_locations))
    return spec

facts = {}
for name in request["modules"]:
    fact = {}
    try:
        spec = find(name)
        fact["found"] = spec is not None
        if spec is not None:
            fact["origin"] = spec.origin or "namespace package"
    except BaseException as e:
        fact["found"] = False
        fact["error"] = type(e).__name__ + ": " + str(e)
    facts[name] = fact

for name, wanted in (request.get("names") or {}).items():
    if not facts.get(name, {}).get("found"):
        continue
    try:
        module = importlib.import_module(name)
        missing = []
        for attr in wanted:
            if hasattr(module, attr):
                continue
            try:
                if find(name + "." + attr) is not None:
                    continue
            except BaseException:
                pass
            missing.append(attr)
        facts[name]["missingNames"] = missing
    except BaseException as e:
        facts[name]["importError"] = type(e).__name__ + ": " + str(e)

out.write(json.dumps({"executable": sys.executable, "version": sys.version.split()[0], "modules": facts}))
out.flush()
`;

/** Seconds a lookup may take: find_spec alone is quick; imports (`--import`) may be slow. */
const TIMEOUT_MS = { find: 60_000, import: 300_000 };

export function lookUpPythonModules(choice: InterpreterChoice, modules: readonly string[], names: ReadonlyMap<string, readonly string[]>, cwd: string): PythonFacts {
  const request = { modules, names: Object.fromEntries([...names].map(([m, n]) => [m, [...n]])) };
  // Required here: loading child_process costs every run that never asks python3.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const child = spawnSync(choice.command, ['-c', SCRIPT], {
    cwd,
    // The project's environment (PYTHONPATH, a virtualenv's variables) is what the interpreter must see.
    env: process.env,
    input: JSON.stringify(request),
    encoding: 'utf8',
    timeout: names.size > 0 ? TIMEOUT_MS.import : TIMEOUT_MS.find,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error) {
    const code = (child.error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'not found' : code === 'ETIMEDOUT' ? 'it did not answer in time' : child.error.message;
    return { kind: 'unavailable', choice, reason };
  }
  let answer: { executable: string; version: string; modules: Record<string, PythonModuleFact> };
  try {
    answer = JSON.parse(child.stdout);
  } catch {
    const detail = (child.stderr || child.stdout).trim().split('\n').slice(-1)[0] ?? '';
    return { kind: 'unavailable', choice, reason: `it did not answer (exit ${child.status ?? child.signal}${detail ? `: ${detail}` : ''}); ssot-codemod needs Python 3` };
  }
  const interpreter = `${choice.command}${answer.executable && answer.executable !== choice.command ? ` (${answer.executable}, Python ${answer.version})` : ` (Python ${answer.version})`}`;
  return { kind: 'ran', interpreter, modules: new Map(Object.entries(answer.modules)) };
}
