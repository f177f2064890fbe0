// Differential test of the reader's scopes and resolver against CPython 3.13's symtable (pyodide):
// for fixture inputs, corpus files, the syntax seeds and hand-written scope puzzles, every block's
// symbols must be classified alike. Mapping: the resolver's local → `local` (+`parameter`),
// global-explicit → `global,declared_global`, global-implicit → `global`, free → `free` (+`nonlocal`);
// module blocks compare names only (everything there is global). Emulated CPython details: list,
// set and dict comprehensions are inlined into their parent (PEP 709), annotations under
// `from __future__ import annotations` are hidden, a walrus in a comprehension marks the name
// nonlocal (or global) in each comprehension it crosses, a free name is listed in every block between
// its use and its binding, a name declared global anywhere is listed in the module's table.
// Internal names (`.0`, `__class__`…) are skipped.
import fs from 'node:fs';
import path from 'node:path';
import { Rng } from '../scripts/corpus/prng';
import { pythonSource } from '../scripts/corpus/python-source';
import { createLineIndex } from '../src/rewrite/line-index';
import { parsePython } from '../src/rewrite/python/parse/parse-python';
import { createResolver, type SymbolInfo } from '../src/rewrite/python/parse/resolve-symbol';
import { NameRole, ScopeKind, type ScopeFacts } from '../src/rewrite/python/parse/scope-facts';
import { mangle } from '../src/rewrite/python/parse/scope-symbols';
import { tokenize } from '../src/rewrite/python/tokenizer';
import { FIXTURES_ROOT } from './helpers/fixture-cases';
import { loadCPython313, type CPython313, type SymtableBlock } from './helpers/pyodide-oracle';
import { SYNTAX_SEEDS } from './helpers/python-syntax-seeds';

const PUZZLES: readonly string[] = [
  // nested functions, nonlocal, global, class scopes skipped by methods
  `x = 0
def outer(a, b=x):
    y = 1
    def middle():
        nonlocal y
        y += a
        def inner():
            global x
            x = y
            return b
        return inner
    class K:
        y = 2
        z = y
        def m(self):
            return y, z
    return middle, K
`,
  // comprehensions: first iterable outside, walrus into the function, nested, class body
  `def f(items, n):
    total = [i * n for i in items if i]
    pairs = {k: v for k, v in zip(items, items) for w in [k]}
    gen = (j for j in range(n) for m in items)
    if any((last := i) > n for i in items):
        return last
    nested = [[a + b for a in items] for b in items]
    return total, pairs, gen, nested

class C:
    base = 10
    values = [base + i for i in range(3)]
    gen = (base for _ in range(3))
    def method(self):
        return [base for _ in ()]

found = [(hit := v) for v in range(5)]
`,
  // lambdas with defaults, decorators, default values evaluated outside
  `def deco(arg):
    return lambda fn: fn

k = 3
@deco(k)
def decorated(p=k, *args, q=lambda r=k: r, **kw):
    return lambda s, t=p: s + t + k

class WithDecorator:
    @staticmethod
    def sm(x=k): return x
    f = lambda self, z=k: z
`,
  // PEP 695: type parameter scopes, bounds, defaults, aliases, class-visible names
  `class Box[T: int, *Ts, **P]:
    Alias = int
    type Inner[U] = dict[U, Alias]
    def get[V: Alias](self, v: V = None) -> T | V:
        return v

type Pair[A, B = A] = tuple[A, B]

def generic[X](x: X) -> list[X]:
    def inner() -> X:
        return x
    return [x]
`,
  // except-as, match captures, import forms, del, global at module level, star-imports
  `import os.path, json as j
from collections import OrderedDict as OD, defaultdict
def handler(cmd):
    try:
        os.path.join(cmd)
    except OSError as err:
        print(err)
    match cmd:
        case [name, *rest] if rest:
            return name
        case {"k": value, **others}:
            return value, others
        case Point(x=px) as point:
            return px, point
    del cmd
global g
g = 1
`,
  // mangling, nonlocal through a class, shadowing, super
  `def factory():
    __secret = 1
    class Holder:
        __secret = 2
        def read(self):
            return __secret
        def also(self):
            return super().read()
    return Holder
class __Under:
    __x = 1
    def m(self):
        return __x
`,
  // future annotations: annotation names are hidden from the symtable
  `from __future__ import annotations
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from app.models import Model

def use(model: Model, count: int = 0) -> Model:
    local: Model = model
    (paren): int
    return local

class Annotated:
    field: Model
    other: list[Model] = []
`,
  // async forms, await in comprehensions and generator expressions
  `async def run(source, sink):
    values = [await item async for item in source]
    gen = (await v for v in values)
    async with sink as s:
        async for chunk in source:
            await s.write(chunk)
    return values, gen
`,
];

