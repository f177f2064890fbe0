// `proxyquire('./legacy', { './dep': stub })` loads a module as `require` does, with stubs keyed by
// the specifiers that module itself requires, relative to it. When the module moves to another
// directory, its own relative requires are respelled (manifest/javascript-relocated.ts) and the
// stub keys must follow, or the stubs silently stop applying: each relative key is re-read from the
// legacy module's place and spelled from the canonical one's (`'./hash'` → `'../hash'`), following
// a move of the module it names. A key spelled with an escape or computed is left, manual.
import path from 'node:path';
import type { Node, ObjectExpression } from '@babel/types';
import type { Move } from '../../types';
import { INDEX, keyPath, isRelativeSpecifier, moduleKeyOf, modulePathOf } from './module-key';
import { addEdit, report, type RewriteContext } from './context';
import { specifierFor } from './specifier';
import { startOf, endOf } from './walk';

/** Re-spells the relative stub keys of a proxyquire call whose module `move` re-pointed. */
export function rewriteStubKeys(context: RewriteContext, call: Node & { arguments: Node[] }, move: Move): void {
  const stubs = call.arguments[1];
  if (stubs?.type !== 'ObjectExpression') return;
  const from = modulePathOf(move.fromKey);
  const to = keyPath(move.toKey);
  if (from === undefined || to === undefined) return;
  // Importer paths: only their directories matter (an index module's is its own directory).
  const wasAt = INDEX.test(move.from.module) ? `${from}/index.js` : `${from}.js`;
  const nowAt = INDEX.test(move.to.module) ? `${to}/index.js` : `${to}.js`;
  if (path.posix.dirname(wasAt) === path.posix.dirname(nowAt)) return;
  for (const property of (stubs as ObjectExpression).properties) {
    if (property.type !== 'ObjectProperty' || property.computed) continue;
    const key = property.key;
    const written = key.type === 'StringLiteral' ? key.value : undefined;
    if (written === undefined || !isRelativeSpecifier(written)) continue;
    const raw = context.source.slice(startOf(key) + 1, endOf(key) - 1);
    if (raw !== written) {
      report(context, { node: key, move, form: 'proxyquire', kind: 'manual', reason: `the stub key ${raw} is relative to the module under test, which moved; respell it from ${move.to.module} by hand` });
      continue;
    }
    const reached = moduleKeyOf(written, { importer: wasAt, aliases: [] });
    const next = context.moves.get(reached)?.whole;
    const targetKey = next?.toKey ?? reached;
    const spelled = specifierFor({ original: written, importer: nowAt, targetKey, targetModule: next?.to.module ?? `./${keyPath(targetKey)}`, aliases: [] });
    if (spelled !== written) addEdit(context, startOf(key) + 1, endOf(key) - 1, spelled);
  }
}
