// rewiremock's proxyquire-style loaders: `rewiremock.proxy('./file', { './dep': stub })` and
// `rewiremock.module(() => import('./file'), (r) => ({ './dep': r.with(stub) }))` (mocha's own tests).
// The file (a string first argument) is loaded from this file, as `require` does. The stub keys
// name modules too, but how depends on rewiremock's plugins: with `rewiremock/node` (its nodejs
// plugin) a relative key is resolved from this file, and it follows a moved module here as any
// specifier does; otherwise a key is matched as the module under test spells it (proxyquire's way)
// or as another plugin says, so a key naming a moved module is a manual finding, not a silent miss.
import type { CallExpression, Node, ObjectExpression } from '@babel/types';
import { replaceLiteral, report, respell, type RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import { literalValue, type ReferenceSite, type SourceLiteral } from './references';

export type RewiremockSite = Extract<ReferenceSite, { kind: 'mock-key' }>;

const NODE_PLUGIN = 'rewiremock/node';

/** Whether the file loads rewiremock with its nodejs plugin (`import … from 'rewiremock/node'`, `require('rewiremock/node')` at its top), which resolves keys from it. */
export function loadsNodePlugin(program: Node): boolean {
  if (program.type !== 'Program') return false;
  return program.body.some((statement) => {
    if (statement.type === 'ImportDeclaration') return statement.source.value === NODE_PLUGIN;
    if (statement.type !== 'VariableDeclaration') return false;
    return statement.declarations.some((d) => {
      let init: Node | null | undefined = d.init;
      while (init?.type === 'MemberExpression') init = init.object; // require('rewiremock/node').default
      return init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require' && init.arguments[0]?.type === 'StringLiteral' && init.arguments[0].value === NODE_PLUGIN;
    });
  });
}

/** The sites of a `rewiremock.proxy(…)` / `rewiremock.module(…)` call, or none for any other call. */
export function rewiremockSites(call: CallExpression, statement: Node, nodePlugin: boolean): RewiremockSite[] {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.object.name !== 'rewiremock') return [];
  if (callee.property.type !== 'Identifier' || (callee.property.name !== 'proxy' && callee.property.name !== 'module')) return [];
  const [file, overrides] = call.arguments;
  const sites: RewiremockSite[] = [];
  // A loader function's own require or import() is a site of the walk already.
  const loaded = file ? literalValue(file) : undefined;
  if (loaded !== undefined) sites.push({ kind: 'mock-key', node: file, literal: file as SourceLiteral, value: loaded, form: 'jest-mock', statement, fromThisFile: true });
  for (const key of stubKeys(overrides)) sites.push({ kind: 'mock-key', node: key, literal: key, value: key.value, form: 'jest-mock', statement, fromThisFile: nodePlugin });
  return sites;
}

/** The string keys of the overrides: an object, or a function whose body is (or returns) one. */
function stubKeys(overrides: Node | undefined): (SourceLiteral & { type: 'StringLiteral' })[] {
  let object: Node | undefined = overrides;
  if (object && (object.type === 'ArrowFunctionExpression' || object.type === 'FunctionExpression')) {
    const body: Node = object.body;
    const returned = body.type === 'BlockStatement' && body.body.length === 1 && body.body[0].type === 'ReturnStatement' ? body.body[0].argument ?? undefined : body;
    object = returned;
  }
  while (object?.type === 'ParenthesizedExpression') object = object.expression;
  if (object?.type !== 'ObjectExpression') return [];
  return (object as ObjectExpression).properties.flatMap((p) => (p.type === 'ObjectProperty' && !p.computed && p.key.type === 'StringLiteral' ? [p.key] : []));
}

/** A loaded file or a key of a file that resolves them from here follows its module's move; any other key naming one is manual. */
export function rewriteMockKey(context: RewriteContext, site: RewiremockSite, moves: ModuleMoves): void {
  const whole = moves.whole;
  if (!whole) return; // only some names move: the module a key names is still there
  if (!site.fromThisFile) {
    const reason = `a rewiremock stub key resolved by its plugins (from this file only with rewiremock/node), naming ${whole.from.module}, which moves to ${whole.to.module}: re-point it by hand`;
    report(context, { node: site.node, move: whole, form: site.form, kind: 'manual', reason });
    return;
  }
  replaceLiteral(context, site.literal, respell(context, site.value, whole));
  report(context, { node: site.node, move: whole, form: site.form, kind: 'rewritten' });
}
