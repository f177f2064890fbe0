// Unit tests of the Python parser (src/rewrite/python/parse): what CPython 3.8–3.13 accepts, what
// it refuses (with CPython 3.13's message and 1-based position, recorded from pyodide's compile()),
// the facts it reports (scopes, roles, f-string names at absolute offsets, NFKC names), and `unsure`.
import { pythonRewriter } from '../src/rewrite/python';
import { parsePython } from '../src/rewrite/python/parse/parse-python';
import { NameRole, ScopeKind, type ScopeFacts } from '../src/rewrite/python/parse/scope-facts';
import { SourceSyntaxError } from '../src/rewrite/source-syntax-error';
import { tokenize } from '../src/rewrite/python/tokenizer';
import { ACCEPTED, EXACT, LOOSE } from './helpers/python-parser-cases';
import { SYNTAX_SEEDS } from './helpers/python-syntax-seeds';

function facts(source: string): ScopeFacts {
  const verdict = parsePython(source, tokenize(source));
  if (verdict.kind !== 'ok') throw new Error(`unsure: ${verdict.reason}`);
  return verdict.facts;
}

function refusal(source: string): SourceSyntaxError {
  const problem = pythonRewriter.checkSyntax(source, 'm.py');
  if (!(problem instanceof SourceSyntaxError)) throw new Error(`expected a syntax error for ${JSON.stringify(source)}, got ${JSON.stringify(problem)}`);
  return problem;
}

describe('python parser', () => {
  test.each(ACCEPTED)('accepts %j', (source) => {
    expect(pythonRewriter.checkSyntax(source, 'm.py')).toBeUndefined();
  });

  test.each(SYNTAX_SEEDS.map((s, i) => [i, s] as const))('accepts syntax seed %i', (_, source) => {
    expect(pythonRewriter.checkSyntax(source, 'm.py')).toBeUndefined();
  });

  test.each(EXACT)('refuses %j: %s at %i:%i', (source, message, line, column) => {
    const problem = refusal(source);
    expect([problem.message.replace(/^m\.py:\d+:\d+: /, ''), problem.line, problem.column]).toEqual([message, line, column]);
  });

  test.each(LOOSE)('refuses %j: %s on line %i', (source, message, line) => {
    const problem = refusal(source);
    expect([problem.message.replace(/^m\.py:\d+:\d+: /, ''), problem.line]).toEqual([message, line]);
  });

  test('the position is in the file: SourceSyntaxError names path:line:column', () => {
    expect(refusal('x = 1\nprint "x"\n').message).toBe("m.py:2:1: Missing parentheses in call to 'print'. Did you mean print(...)?");
  });
});

describe('python parser facts', () => {
  test('scopes: module, class, def, lambda, comprehension, PEP 695 and future-annotation scopes, with parents', () => {
    const { scopes } = facts('from __future__ import annotations\nclass C[T]:\n    def m(self, x: T) -> T:\n        return [lambda: y for y in x]\n');
    expect(scopes.map((s) => [s.kind, s.name, s.parent, s.annotation ?? '', s.privateName ?? ''])).toEqual([
      [ScopeKind.Module, 'top', -1, '', ''],
      [ScopeKind.Annotation, 'C', 0, 'type-params', 'C'],
      [ScopeKind.Class, 'C', 1, '', 'C'],
      [ScopeKind.Annotation, '<annotation>', 2, 'future', 'C'],
      [ScopeKind.Function, 'm', 2, '', 'C'],
      [ScopeKind.Comprehension, '<listcomp>', 4, '', 'C'],
      [ScopeKind.Lambda, '<lambda>', 5, '', 'C'],
    ]);
  });

  test('roles and scopes of occurrences follow CPython: defaults, decorators and the first iterable outside', () => {
    const source = '@deco\ndef f(a=b, *c, **d):\n    global g\n    import x.y, z as w\n    try:\n        del a\n    except E as e:\n        return [i for i in c if (last := i)]\n';
    const { names, scopes } = facts(source);
    const f = scopes.findIndex((s) => s.name === 'f');
    const comp = scopes.findIndex((s) => s.kind === ScopeKind.Comprehension);
    expect(names.map((o) => [o.name, o.role, o.scope])).toEqual([
      ['deco', NameRole.Load, 0],
      ['f', NameRole.Definition, 0],
      ['a', NameRole.Param, f],
      ['b', NameRole.Load, 0],
      ['c', NameRole.Param, f],
      ['d', NameRole.Param, f],
      ['g', NameRole.Global, f],
      ['x', NameRole.Import, f],
      ['w', NameRole.Import, f],
      ['a', NameRole.Del, f],
      ['E', NameRole.Load, f],
      ['e', NameRole.ExceptAs, f],
      ['i', NameRole.Load, comp],
      ['i', NameRole.Store, comp],
      ['c', NameRole.Load, f],
      ['last', NameRole.Store, f],
      ['i', NameRole.Load, comp],
    ]);
  });

  test('names inside f-string fields (nested, in format specs, with = and !r) are occurrences at their offsets', () => {
    const source = 'v = f"{a!r:>{width}} {f\'{b=}\'} {c[d]:{e}.{g}f}"\n';
    const { names } = facts(source);
    const loads = names.filter((o) => o.role === NameRole.Load);
    expect(loads.map((o) => [o.name, source.slice(o.start, o.end)])).toEqual([
      ['a', 'a'], ['width', 'width'], ['b', 'b'], ['c', 'c'], ['d', 'd'], ['e', 'e'], ['g', 'g'],
    ]);
  });

  test('non-ASCII names are NFKC-normalized; match captures and (x): T are told apart', () => {
    const { names } = facts('ℌ = 1\nmatch H:\n    case [ﬁrst, *rest] if rest:\n        (note): int\n');
    expect(names.map((o) => [o.name, o.role])).toEqual([
      ['H', NameRole.Store],
      ['H', NameRole.Load],
      ['first', NameRole.Store],
      ['rest', NameRole.Store],
      ['rest', NameRole.Load],
      ['note', NameRole.Annotated],
      ['int', NameRole.Load],
    ]);
  });

  test('unsure: what the reader cannot decide is left to CPython, with a reason and an offset', () => {
    const source = 'x = "\\N{EM DASH}"\n';
    expect(parsePython(source, tokenize(source))).toEqual({ kind: 'unsure', reason: expect.stringContaining('\\N{'), offset: 5 });
    const deep = 'x = ' + '-'.repeat(150) + '1\n';
    expect(parsePython(deep, tokenize(deep))).toMatchObject({ kind: 'unsure' });
  });
});
