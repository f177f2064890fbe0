// The JS walker reads child keys from a generated table (src/rewrite/js/visitor-keys.ts) instead of
// enumerating every property of every node. These tests keep the table equal to @babel/types and
// prove the fast walk reaches exactly the nodes (and parents, keys, ancestors) an exhaustive walk does.
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from '@babel/types';
import { VISITOR_KEYS as BABEL_KEYS } from '@babel/types';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const babelTypesVersion: string = require('@babel/types/package.json').version;
import { renderVisitorKeys } from '../scripts/generate-visitor-keys';
import { parseSource } from '../src/rewrite/js/parse';
import { moduleTexts } from '../src/rewrite/js/sfc';
import { walk } from '../src/rewrite/js/walk';
import { casePath, discoverCases } from './helpers/fixture-cases';

const SKIP = new Set(['loc', 'start', 'end', 'extra', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'range', 'tokens']);

/** Every node reachable through any property, as "type@start-end parent-type.key depth". */
function exhaustive(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node, parent: Node | undefined, key: string, depth: number) => {
    out.push(describe(node, parent, key, depth));
    for (const k of Object.keys(node)) {
      if (SKIP.has(k)) continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) if (item && typeof item === 'object' && typeof (item as Node).type === 'string') visit(item as Node, node, k, depth + 1);
    }
  };
  visit(root, undefined, '', 0);
  return out.sort();
}

function fast(root: Node): string[] {
  const out: string[] = [];
  walk(root, (node, context) => {
    out.push(describe(node, context.parent, context.key, context.ancestors.length));
  });
  return out.sort();
}

const describe = (node: Node, parent: Node | undefined, key: string, depth: number) =>
  `${node.type}@${node.start}-${node.end} ${parent?.type ?? '-'}.${key} ${depth}`;

test('the committed visitor-key table is what @babel/types says (regenerate: node dist/scripts/generate-visitor-keys.js)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', 'src', 'rewrite', 'js', 'visitor-keys.ts'), 'utf8');
  expect(committed).toBe(renderVisitorKeys(BABEL_KEYS, babelTypesVersion));
});

const KITCHEN_SINK = `
import type { A } from './a';
import * as ns from '@/ns';
import { moduleTexts } from '../src/rewrite/js/sfc';
export * as re from './re';
@decorated class C<T extends object = {}> extends Base<T> implements I<T> {
  declare x?: number; #p = 1; static { init(); }
  constructor(private readonly y: string, public z = 2) { super(); }
  @dec() method<U>(this: C<T>, [a, b]: [U, U], { c = 1, ...rest }: Record<string, U>): asserts a is U { return; }
  get [computed](): typeof import('./legacy') { return null!; }
}
enum E { A = 1, B = A << 1 }
namespace N.M { export const v = ['x'] as const; }
type F = <K extends keyof T, T>(k: K) => T[K] extends infer R ? R : never;
const t = tag\`a\${b}c\`, o = { ...s, [k]: v, m() {}, async *g() { yield* h(); } };
label: for await (const [k, v] of it) { if (k satisfies string) continue label; }
try { throw new Error(); } catch ({ message }) { void message; } finally { x ??= y?.z!; }
using res = open(); export default abstract class {}
let el = <div a="1" {...p}><Child key={i} />{/* c */}text</div>;
`;

test('the walk reaches every node an exhaustive walk reaches, with the same parent, key and depth', () => {
  const sources: { path: string; text: string }[] = [{ path: 'kitchen-sink.tsx', text: KITCHEN_SINK }];
  for (const c of discoverCases('js-imports')) {
    if (c.name.startsWith('syntax-error-')) continue;
    for (const text of [c.input, c.output]) for (const part of moduleTexts(text, casePath(c))) sources.push({ path: part.path, text: part.source });
  }
  let nodes = 0;
  for (const source of sources) {
    const program = parseSource(source.text, source.path);
    const expected = exhaustive(program);
    expect({ path: source.path, nodes: fast(program) }).toEqual({ path: source.path, nodes: expected });
    nodes += expected.length;
  }
  expect(nodes).toBeGreaterThan(4000);
});

test('returning false from enter skips the children, and siblings are visited in source order', () => {
  const program = parseSource('f(a, b); function g() { inner(); } h();', 'x.ts');
  const calls: string[] = [];
  walk(program, (node) => {
    if (node.type === 'FunctionDeclaration') return false;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier') calls.push(node.callee.name);
  });
  expect(calls).toEqual(['f', 'h']);
});
