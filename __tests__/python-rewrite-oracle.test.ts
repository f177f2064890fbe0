// Property test of whole rewrites, judged by CPython: generated modules full of legacy imports
// (every form, in nested blocks) are rewritten so that the output parses, a second run changes
// nothing, every name an import bound and the code uses is still bound, and no import names a legacy module any more.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { planFromManifestText } from '../src/manifest/load';
import { pythonRewriter } from '../src/rewrite/python';

const plan = planFromManifestText(
  JSON.stringify({ python: { moves: [{ from: 'legacy.ws', to: 'canonical.ws_impl' }, { from: 'legacy.reg:Reg', to: 'canonical.agents:Reg' }] } }),
  'manifest.json',
  '.',
);

const statement = fc.constantFrom(
  'from legacy.ws import A, B as C',
  'from legacy.ws import (\n    A,  # first\n    B,\n)',
  'from legacy.reg import Reg, Kind',
  'from legacy.reg import (Kind,\n    Reg as R2)',
  'from legacy.reg import Kind, \\\n    Reg',
  'import legacy.ws',
  'import legacy.ws as w',
  'from legacy import ws',
  'from legacy import ws as w2, other',
  'import os; from legacy.reg import Reg',
  'x = legacy.ws.A',
  'y = ("legacy.ws.A", "legacy.reg.Reg", "legacy.reg.Kind")',
  'pass',
  '# from legacy.ws import A',
);

const block: fc.Memo<string[]> = fc.memo((depth: number) => {
  const simple = statement.map((s) => s.split('\n'));
  if (depth <= 1) return fc.array(simple, { minLength: 1, maxLength: 4 }).map((b) => b.flat());
  const compound = fc.tuple(fc.constantFrom('def f():', 'class K:', 'if x:', 'try:'), block(depth - 1)).map(([header, body]) => {
    const inner = [...body, 'pass'].map((l) => '    ' + l);
    return header === 'try:' ? [header, ...inner, 'except ImportError:', '    from legacy.ws import A'] : [header, ...inner];
  });
  return fc.array(fc.oneof(simple, compound), { minLength: 1, maxLength: 4 }).map((b) => b.flat());
});

const SCRIPT = String.raw`
import ast, json, sys
def bindings(tree):
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            out += [a.asname or a.name.split('.')[0] for a in n.names]
        elif isinstance(n, ast.ImportFrom):
            out += [a.asname or a.name for a in n.names]
    return out
def legacy(tree):
    bad = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            bad += [a.name for a in n.names if a.name == 'legacy.ws' or a.name.startswith('legacy.ws.')]
        elif isinstance(n, ast.ImportFrom):
            if (n.module or '').startswith('legacy.ws'): bad.append(n.module)
            if n.module == 'legacy.reg': bad += ['legacy.reg:' + a.name for a in n.names if a.name == 'Reg']
            if n.module == 'legacy': bad += ['legacy:' + a.name for a in n.names if a.name == 'ws']
    return bad
res = []
for before, after in json.load(sys.stdin):
    try:
        b, a = ast.parse(before), ast.parse(after)
    except SyntaxError as e:
        res.append(f"unparseable: {e}"); continue
    used = {n.id for n in ast.walk(a) if isinstance(n, ast.Name)}
    # a head name only bound as a side effect of 'import legacy.ws' may go, as long as nothing uses it
    missing = [n for n in set(bindings(b)) if n not in bindings(a) and n in used]
    res.append(f"lost bindings {missing}" if missing else (f"legacy imports left {legacy(a)}" if legacy(a) else None))
json.dump(res, sys.stdout)
`;

test('generated legacy-heavy modules: outputs parse, are idempotent, keep bindings, leave no legacy import', () => {
  const sources = fc.sample(block(3), { numRuns: 300, seed: 42 }).map((lines) => lines.join('\n') + '\n');
  const pairs = sources.map((source) => {
    const first = pythonRewriter.rewrite({ source, path: 'pkg/mod.py', plan });
    const second = pythonRewriter.rewrite({ source: first.code, path: 'pkg/mod.py', plan });
    expect(second.code).toBe(first.code);
    expect(first.findings.filter((f) => f.kind === 'manual')).toEqual([]);
    return [source, first.code];
  });
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(pairs), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  const verdicts = JSON.parse(r.stdout) as (string | null)[];
  const failures = verdicts.map((v, i) => ({ v, source: pairs[i][0], output: pairs[i][1] })).filter((x) => x.v !== null);
  expect(failures.slice(0, 2)).toEqual([]);
});
