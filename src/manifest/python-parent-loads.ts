// Fills PythonPlan.parentLoads: the modules at either end of a move whose parent package's
// `__init__.py` imports them when it loads (one step, as loads-from.ts reads it). A chain through
// the package bound under another name (`import pkg as p`, then `p.util.helper`) works because
// pkg/__init__.py imported pkg.util; re-pointed at `p.conv.helper`, it fails with AttributeError
// unless pkg.conv is imported too (a networkx trial's repro). Read once, when the manifest is loaded.
import type { PythonPlan } from '../types';
import type { ModuleApiReader } from '../verify/module-api';

/** The sorted modules of the plan's moves that their parent package loads. */
export function readParentLoads(python: Pick<PythonPlan, 'moves'>, reader: ModuleApiReader): string[] {
  const modules = new Set(python.moves.flatMap((m) => [m.from.module, m.to.module]).filter((m) => m.includes('.')));
  const out: string[] = [];
  for (const module of [...modules].sort()) {
    const file = reader.fileOf('python', module);
    const parent = reader.api('python', module.slice(0, module.lastIndexOf('.')));
    if (file !== undefined && parent !== undefined && !parent.problem && parent.loadsFrom.includes(file)) out.push(module);
  }
  return out;
}
