// Whether a canonical Python module provides a name to `from <module> import <name>`, from the plan's
// `provided` lists (read from the repository when the plan was loaded). Used by the rewriter when it
// retargets `from legacy_pkg import sub` onto a moved package: `false` is a manual finding, never a
// silent import of a name that is not there.
import type { PythonPlan } from '../../types';
import { MODULE_OBJECT_ATTRIBUTES } from './module-attributes';

/**
 * true: the module provides `name`; false: it surely does not (the module's names are known and
 * `name` is not among them, or a known ancestor package lacks the next package on the way to it,
 * so the module itself does not exist); undefined: unknown (no list for the module or its ancestors).
 */
export function canonicalProvides(plan: Pick<PythonPlan, 'provided'>, module: string, name: string): boolean | undefined {
  const provided = plan.provided;
  if (provided === undefined) return undefined;
  // A module's own attributes (`__name__`, `__doc__`…) are there whatever its source says; a module
  // that does not exist is still caught by the package walk below.
  const universal = MODULE_OBJECT_ATTRIBUTES.has(name);
  const known = (m: string): readonly string[] | undefined => (Object.hasOwn(provided, m) ? provided[m] : undefined);
  const own = known(module);
  if (own !== undefined) return universal || own.includes(name);
  const parts = module.split('.');
  for (let cut = parts.length - 1; cut > 0; cut--) {
    const names = known(parts.slice(0, cut).join('.'));
    // The nearest listed ancestor decides: if it has the next part, what lies below is not listed.
    if (names !== undefined) return names.includes(parts[cut]) ? (universal ? true : undefined) : false;
  }
  return undefined;
}

/**
 * Where a canonical dotted path (`b.a.gone.Z`) surely stops existing: the listed module on the way
 * and the next part it lacks (`b.a`, `gone`), so a reason names the step that is missing rather than
 * a name of a module that is not there. Undefined when every step is there or cannot be told: below
 * a part that is present but not listed itself (a submodule's names, a class's attributes), nothing is.
 */
export function missingStep(plan: Pick<PythonPlan, 'provided'>, path: string): { module: string; name: string } | undefined {
  const parts = path.split('.');
  for (let cut = 1; cut < parts.length; cut++) {
    const module = parts.slice(0, cut).join('.');
    if (canonicalProvides(plan, module, parts[cut]) === false) return { module, name: parts[cut] };
  }
  return undefined;
}
