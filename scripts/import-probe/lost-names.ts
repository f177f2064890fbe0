// The Python side of scripts/import-probe.ts, static half: which names a rewrite took away from a
// module (bound at module level before, not after: by `def`, `class`, assignment or import, in
// `if`/`try` blocks too), and which files of the rewritten tree import them (`from m import name`,
// relative imports resolved; every .py file under the tree, as the
// walk finds it). Reads {before, after, files} as JSON on stdin; prints a JSON list of
// { file, module, name, importers: ["path:line", …] }, importers empty when none.

export const LOST_NAMES = String.raw`
import ast, os, sys, json

job = json.loads(sys.stdin.read())
before, after, changed = job['before'], job['after'], job['files']

def bound(tree):
    names = set()
    def visit(stmts):
        for s in stmts:
            if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(s.name); continue
            if isinstance(s, ast.Import):
                for a in s.names: names.add(a.asname or a.name.split('.')[0])
            elif isinstance(s, ast.ImportFrom):
                for a in s.names:
                    if a.name != '*': names.add(a.asname or a.name)
            elif isinstance(s, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                for t in (s.targets if isinstance(s, ast.Assign) else [s.target]):
                    for n in ast.walk(t):
                        if isinstance(n, ast.Name): names.add(n.id)
            for field in ('body', 'orelse', 'finalbody'):
                visit(getattr(s, field, []) or [])
            for h in getattr(s, 'handlers', []) or []: visit(h.body)
    visit(tree.body)
    return names

def module_of(path):
    m = path[:-3].replace('/', '.')
    return m[:-len('.__init__')] if m.endswith('.__init__') else m

def parse(root, path):
    try: return ast.parse(open(os.path.join(root, path), 'rb').read())
    except (SyntaxError, ValueError, OSError): return None

lost = {}
for path in changed:
    b, a = parse(before, path), parse(after, path)
    if b is None or a is None: continue
    gone = bound(b) - bound(a)
    if gone: lost[module_of(path)] = (path, gone)

importers = {}
if lost:
    files = []
    for directory, dirs, names in os.walk(after):
        dirs[:] = sorted(d for d in dirs if d not in ('.git', 'node_modules', '.venv', 'venv', '__pycache__'))
        files += [os.path.relpath(os.path.join(directory, n), after).replace(os.sep, '/') for n in sorted(names) if n.endswith('.py')]
    words = {name.encode() for _, gone in lost.values() for name in gone}
    for g in files:
        try: raw = open(os.path.join(after, g), 'rb').read()
        except OSError: continue
        if not any(w in raw for w in words): continue  # cannot import any of them: not parsed
        tree = parse(after, g)
        if tree is None: continue
        package = module_of(g) if g.endswith('__init__.py') else module_of(g).rpartition('.')[0]
        for n in ast.walk(tree):
            if not isinstance(n, ast.ImportFrom): continue
            if n.level:
                parts = package.split('.') if package else []
                parts = parts[:len(parts) - (n.level - 1)] if n.level > 1 else parts
                module = '.'.join(parts + ([n.module] if n.module else []))
            else:
                module = n.module or ''
            if module not in lost: continue
            for a in n.names:
                if a.name in lost[module][1]:
                    importers.setdefault((module, a.name), []).append(f'{g}:{n.lineno}')

out = [{'file': path, 'module': module, 'name': name, 'importers': importers.get((module, name), [])}
       for module, (path, gone) in sorted(lost.items()) for name in sorted(gone)]
print(json.dumps(out))
`;
