// `importlib.import_module(".c", package)`, judged by CPython: for random packages, levels and names,
// a rewritten call must resolve (importlib.util.resolve_name, against its package, which the strings
// pass re-points when it names a legacy module itself) to the module the legacy one moved to, or to
// the module it named before when that did not move; a call naming no legacy module stays as it was.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { planFromManifestText } from '../src/manifest/load';
import { pythonRewriter } from '../src/rewrite/python';

const MOVES = [
  { from: 'a.b.c', to: 'a.x.y' },
  { from: 'a.b.d', to: 'z.w' },
  { from: 'a.e', to: 'a.b.e2' },
];
const plan = planFromManifestText(JSON.stringify({ python: { moves: MOVES } }), 'manifest.json', '.');
const PACKAGES = ['a', 'a.b', 'a.b.c', 'a.x', 'a.e', 'a.e.f', 'q.r'];
const RESTS = ['', 'c', 'd', 'e', 'b', 'b.c', 'c.sub', 'e.inner', 'b.d', 'other'];

interface Case {
  pkg: string;
  before: string;
  after: string;
  afterPkg: string;
}

test('a rewritten relative name resolves, against the same package, where the legacy module moved', () => {
  const cases: Case[] = [];
  fc.assert(
    fc.property(fc.constantFrom(...PACKAGES), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...RESTS), fc.constantFrom('"', "'"), (pkg, level, rest, q) => {
      const before = '.'.repeat(level) + rest;
      const source = `import importlib\nm = importlib.import_module(${q}${before}${q}, package=${q}${pkg}${q})\n`;
      const out = pythonRewriter.rewrite({ source, path: 'other/f.py', plan });
      // The package string is re-pointed too where it names a legacy module (the strings pass).
      const call = new RegExp(`import_module\\(${q}([^${q}]*)${q}, package=${q}([^${q}]*)${q}\\)`).exec(out.code);
      expect(call).not.toBeNull();
      cases.push({ pkg, before, after: call![1], afterPkg: call![2] });
    }),
    { seed: 20261207, numRuns: 300 },
  );
  const program = `
import importlib.util, json, sys
moves = json.loads(sys.argv[1])
def moved(module):
    for m in sorted(moves, key=lambda m: -len(m["from"])):
        if module == m["from"] or module.startswith(m["from"] + "."):
            return m["to"] + module[len(m["from"]):]
    return None
wrong = []
for c in json.loads(sys.stdin.read()):
    try:
        resolved = importlib.util.resolve_name(c["before"], c["pkg"])
    except ImportError:
        resolved = None
    target = moved(resolved) if resolved else None
    expected = target if target else resolved
    got = importlib.util.resolve_name(c["after"], c["afterPkg"]) if resolved else None
    untouched = target is None and moved(c["pkg"]) is None
    if got != expected or (untouched and (c["after"], c["afterPkg"]) != (c["before"], c["pkg"])):
        wrong.append([c, resolved, expected, got])
print(json.dumps(wrong))
`;
  const run = spawnSync('python3', ['-c', program, JSON.stringify(MOVES)], { input: JSON.stringify(cases), encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual([]);
  // Both sides exercised: names that moved and names that did not.
  expect(cases.filter((c) => c.after !== c.before || c.afterPkg !== c.pkg).length).toBeGreaterThan(30);
  expect(cases.filter((c) => c.after === c.before && c.afterPkg === c.pkg).length).toBeGreaterThan(30);
});
