// newer-syntax.ts: syntax the reader (CPython 3.13's grammar) accepts and an older CPython rejects.
// A table of f-strings, type parameters and aliases with the verdicts of CPython 3.11 and 3.12, and
// random f-strings built from the pieces PEP 701 changed (quotes of the string's own kind, backslashes,
// `#`, line breaks in fields, nested strings and format specs), each judged by the machine's python3
// when it is 3.11 (the oracle of the table too): the check must reject exactly what 3.11 rejects
// among the files the reader accepts.
import { spawnSync } from 'node:child_process';
import { newerSyntax } from '../src/rewrite/python/newer-syntax';
import { parsePython } from '../src/rewrite/python/parse/parse-python';
import { tokenize } from '../src/rewrite/python/tokenizer';
import type { PythonVersion } from '../src/types';

const verdict = (source: string, version: PythonVersion) => (newerSyntax(source, tokenize(source), version) === undefined ? 'ok' : 'rejected');

/** [source, 3.11, 3.12]; 3.13 (the reader's grammar) accepts every one. */
const TABLE: [string, 'ok' | 'rejected', 'ok' | 'rejected'][] = [
  ["s = f'{x}'\n", 'ok', 'ok'],
  ["s = f'{x!r:>{w}}'\n", 'ok', 'ok'],
  ['s = f"{d[\'a\']}"\n', 'ok', 'ok'],
  ["s = f'{d['a']}'\n", 'rejected', 'ok'],
  ['s = f\'{"#"}\'\n', 'ok', 'ok'],
  ["s = f'''{x # a comment\n}'''\n", 'rejected', 'ok'],
  ["s = f'{x\n}'\n", 'rejected', 'ok'],
  ['s = f\'{"\\n"}\'\n', 'rejected', 'ok'],
  ["s = f'{x:\\n}'\n", 'ok', 'ok'],
  ["s = f'\\n{x}\\n'\n", 'ok', 'ok'],
  ['s = f"{f\'{x:{y}}\'}"\n', 'ok', 'ok'],
  ["s = f'''{'''a'''}'''\n", 'rejected', 'ok'],
  ['s = rf\'{"\\d"}\'\n', 'rejected', 'ok'],
  ["s = f'{ {1: 2}[1] }'\n", 'ok', 'ok'],
  ["s = f'{x:#>10}{y=}{z = }'\n", 'ok', 'ok'],
  ["s = f'{a[1:2]!s:{w}.{p}}'\n", 'ok', 'ok'],
  ['def f[T](x: T) -> T:\n    return x\n', 'rejected', 'ok'],
  ['class C[T]:\n    pass\n', 'rejected', 'ok'],
  ['type Alias = list[int]\n', 'rejected', 'ok'],
  ['type Pair[T] = tuple[T, T]\n', 'rejected', 'ok'],
  ['def f[T = int](x: T) -> T:\n    return x\n', 'rejected', 'rejected'],
  ['class C[T, *Ts, **P]:\n    pass\n', 'rejected', 'ok'],
  ['type = 1\ntype(x)\nprint(type, x)\n', 'ok', 'ok'],
  ['if m.type in [1, 2]:\n    f = lambda: type if m else x\n', 'ok', 'ok'],
  ['if True: type X = int\n', 'rejected', 'ok'],
  ['def f(x: dict[str, int] = {}):\n    return x\n', 'ok', 'ok'],
];

/** python3's verdicts on each source (compile(), nothing run), or undefined when python3 is not 3.11. */
function python311(sources: readonly string[]): boolean[] | undefined {
  const script = `
import json, sys, warnings
warnings.simplefilter('ignore')
if sys.version_info[:2] != (3, 11):
    print('null'); sys.exit()
out = []
for s in json.load(sys.stdin):
    try:
        compile(s, 'case.py', 'exec', dont_inherit=True); out.append(True)
    except SyntaxError:
        out.append(False)
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout) ?? undefined;
}

test('the reader accepts every case; 3.11 and 3.12 reject what the table says', () => {
  for (const [source, v311, v312] of TABLE) {
    expect({ source, reader: parsePython(source, tokenize(source)).kind }).toEqual({ source, reader: 'ok' });
    expect({ source, v311: verdict(source, '3.11'), v312: verdict(source, '3.12'), v313: verdict(source, '3.13') }).toEqual({ source, v311, v312, v313: 'ok' });
  }
});

test('the table agrees with CPython 3.11 (when python3 is 3.11)', () => {
  const judged = python311(TABLE.map(([s]) => s));
  if (judged === undefined) return; // another python3: the table's own verdicts stand (checked above)
  expect(TABLE.map(([s], i) => [s, judged[i] ? 'ok' : 'rejected'])).toEqual(TABLE.map(([s, v]) => [s, v]));
});

test('random f-strings: rejected for 3.11 exactly when CPython 3.11 rejects them', () => {
  let seed = 20261206;
  const pick = <T,>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length];
  };
  const expressions = ['x', "d['k']", 'd["k"]', '"#"', "'#'", '"\\n"', 'x # c\n', '(1,\n2)', "f'{y}'", 'f"{y}"', 'a[1:2]', '{1: 2}[1]', '"""t"""', "'''t'''", 'x!r', 'x=', 'x!s:{w}'];
  const literals = ['a', ' ', '\\n', '{{', '}}', '#', '\\\\', "\\'", '\\"'];
  const sources: string[] = [];
  for (let n = 0; n < 600; n++) {
    const quote = pick(["'", '"', "'''", '"""']);
    const parts: string[] = [];
    for (let k = 0, count = 1 + (n % 4); k < count; k++) {
      parts.push(pick([0, 1, 1]) ? `{${pick(expressions)}${pick(['', '', ':>4', ':{w}', ':#x'])}}` : pick(literals));
    }
    sources.push(`s = ${pick(['f', 'f', 'rf', 'F'])}${quote}${parts.join('')}${quote}\n`);
  }
  const accepted = sources.filter((s) => {
    try {
      return parsePython(s, tokenize(s)).kind === 'ok';
    } catch {
      return false;
    }
  });
  expect(accepted.length).toBeGreaterThan(200);
  const judged = python311(accepted);
  if (judged === undefined) return;
  const wrong = accepted.filter((s, i) => (verdict(s, '3.11') === 'ok') !== judged[i]);
  expect(wrong).toEqual([]);
  // Both verdicts occur, or the generator would prove nothing.
  expect(new Set(judged)).toEqual(new Set([true, false]));
});
