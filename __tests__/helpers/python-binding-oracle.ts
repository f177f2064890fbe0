// CPython as the judge of what a Python file binds, for the rename properties: one long-lived python3
// process answers, per source, the names symtable finds unbound (referenced as globals, bound nowhere
// in the module, not builtins) and how many from-import statements bind each (block, module, name).
// Long-lived rather than one spawn per batch so that fast-check can shrink a failure (one request per sample).
import { spawn } from 'node:child_process';

export interface PythonBindingFacts {
  /** Global names referenced somewhere and bound nowhere in the module (builtins and module dunders apart), sorted. */
  unbound: string[];
  /**
   * `block|module|name` → how many distinct from-import statements of that block bind the name (relative
   * modules resolved against the file's package). A block is a path of compound statements counted by
   * their index among the compound statements of their parent block (`def1.body/try0.handler0`), so
   * adding or removing an import line keeps every block's key.
   */
  fromImports: Record<string, number>;
  /** CPython could not read the source (`msg at line:col`); the other fields are then empty. */
  error?: string;
}

export interface PythonBindingOracle {
  facts(sources: readonly string[]): Promise<PythonBindingFacts[]>;
  /** Ends the python3 process (call in afterAll). */
  close(): void;
}

const SCRIPT = String.raw`
import ast, builtins, json, symtable, sys
PACKAGE = sys.argv[1].split(".") if sys.argv[1] else []
PREDEFINED = set(dir(builtins)) | {"__name__", "__file__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__", "__path__", "__cached__", "__annotations__"}

def unbound(src):
    bound, used, stack = set(), set(), [symtable.symtable(src, "consumer.py", "exec")]
    while stack:
        table = stack.pop()
        at_module = table.get_type() == "module"
        for s in table.get_symbols():
            binds = s.is_assigned() or s.is_imported() or s.is_namespace()
            if binds and (at_module or s.is_declared_global()):
                bound.add(s.get_name())
            if s.is_referenced() and s.is_global():
                used.add(s.get_name())
        stack.extend(table.get_children())
    return sorted(used - bound - PREDEFINED)

def absolute(node):
    if node.level == 0:
        return node.module
    base = PACKAGE[: len(PACKAGE) - node.level + 1] if node.level <= len(PACKAGE) else ["?" * node.level]
    return ".".join(base + ([node.module] if node.module else []))

def from_imports(tree):
    counts = {}
    def visit(stmts, block):
        compound = 0
        for st in stmts:
            if isinstance(st, ast.ImportFrom):
                for name in {a.name for a in st.names}:
                    key = f"{block}|{absolute(st)}|{name}"
                    counts[key] = counts.get(key, 0) + 1
            children = [(f, getattr(st, f)) for f in ("body", "orelse", "finalbody") if isinstance(getattr(st, f, None), list)]
            children += [(f"handler{i}", h.body) for i, h in enumerate(getattr(st, "handlers", None) or [])]
            children += [(f"case{i}", c.body) for i, c in enumerate(getattr(st, "cases", None) or [])]
            if children:
                for field, body in children:
                    visit(body, f"{block}/{type(st).__name__}{compound}.{field}")
                compound += 1
    visit(tree.body, "module")
    return counts

for line in iter(sys.stdin.readline, ""):
    out = []
    for src in json.loads(line):
        try:
            out.append({"unbound": unbound(src), "fromImports": from_imports(ast.parse(src))})
        except SyntaxError as e:
            out.append({"unbound": [], "fromImports": {}, "error": f"{e.msg} at {e.lineno}:{e.offset}"})
    print(json.dumps(out), flush=True)
`;

/** Starts python3 for a file of package `pkg` (`app` for app/consumer.py), used to resolve relative imports. */
export function startBindingOracle(pkg: string): PythonBindingOracle {
  const child = spawn('python3', ['-u', '-c', SCRIPT, pkg], { stdio: ['pipe', 'pipe', 'pipe'] });
  const waiting: Array<{ resolve(facts: PythonBindingFacts[]): void; reject(error: Error): void }> = [];
  let stdout = '';
  let stderr = '';
  const fail = (error: Error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (let nl = stdout.indexOf('\n'); nl >= 0; nl = stdout.indexOf('\n')) {
      const line = stdout.slice(0, nl);
      stdout = stdout.slice(nl + 1);
      waiting.shift()?.resolve(JSON.parse(line) as PythonBindingFacts[]);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.on('error', (error) => fail(new Error(`python3 binding oracle could not start: ${error.message}`)));
  child.stdin.on('error', (error) => fail(new Error(`python3 binding oracle stopped reading: ${error.message}: ${stderr}`)));
  child.on('exit', (code) => fail(new Error(`python3 binding oracle exited with ${code}: ${stderr}`)));
  return {
    facts(sources) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${JSON.stringify(sources)}\n`);
      });
    },
    close() {
      child.stdin.end();
    },
  };
}
