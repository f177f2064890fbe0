// CPython as the judge of the Python reader: one python3 process compares, for a whole batch of
// sources, the import statements and string literals our reader found with what `ast` finds
// (positions, modules, names, and each literal's value via ast.literal_eval of our token text).
import { spawnSync } from 'node:child_process';

export interface ReaderView {
  source: string;
  imports: { line: number; column: number; kind: 'import' | 'from'; level: number; module: string; names: [string, string | null][] }[];
  /** Plain (non-f) string tokens: 1-based line/column and the token's text. */
  strings: { line: number; column: number; text: string }[];
  fstrings: { line: number; column: number }[];
}

export interface AstComparison {
  /** CPython could not parse the source (the generator produced something invalid). */
  invalid?: string;
  mismatches: string[];
}

const SCRIPT = String.raw`
import ast, json, sys
def walk(node, out_str, out_f):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.JoinedStr):
            out_f.append((child.lineno, child.col_offset + 1))
            continue
        if isinstance(child, ast.Constant) and isinstance(child.value, (str, bytes)):
            out_str.append((child.lineno, child.col_offset + 1, child.value))
        walk(child, out_str, out_f)
res = []
for item in json.load(sys.stdin):
    try:
        tree = ast.parse(item["source"])
    except SyntaxError as e:
        res.append({"invalid": f"{e.msg} at {e.lineno}:{e.offset}", "mismatches": []}); continue
    mism = []
    imports = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            imports.append([n.lineno, n.col_offset + 1, "import", 0, "", [[a.name, a.asname] for a in n.names]])
        elif isinstance(n, ast.ImportFrom):
            imports.append([n.lineno, n.col_offset + 1, "from", n.level, n.module or "", [[a.name, a.asname] for a in n.names]])
    imports.sort()
    mine = sorted([[i["line"], i["column"], i["kind"], i["level"], i["module"], i["names"]] for i in item["imports"]])
    if imports != mine: mism.append(f"imports: cpython {imports} reader {mine}")
    strs, fs = [], []
    walk(tree, strs, fs)
    strs.sort(key=lambda s: (s[0], s[1]))
    ours = sorted(item["strings"], key=lambda s: (s["line"], s["column"]))
    if [(s[0], s[1]) for s in strs] != [(s["line"], s["column"]) for s in ours]:
        mism.append(f"string positions: cpython {[(s[0], s[1]) for s in strs]} reader {[(s['line'], s['column']) for s in ours]}")
    else:
        for s, o in zip(strs, ours):
            if ast.literal_eval(o["text"]) != s[2]: mism.append(f"string value at {s[0]}:{s[1]}: {o['text']!r}")
    if sorted(fs) != sorted((f["line"], f["column"]) for f in item["fstrings"]):
        mism.append(f"f-strings: cpython {sorted(fs)} reader {item['fstrings']}")
    res.append({"mismatches": mism})
json.dump(res, sys.stdout)
`;

export function compareWithAst(views: ReaderView[]): AstComparison[] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(views), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 ast oracle failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as AstComparison[];
}
