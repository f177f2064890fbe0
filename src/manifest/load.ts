// Loads a manifest file from disk into a MigrationPlan: read, parse (with line/column errors),
// validate against the schema, read the tsconfig aliases, compile, and list what the canonical side of
// whole-module Python moves provides. Every failure is a RunError (exit 2).
import fs from 'node:fs';
import path from 'node:path';
import { manifestError } from '../errors';
import type { MigrationPlan } from '../types';
import { parseJson, JsonSyntaxError } from './jsonc';
import { compilePlan } from './plan';
import { readJavascriptProvided } from './javascript-provided';
import { readJavascriptRelocated } from './javascript-relocated';
import { readRelocatedPatterns } from './javascript-relocated-patterns';
import { readJavascriptSubtrees } from './javascript-subtrees';
import { readJavascriptTargetFiles } from './javascript-target-files';
import { readLoadsFrom } from './loads-from';
import { pathLikeLegacyPackages } from './path-like-packages';
import type { ModuleApiReader } from '../verify/module-api';
import { readProvidedNames, readStarLists } from './python-provided';
import { readParentLoads } from './python-parent-loads';
import { readPythonRelocated } from './python-relocated';
import { isRenameInPlace, renamesAtDefinition } from './renames-at-definition';
import { refuseManifestEscapes } from './root-escapes';
import { readPackageImports } from './package-imports';
import { readExportTargets } from './package-exports';
import { staleExportNotices, type ExportTarget } from './stale-aliases';
import { readTsconfigAliases, type TsconfigAliases } from './tsconfig';
import { readTsconfigListEntries } from './tsconfig-file-entries';
import { readWorkspacePackages } from './workspace-packages';
import { workspaceEntryMoves } from './workspace-entries';
import { validateManifest } from './validate';

export const DEFAULT_MANIFEST = 'ssot-codemod.json';

export interface LoadedManifest {
  plan: MigrationPlan;
  /** Absolute path of the manifest file. */
  file: string;
}

