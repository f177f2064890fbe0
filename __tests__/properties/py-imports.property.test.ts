// Property-based tests of the Python rewriter (fast-check, seeded by FC_SEED, shrinking): on random
// files of import forms, uses, string targets and inert code under random manifests, the output
// parses in CPython, a second pass changes nothing and finds nothing left to rewrite, inert code is
// byte-identical, and importing the consumer before and after binds the same objects.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { compilePlan } from '../../src/manifest/plan';
import { applyEdits } from '../../src/rewrite/edits';
import { pythonRewriter } from '../../src/rewrite/python';
import type { MigrationPlan } from '../../src/types';
import { assertOnlySyntaxErrors, inertSpans, pythonFile, pythonManifest, runs, SEED, touchesSpan } from '../helpers/source-arbitraries';
import { parseWithCPython, pythonMinor } from '../helpers/python-oracle';
import { cleanupTempDirs, makeTempDir } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const HAS_PYTHON = pythonMinor() !== undefined;
const CONSUMER = 'app/consumer.py';
const planOf = (manifest: object): MigrationPlan => compilePlan(manifest as never, { file: 'ssot-codemod.json' });
const rewrite = (source: string, plan: MigrationPlan) => pythonRewriter.rewrite({ source, path: CONSUMER, plan });

