// Which tsconfig project reached through `references` holds a file (JsAlias.project): its `paths`
// are the ones TypeScript resolves that file's imports with. Used by module-key.ts `aliasesSeenBy`.
// Pure: the projects' file sets were turned into regular expressions when the plan was read.
import type { JsAlias, TsProject } from '../../types';

/**
 * The project holding `importer` among those the aliases name: the one its `files`/`include` name and
 * `exclude` leaves, the innermost directory first (editors open the nearest tsconfig), then the first
 * in reference order. Undefined when none holds it: the manifest tsconfig's own paths apply.
 */
export function projectHolding(aliases: readonly JsAlias[], importer: string): TsProject | undefined {
  let best: TsProject | undefined;
  const asked = new Set<string>();
  for (const { project } of aliases) {
    if (project === undefined || asked.has(project.config)) continue;
    asked.add(project.config);
    if (best !== undefined && project.dir.length <= best.dir.length) continue;
    if (holds(project, importer)) best = project;
  }
  return best;
}

/** Each project's file sets compiled once (the plan carries them as sources, to cross to workers). */
const compiled = new WeakMap<TsProject, { includes: RegExp; excludes?: RegExp }>();

function holds(project: TsProject, file: string): boolean {
  let sets = compiled.get(project);
  if (!sets) compiled.set(project, (sets = { includes: new RegExp(project.includes), ...(project.excludes !== undefined ? { excludes: new RegExp(project.excludes) } : {}) }));
  return sets.includes.test(file) && !sets.excludes?.test(file);
}
