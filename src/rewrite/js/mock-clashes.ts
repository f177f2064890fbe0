// Two module mocks that would name one module. A whole-module move re-points `jest.mock('legacy')`
// at the canonical module; when the file also mocks that module (or another legacy module moving
// there), jest and vitest would register two factories for one module and the later silently wins,
// so a mock the tests rely on stops applying. Such legacy mock calls are left as they are and
// reported: merging two factories is a decision for a human.
import type { CallExpression, Node } from '@babel/types';
import { keyOf, type RewriteContext } from './context';
import type { ReferenceSite } from './references';
import { startOf } from './walk';

const MODULE_MOCKS = new Set(['mock', 'doMock']);

/** `jest.mock('m')`, `jest.doMock('m')`, `vi.mock('m')`, `vi.doMock('m')`: replaces module m for what the file loads. */
export function mocksModule(call: CallExpression): boolean {
  const callee = call.callee;
  return callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && MODULE_MOCKS.has(callee.property.name);
}

interface MockCall {
  node: Node;
  value: string;
  original: string;
  /** The module a whole-module move re-points this mock at (manifest spelling), if any. */
  movedTo?: string;
}

/** The legacy mock calls that must not be re-pointed, each with the reason naming the mock it would collide with. */
export function mockClashes(context: RewriteContext, sites: readonly ReferenceSite[]): Map<Node, string> {
  const byTarget = new Map<string, MockCall[]>();
  for (const site of sites) {
    if (site.kind !== 'call' || site.form !== 'jest-mock' || !mocksModule(site.node)) continue;
    const original = keyOf(context, site.value);
    const whole = context.moves.get(original)?.whole;
    const target = whole?.toKey ?? original;
    const calls = byTarget.get(target) ?? [];
    calls.push({ node: site.node, value: site.value, original, movedTo: whole?.to.module });
    byTarget.set(target, calls);
  }
  const clashes = new Map<Node, string>();
  for (const calls of byTarget.values()) {
    for (const call of calls) {
      if (call.movedTo === undefined) continue;
      const other = calls.find((c) => c.original !== call.original);
      if (!other) continue;
      const line = context.lines.position(startOf(other.node)).line;
      const also = other.movedTo === undefined ? '' : ', which moves there too';
      clashes.set(call.node, `re-pointed, this would mock ${call.movedTo} a second time (line ${line} mocks '${other.value}'${also}), and only the later factory applies; merge the two mocks by hand`);
    }
  }
  return clashes;
}
