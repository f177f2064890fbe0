// A jest/vitest module mock's factory (`vi.mock('m', () => ({ logger: … }))`) provides the mocked
// module's names as the keys of the object it returns. When a name of that module is renamed in
// place (`m:logger` → `m:log`), the file's imports take the new name, so the factory's key must
// follow, or the code under test finds `log` undefined. Used by call-sites.ts for such mocks.
import type { CallExpression, Node, ObjectExpression } from '@babel/types';
import { escapeRegExp } from '../escape-regexp';
import { addEdit, textOf, type RewriteContext } from './context';
import { endOf, keyNameOf, startOf } from './walk';

/**
 * Renames key `from` to `to` in the object the mock's factory returns (an arrow returning an object
 * literal, or a function body whose one top-level `return` returns one), when those keys are the
 * only places the factory spells `from`; false (nothing edited) otherwise: the caller reports it.
 */
export function renameFactoryKey(context: RewriteContext, mock: CallExpression, from: string, to: string): boolean {
  const factory = mock.arguments[1];
  const object = returnedObject(factory);
  if (!object) return false;
  const keyed = object.properties.filter((p) => (p.type === 'ObjectProperty' || p.type === 'ObjectMethod') && !p.computed && keyNameOf(p.key) === from);
  // The factory's text (the module's path, in the first argument, may well hold the name too).
  const spelled = textOf(context, factory).match(new RegExp(`(?<![\\w$])${escapeRegExp(from)}(?![\\w$])`, 'g'))?.length ?? 0;
  if (keyed.length === 0 || spelled !== keyed.length) return false;
  for (const property of keyed) {
    const p = property as Node & { key: Node; shorthand?: boolean; value?: Node };
    if (p.shorthand) addEdit(context, startOf(p), endOf(p), `${to}: ${textOf(context, p.value!)}`);
    else if (p.key.type === 'StringLiteral') addEdit(context, startOf(p.key) + 1, endOf(p.key) - 1, to);
    else addEdit(context, startOf(p.key), endOf(p.key), to);
  }
  return true;
}

function returnedObject(factory: Node | undefined): ObjectExpression | undefined {
  if (factory?.type !== 'ArrowFunctionExpression' && factory?.type !== 'FunctionExpression') return undefined;
  const body = factory.body;
  if (body.type === 'ObjectExpression') return body;
  if (body.type !== 'BlockStatement') return undefined;
  const returns = body.body.filter((s) => s.type === 'ReturnStatement');
  const only = returns.length === 1 ? returns[0] : undefined;
  return only?.type === 'ReturnStatement' && only.argument?.type === 'ObjectExpression' ? only.argument : undefined;
}