function seedSources(): string[] {
  const rng = new Rng(20261207);
  const corpus = Array.from({ length: 12 }, (_, i) =>
    pythonSource({ path: `app/orders/services/module_${i}.py`, lines: rng.int(40, 120), legacy: rng.chance(0.5), isTest: rng.chance(0.3), siblings: [] }, rng),
  );
  const dir = path.join(FIXTURES_ROOT, 'py-imports');
  const fixtures = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.input.py') && !f.startsWith('syntax-error-'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
  // PY_SYMTABLE_SOURCES=<dir> adds that directory's .py files (a local, wider run).
  const extraDir = process.env.PY_SYMTABLE_SOURCES;
  const extra = extraDir
    ? fs.readdirSync(extraDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py')).sort().map((f) => fs.readFileSync(path.join(extraDir, f), 'utf8').replace(/^\uFEFF/, ''))
    : [];
  return [...PUZZLES, ...SYNTAX_SEEDS, ...fixtures, ...corpus, ...extra];
}

interface Block {
  type: string;
  name: string;
  symbols: Map<string, string>;
  children: Block[];
}

const SYMTABLE_TYPES: Record<ScopeKind, string> = {
  [ScopeKind.Module]: 'MODULE',
  [ScopeKind.Function]: 'FUNCTION',
  [ScopeKind.Lambda]: 'FUNCTION',
  [ScopeKind.Class]: 'CLASS',
  [ScopeKind.Comprehension]: 'FUNCTION',
  [ScopeKind.Annotation]: 'ANNOTATION',
};
const ANNOTATION_TYPES = { 'type-params': 'TYPE_PARAMETERS', 'type-alias': 'TYPE_ALIAS', 'type-variable': 'TYPE_VARIABLE', future: 'ANNOTATION' };

function flagsOf(info: SymbolInfo): string {
  const flags = info.kind === 'local' ? ['local'] : info.kind === 'global-explicit' ? ['global', 'declared_global'] : info.kind === 'global-implicit' ? ['global'] : ['free'];
  if (info.nonlocal) flags.push('nonlocal');
  if (info.parameter) flags.push('parameter');
  return flags.join(',');
}

/** The reader's view, shaped like CPython's symtable output (see the header for the emulated details). */
function readerBlocks(facts: ScopeFacts): Block {
  const resolver = createResolver(facts);
  const { scopes, names } = facts;
  const blocks: Block[] = scopes.map((s) => ({
    type: s.kind === ScopeKind.Annotation ? ANNOTATION_TYPES[s.annotation!] : SYMTABLE_TYPES[s.kind],
    name: s.name.replace(/^<(.*)>$/, '$1'),
    symbols: new Map(),
    children: [],
  }));
  for (const o of names) {
    const key = mangle(scopes[o.scope].privateName, o.name);
    if (o.role === NameRole.Annotated) continue;
    blocks[o.scope].symbols.set(key, flagsOf(resolver.classify(o.scope, o.name)!));
    // A walrus target in a comprehension is nonlocal (or global) in every comprehension it crosses.
    if (o.role !== NameRole.Store) continue;
    for (let c = innermostComprehension(facts, o.start, o.scope); c > o.scope; c = scopes[c].parent) {
      if (scopes[c].kind !== ScopeKind.Comprehension) continue;
      const targetGlobal = o.scope === 0 || resolver.classify(o.scope, o.name)!.kind === 'global-explicit';
      blocks[c].symbols.set(mangle(scopes[c].privateName, o.name), targetGlobal ? 'global,declared_global' : 'free,nonlocal');
    }
  }
  // CPython's symtable lists a free name in every block between its use and its binding, and every
  // name declared global anywhere in the module's own table.
  for (const o of names) {
    if (o.role === NameRole.Global) blocks[0].symbols.set(o.name, '');
    const info = resolver.classify(o.scope, o.name);
    if (!info || info.kind !== 'free') continue;
    for (let a = scopes[o.scope].parent; a > 0 && a !== info.binding; a = scopes[a].parent) {
      const key = mangle(scopes[a].privateName, o.name);
      if (!blocks[a].symbols.has(key)) blocks[a].symbols.set(key, 'free');
    }
  }
  const hidden = (id: number): boolean => id > 0 && (scopes[id].annotation === 'future' || hidden(scopes[id].parent));
  for (let id = scopes.length - 1; id > 0; id--) {
    const s = scopes[id];
    if (hidden(id)) continue;
    const parent = blocks[s.parent];
    const inlined = s.kind === ScopeKind.Comprehension && s.name !== '<genexpr>' && !scopes[s.parent].canSeeClassScope;
    if (!inlined) {
      parent.children.unshift(blocks[id]);
      continue;
    }
    for (const [name, flags] of blocks[id].symbols) if (!parent.symbols.has(name)) parent.symbols.set(name, flags);
    parent.children.unshift(...blocks[id].children);
  }
  return blocks[0];
}

/** The innermost comprehension scope (a descendant of `ancestor`) whose span contains `offset`, or `ancestor`. */
function innermostComprehension(facts: ScopeFacts, offset: number, ancestor: number): number {
  let best = ancestor;
  facts.scopes.forEach((s, id) => {
    if (s.kind !== ScopeKind.Comprehension || s.start > offset || offset >= s.end) return;
    for (let p = s.parent; p >= 0; p = facts.scopes[p].parent) if (p === ancestor) best = id > best ? id : best;
  });
  return best;
}

const INTERNAL = /^(\.|__class__$|__classdict__$|__classcell__$|__type_params__$)/;

function cpythonBlock(b: SymtableBlock): Block {
  return {
    type: b.type,
    name: b.name,
    symbols: new Map(Object.entries(b.symbols).filter(([name]) => !INTERNAL.test(name))),
    children: b.children.filter((c) => c.type !== 'ANNOTATION').map(cpythonBlock),
  };
}

function compare(mine: Block, theirs: Block, where: string, out: string[]): void {
  const module = mine.type === 'MODULE';
  const names = new Set([...mine.symbols.keys(), ...theirs.symbols.keys()]);
  for (const name of names) {
    if (INTERNAL.test(name)) continue;
    const a = mine.symbols.get(name);
    const b = theirs.symbols.get(name);
    if (a === undefined || b === undefined || (!module && a !== b)) out.push(`${where}: ${name}: reader ${a ?? 'absent'}, cpython ${b ?? 'absent'}`);
  }
  const pool = [...mine.children];
  for (const child of theirs.children) {
    const i = pool.findIndex((c) => c.type === child.type && c.name === child.name);
    if (i < 0) {
      out.push(`${where}: cpython block ${child.type} ${child.name} has no reader scope`);
      continue;
    }
    compare(pool.splice(i, 1)[0], child, `${where} > ${child.type} ${child.name}`, out);
  }
  for (const extra of pool) out.push(`${where}: reader scope ${extra.type} ${extra.name} has no cpython block`);
}

describe('python scopes vs CPython 3.13 symtable', () => {
  let cpython: CPython313;
  beforeAll(async () => {
    cpython = await loadCPython313();
  }, 60_000);

  afterAll(() => cpython?.close());

  test('every name in every scope is classified as symtable classifies it', async () => {
    const sources = seedSources();
    const tables = await cpython.symtables(sources);
    const problems: Array<{ source: string; mismatches: string[] }> = [];
    let symbols = 0;
    sources.forEach((source, i) => {
      const table = tables[i];
      if ('error' in table) {
        if (i < PUZZLES.length + SYNTAX_SEEDS.length) throw new Error(`CPython's symtable refuses a seed: ${table.error}\n${source}`);
        return;
      }
      let verdict: ReturnType<typeof parsePython>;
      try {
        verdict = parsePython(source, tokenize(source));
      } catch (error) {
        // symtable() does not run the compiler's own checks (`await` outside async…): such files are skipped.
        if (i < PUZZLES.length + SYNTAX_SEEDS.length) throw error;
        return;
      }
      if (verdict.kind !== 'ok') throw new Error(`the reader is unsure about a seed: ${verdict.reason}`);
      const mismatches: string[] = [];
      const theirs = cpythonBlock(table);
      compare(readerBlocks(verdict.facts), theirs, 'top', mismatches);
      symbols += countSymbols(theirs);
      if (mismatches.length > 0) problems.push({ source: source.slice(0, 300), mismatches: mismatches.slice(0, 8) });
    });
    console.log(`python symtable: ${sources.length} sources, ${symbols} CPython symbols compared, ${problems.length} sources with mismatches`);
    expect(problems.slice(0, 4)).toEqual([]);
  }, 120_000);

  test('the resolver answers which binding an occurrence denotes, and lists a binding\'s occurrences', () => {
    const source = PUZZLES[0];
    const verdict = parsePython(source, tokenize(source));
    if (verdict.kind !== 'ok') throw new Error('unsure');
    const resolver = createResolver(verdict.facts);
    const { scopes, names } = verdict.facts;
    const lines = createLineIndex(source);
    const outer = scopes.findIndex((s) => s.name === 'outer');
    const at = (occurrences: typeof names) => occurrences.map((o) => `${o.name}@${lines.position(o.start).line}`);
    expect(at(resolver.occurrencesOf(outer, 'y'))).toEqual(['y@3', 'y@5', 'y@6', 'y@9', 'y@16']);
    expect(at(resolver.occurrencesOf(0, 'x'))).toEqual(['x@1', 'x@2', 'x@8', 'x@9']);
    const zInMethod = names.find((o) => o.name === 'z' && lines.position(o.start).line === 16)!;
    expect(resolver.symbolScope(zInMethod)).toBe(0);
    const yInMethod = names.find((o) => o.name === 'y' && lines.position(o.start).line === 16)!;
    expect(resolver.symbolScope(yInMethod)).toBe(outer);
  });
});

function countSymbols(b: Block): number {
  return b.symbols.size + b.children.reduce((n, c) => n + countSymbols(c), 0);
}
