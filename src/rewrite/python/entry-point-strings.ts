// Entry-point specifications: `"pkg.cli:main"` (uvicorn and gunicorn targets, celery's `include`),
// `"tool = pkg.cli:main"` and `"plugin = pkg.plugin"` (setup.py's `entry_points`), and the values of
// pyproject.toml's and setup.cfg's entry-point tables (verify/packaging-entry-points.ts). They name a
// module and an attribute of it with a colon, which no dotted-path string target spells; the module
// follows its move, the attribute its symbol's. Pure: both the strings pass and verify read them here.
import type { Move } from '../../types';
import type { MoveIndex } from './move-index';

/** `[name =] module[:attr[.more]] [extras]`, whole. */
const SPEC = /^(\s*[\w.-]+\s*=\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?::([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*))?(\s*(?:\[[\w\s,.-]*\])?\s*)$/;

/** A spec re-pointed: the whole `text` as it becomes; `written` and `now`, its `module[:attr]` before and after; its `extras`. */
export interface RetargetedSpec {
  text: string;
  written: string;
  now: string;
  extras: string;
  module: string;
  move: Move;
}

/**
 * The spec with its module (and attribute) re-pointed; undefined when it names nothing that moves,
 * or is no spec. A bare `module` counts only where a value is known to be one (`bareModule`): in any
 * other string a dotted path alone is a plain string target (strings-pass.ts).
 */
export function retargetSpec(index: Pick<MoveIndex, 'moduleTarget' | 'symbolTarget'>, body: string, bareModule = false): RetargetedSpec | undefined {
  const m = SPEC.exec(body);
  if (!m) return undefined;
  const [, name = '', module, attr, more = '', tail] = m;
  if (attr === undefined && name === '' && !bareModule) return undefined;
  const target = attr === undefined ? index.moduleTarget(module) : index.symbolTarget(module, attr);
  if (!target) return undefined;
  const now = attr === undefined ? target.module : `${target.module}:${target.symbol}${more}`;
  const written = attr === undefined ? module : `${module}:${attr}${more}`;
  return { text: `${name}${now}${tail}`, written, now, extras: tail.trim(), module: target.module, move: target.move };
}
