// Entry-point specifications in strings: `"pkg.cli:main"` (uvicorn and gunicorn targets, celery's
// `include`), `"tool = pkg.cli:main"` and `"plugin = pkg.plugin"` (setup.py's `entry_points`). They name
// a module and an attribute of it with a colon, which no dotted-path string target spells, so they were
// only mentions; the module follows its move, the attribute its symbol's (strings-pass.ts rewrites).
import type { Move } from '../../types';
import type { RewriteContext } from './context';

/** `[name =] module[:attr[.more]] [extras]`, whole; a spec without `:` needs its `name =`. */
const SPEC = /^(\s*[\w.-]+\s*=\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?::([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*))?(\s*(?:\[[\w\s,.-]*\])?\s*)$/;

/** The string's body with its module (and attribute) re-pointed, and the move that does it; undefined for any other string. */
export function mapEntryPoint(ctx: RewriteContext, body: string): { text: string; module: string; move: Move } | undefined {
  const m = SPEC.exec(body);
  if (!m) return undefined;
  const [, name = '', module, attr, more = '', tail] = m;
  if (attr === undefined && name === '') return undefined;
  if (attr === undefined) {
    const target = ctx.index.moduleTarget(module);
    return target && { text: `${name}${target.module}${tail}`, module: target.module, move: target.move };
  }
  const target = ctx.index.symbolTarget(module, attr);
  return target && { text: `${name}${target.module}:${target.symbol}${more}${tail}`, module: target.module, move: target.move };
}
