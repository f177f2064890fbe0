// A JS move end written as a repository path without its leading `./` (`"src/old.ts"`) reads as a
// package name: the move then matches nothing, or its target "is not installed". Both ends are
// checked against the repository's files: verify says so for a `to` (verify-plan.ts), the plan's
// notices for a `from` (load.ts), each with the spelling to write instead.
import path from 'node:path';
import { JS_EXTENSIONS } from '../rewrite/js/module-key';
import { packageContextOf, resolvePackage } from '../verify/node-resolve';
import { isFileAt } from './files-below';
import type { JavascriptPlan } from '../types';

/** The repository file a bare specifier would name were it a path (`src/new` → `src/new.ts`), if any. */
export function repositoryFile(specifier: string, root: string): string | undefined {
  const candidates = [specifier, ...JS_EXTENSIONS.map((e) => `${specifier}${e}`), ...JS_EXTENSIONS.map((e) => `${specifier}/index${e}`)];
  return candidates.find((c) => isFileAt(path.join(root, c)));
}

/** A notice for each `from` that reads as a package no node_modules provides but names a repository file. */
export function pathLikeLegacyPackages(plan: Pick<JavascriptPlan, 'moves' | 'conditions' | 'workspaces'>, root: string): string[] {
  const notices: string[] = [];
  for (const move of plan.moves) {
    if (!move.fromKey.startsWith('pkg:') || notices.some((n) => n.startsWith(`${move.source}:`))) continue;
    const specifier = move.fromKey.slice('pkg:'.length);
    const file = repositoryFile(specifier, root);
    if (file === undefined || resolvePackage(specifier, root, packageContextOf(plan, root)).kind !== 'missing') continue;
    notices.push(`${move.source}: "${move.from.module}" reads as a package name, but it is the repository file ${file}; a repository file is written with a leading "./" ("./${specifier}") in the "from" of the move.`);
  }
  return notices;
}