/** Parses and validates manifest text; `repoRoot` anchors the tsconfig path. */
export function planFromManifestText(text: string, file: string, repoRoot: string): MigrationPlan {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw manifestError(`${file}:${error.line}:${error.column}: ${error.message}; the manifest must be valid JSON.`);
    }
    throw error;
  }
  const manifest = validateManifest(value, file);
  refuseManifestEscapes(manifest, file, repoRoot);
  let aliases: TsconfigAliases = { aliases: [], notices: [] };
  let workspaces: Record<string, string> = {};
  let exportTargets: ExportTarget[] = [];
  let tsconfig: string | undefined;
  if (manifest.javascript) {
    tsconfig = manifest.javascript.tsconfig ?? (fs.existsSync(path.join(repoRoot, 'tsconfig.json')) ? 'tsconfig.json' : undefined);
    if (tsconfig) aliases = readTsconfigAliases(repoRoot, tsconfig);
    workspaces = readWorkspacePackages(repoRoot);
    // `#…` specifiers: the imports of the root's, the tsconfig folder's and each workspace's package.json.
    const packages = ['', tsconfig === undefined ? '' : path.dirname(tsconfig), ...Object.values(workspaces)];
    aliases.aliases = [...aliases.aliases, ...readPackageImports(repoRoot, packages, aliases.conditions)];
    exportTargets = readExportTargets(repoRoot, packages);
  }
  const plan = compilePlan(manifest, { file, aliases: aliases.aliases, baseUrl: aliases.baseUrl, conditions: aliases.conditions });
  plan.notices.unshift(...aliases.notices);
  if (plan.javascript) {
    // A workspace package's file, imported elsewhere by the package's name and `exports`: the move reaches that spelling too.
    const entries = workspaceEntryMoves(plan.javascript, workspaces, repoRoot);
    plan.javascript.moves.push(...entries.moves);
    plan.notices.push(...entries.notices, ...staleExportNotices(plan.javascript.moves, exportTargets));
    const lists = tsconfig === undefined ? {} : readTsconfigListEntries(repoRoot, tsconfig, plan.javascript.moves);
    if (Object.keys(lists).length > 0) plan.javascript.tsconfigLists = lists;
  }
  if (plan.javascript?.moves.some((m) => m.fromKey.startsWith('pkg:') || m.toKey.startsWith('pkg:'))) {
    if (Object.keys(workspaces).length > 0) plan.javascript.workspaces = workspaces;
  }
  // One module reader for every question (it keeps each file it parsed), made at the first: it
  // parses the target modules (the tokenizer-level Python reader, Babel for JS).
  let reader: ModuleApiReader | undefined;
  const apiReader = () => (reader ??= (require('../verify/module-api') as typeof import('../verify/module-api')).createModuleApiReader(plan, repoRoot, { workspaces: true }));
  for (const language of ['python', 'javascript'] as const) {
    const section = plan[language];
    if (!section?.moves.some(isRenameInPlace)) continue;
    const derived = renamesAtDefinition(language, section.moves, apiReader(), plan.python?.roots);
    if (derived.moves.length > 0) section.moves = [...section.moves, ...derived.moves];
    if (language === 'javascript' && Object.keys(derived.barrels).length > 0) plan.javascript!.barrelRenames = derived.barrels;
  }
  if (plan.python) {
    const provided = readProvidedNames(plan.python, repoRoot);
    if (Object.keys(provided).length > 0) plan.python.provided = provided;
    if (plan.python.moves.some((m) => !m.from.symbol && !m.to.symbol) || plan.python.fileRelocations) {
      const relocated = readPythonRelocated(plan.python, repoRoot, (module) => apiReader().fileOf('python', module));
      if (Object.keys(relocated).length > 0) plan.python.relocated = relocated;
    }
    if (plan.python.moves.some((m) => m.from.symbol)) {
      // Required here: it loads the Python reader, which a plan without symbol moves never needs.
      const { readUsedInPlace } = require('./python-used-in-place') as typeof import('./python-used-in-place');
      const usedInPlace = readUsedInPlace(plan.python, repoRoot, (module) => apiReader().fileOf('python', module));
      if (Object.keys(usedInPlace).length > 0) plan.python.usedInPlace = usedInPlace;
      const starLists = readStarLists(plan.python, repoRoot);
      if (Object.keys(starLists).length > 0) plan.python.starLists = starLists;
    }
    if (plan.python.moves.length > 0) {
      const parentLoads = readParentLoads(plan.python, apiReader());
      if (parentLoads.length > 0) plan.python.parentLoads = parentLoads;
    }
  }
  if (plan.javascript) {
    plan.notices.push(...pathLikeLegacyPackages(plan.javascript, repoRoot));
    Object.assign(plan.javascript, readJavascriptSubtrees(plan.javascript, repoRoot, apiReader));
    const targetFiles = readJavascriptTargetFiles(plan.javascript, apiReader);
    if (Object.keys(targetFiles).length > 0) plan.javascript.targetFiles = targetFiles;
    const relocated = readJavascriptRelocated(plan.javascript, repoRoot, apiReader);
    const provided = readJavascriptProvided(plan, apiReader, plan.javascript.directories);
    if (Object.keys(provided).length > 0) plan.javascript.provided = provided;
    if (Object.keys(relocated).length > 0) plan.javascript.relocated = relocated;
    const patterns = readRelocatedPatterns(plan.javascript, repoRoot, apiReader);
    if (Object.keys(patterns).length > 0) plan.javascript.relocatedPatterns = patterns;
  }
  const loadsFrom = readLoadsFrom(plan, apiReader);
  if (plan.python && loadsFrom.python) plan.python.loadsFrom = loadsFrom.python;
  if (plan.javascript && loadsFrom.javascript) plan.javascript.loadsFrom = loadsFrom.javascript;
  return plan;
}

export function loadManifest(manifestPath: string, repoRoot: string): LoadedManifest {
  const file = path.resolve(manifestPath);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw manifestError(
      code === 'ENOENT'
        ? `no manifest at ${file}; create ${DEFAULT_MANIFEST} at the repository root or pass --manifest FILE.`
        : `cannot read manifest ${file} (${code}); check its permissions.`,
    );
  }
  return { plan: planFromManifestText(text, path.relative(process.cwd(), file) || file, repoRoot), file };
}