describe('py-imports properties', () => {
  test('idempotent, complete, minimal, edits reproduce the output; every output parses in CPython (one process)', () => {
    const outputs: Array<{ input: string; output: string }> = [];
    fc.assert(
      fc.property(pythonFile, pythonManifest, (file, manifest) => {
        const plan = planOf(manifest);
        const first = rewrite(file.source, plan);
        expect(applyEdits(file.source, first.edits)).toBe(first.code);
        for (const edit of first.edits) {
          for (const span of inertSpans(file)) {
            if (touchesSpan(edit, span)) throw new Error(`edit ${JSON.stringify(edit)} touches inert code ${JSON.stringify(file.source.slice(...span))}`);
          }
        }
        const second = rewrite(first.code, plan);
        expect(second.code).toBe(first.code);
        expect(second.findings.filter((f) => f.kind === 'rewritten')).toEqual([]);
        expect(pythonRewriter.checkSyntax(first.code, CONSUMER)).toBeUndefined();
        if (first.code !== file.source) outputs.push({ input: file.source, output: first.code });
      }),
      { seed: SEED, numRuns: runs(1500) },
    );
    if (!HAS_PYTHON) return;
    const verdicts = parseWithCPython(outputs.map((o) => o.output));
    const broken = verdicts.map((v, i) => ({ ...v, ...outputs[i] })).filter((v) => !v.ok);
    expect(broken.slice(0, 3)).toEqual([]);
    expect(outputs.length).toBeGreaterThan(500);
  });

  test('unparseable input is a SourceSyntaxError, never another exception', () => {
    const plan = planOf({ python: { moves: [{ from: 'legacy.old', to: 'core.new' }] } });
    assertOnlySyntaxErrors(pythonFile, ['(', ')', ':', 'import', '"', '\\', '\t', 'from . import'], (source) => rewrite(source, plan));
  });

  (HAS_PYTHON ? test : test.skip)('semantic equivalence: the consumer binds the same objects before and after (one CPython process)', () => {
    const dir = makeTempDir(UNIVERSE);
    const cases: Array<{ moves: Record<string, string> }> = [];
    fc.assert(
      fc.property(pythonFile, pythonManifest, (file, manifest) => {
        const { code } = rewrite(file.source, planOf(manifest));
        const i = cases.length;
        fs.writeFileSync(path.join(dir, `before_${i}.py`), file.source);
        fs.writeFileSync(path.join(dir, `after_${i}.py`), code);
        const moves: Record<string, string> = {};
        for (const m of manifest.python.moves) if (!m.from.includes(':')) moves[m.from] = m.to;
        cases.push({ moves });
      }),
      { seed: SEED + 1, numRuns: runs(300) },
    );
    const r = spawnSync('python3', ['-c', COMPARE, String(cases.length)], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<{ error?: string; names: Record<string, [string, string | boolean | string[], (string | Record<string, string> | null)?, boolean?]> }>;
    const problems: string[] = [];
    results.forEach((res, i) => {
      if (res.error) return problems.push(`case ${i}: ${res.error}`);
      for (const [name, [kind, same, after, stillUsed]] of Object.entries(res.names)) {
        // A module reference the rewriter left alone (a manual finding) still binds the same module.
        if (kind === 'module' && after !== same && cases[i].moves[String(same)] !== after) problems.push(`case ${i}: ${name} was module ${same}, is ${after}`);
        if (kind === 'object' && same !== true) problems.push(`case ${i}: ${name} is bound to a different object`);
        // A name the rename policy changed (a renamed symbol `legacy.util:Bee2 → core.shapes:Bee`, an imported
        // module `from legacy import old` → `from core import new`, an import dropped for an existing one) is
        // no longer spelled anywhere, and its object is bound under another name. A module binding may also
        // go away when every use of it now names a moved member directly (`import legacy as m; m.Moved`).
        if (kind === 'missing' && (same as string[]).length === 0) problems.push(`case ${i}: ${name} is no longer bound and its object is bound under no name`);
        if (kind.startsWith('missing') && stillUsed) problems.push(`case ${i}: ${name} is no longer bound but still used`);
      }
    });
    expect(problems.slice(0, 5)).toEqual([]);
  });
});

/** A package tree where every legacy module re-exports exactly the canonical objects. */
const UNIVERSE = {
  'legacy/__init__.py': '',
  'legacy/old.py': 'from core.new import A, B, f\n',
  'legacy/util.py': 'from core.new import B\nfrom core.shapes import Bee as Bee2\nfrom core.util import U\n',
  'legacy/keep.py': 'K = object()\n',
  'core/__init__.py': '',
  'core/new.py': 'A = object()\nB = object()\ndef f():\n    return 1\n',
  'core/shapes.py': 'Bee = object()\n',
  'core/util.py': 'from core.new import B\nfrom core.shapes import Bee as Bee2\nU = object()\n',
  'app/__init__.py': '',
};

/**
 * Imports before_i and after_i, and for every global name bound before to an object of the universe
 * (strings, the consumer's own definitions and top-level packages aside) reports whether after binds
 * the same object; modules
 * are reported by name, since a moved module is a different module object holding the same things.
 */
const COMPARE = `
import ast, importlib, json, sys, types
MODULES = ["core.new", "core.shapes", "core.util", "legacy.old", "legacy.util", "legacy.keep"]
universe = {id(v) for m in MODULES for k, v in vars(importlib.import_module(m)).items() if not k.startswith("__")}
out = []
for i in range(int(sys.argv[1])):
    try:
        b = importlib.import_module(f"before_{i}")
        a = importlib.import_module(f"after_{i}")
    except Exception as e:
        out.append({"error": f"{type(e).__name__}: {e}", "names": {}}); continue
    names = {}
    used = {n.id for n in ast.walk(ast.parse(open(a.__file__, encoding="utf-8").read())) if isinstance(n, ast.Name)}
    for name, value in vars(b).items():
        if name.startswith("__") or name in ("legacy", "core") or isinstance(value, str):
            continue
        if not isinstance(value, types.ModuleType) and id(value) not in universe:
            continue  # the consumer's own definitions: new objects on every import
        if name not in vars(a) and isinstance(value, types.ModuleType):
            names[name] = ["missing-module", value.__name__, {k: v.__name__ for k, v in vars(a).items() if isinstance(v, types.ModuleType)}, name in used]
        elif name not in vars(a):
            names[name] = ["missing", [k for k, v in vars(a).items() if v is value], None, name in used]
        elif isinstance(value, types.ModuleType):
            names[name] = ["module", value.__name__, getattr(vars(a)[name], "__name__", "?")]
        else:
            names[name] = ["object", vars(a)[name] is value]
    out.append({"names": names})
json.dump(out, sys.stdout)
`;
