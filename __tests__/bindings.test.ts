// Unit tests for src/rewrite/js/bindings.ts: which identifiers refer to a module-level binding.
import { analyseNames } from '../src/rewrite/js/bindings';
import { parseSource } from '../src/rewrite/js/parse';

function referencesOf(code: string, name: string, file = 'a.tsx'): string[] {
  const program = parseSource(code, file).program;
  const usage = analyseNames(program, new Set([name])).get(name)!;
  return usage.references.map((r) => `${code.slice(0, r.node.start ?? 0).split('\n').length}:${r.shorthand ?? '-'}`);
}

describe('analyseNames', () => {
  test('skips references shadowed by parameters, inner declarations and catch clauses', () => {
    const code = [
      "import { A } from 'm';", // 1
      'A();', // 2
      'function f(A) { return A; }', // 3
      'function g() { var x = A; { let A = 1; } return x; }', // 4
      'try {} catch (A) { A; }', // 5
      'const h = () => { const A = 2; return A; };', // 6
      'function k() { if (1) { var A; } return A; }', // 7
    ].join('\n');
    expect(referencesOf(code, 'A')).toEqual(['2:-', '4:-']);
  });

  test('ignores property names and counts JSX element names, shorthand properties and exports', () => {
    const code = [
      "import { A } from 'm';",
      'const o = { A: 1, b: o.A, A };',
      'const el = <A.Item a={A} />;',
      'const tag = <div A="x" />;',
      'export { A };',
      'type T = A.Props;',
    ].join('\n');
    expect(referencesOf(code, 'A')).toEqual(['2:property', '3:-', '3:-', '5:export', '6:-']);
  });

  test('tracks type parameters as shadowing declarations', () => {
    const code = "import { A } from 'm';\nfunction f<A>(x: A): A { return x; }\nlet y: A;\n";
    expect(referencesOf(code, 'A', 'a.ts')).toEqual(['3:-']);
  });

  test('reports whether a name occurs at all', () => {
    const program = parseSource("const o = { New: 1 }; o.New; function f() { return Other; }", 'a.js').program;
    const usage = analyseNames(program, new Set(['New', 'Other']));
    expect(usage.get('New')!.occurs).toBe(false);
    expect(usage.get('Other')!.occurs).toBe(true);
  });
});
