// The compiled manifest: what every worker receives once (MigrationPlan) and each language's part,
// moves plus the facts the manifest loader read from the repository for the pure rewriters.
// Plain, structured-cloneable data; re-exported by types.ts, the shared vocabulary.
import type { Move, PythonVersion } from './types';

/**
 * A JS module's identity, independent of how a file spells it:
 * `file:<repo-relative path without extension and without /index>` for files inside the repo
 * (reached through `./`, a relative import or a tsconfig alias), `pkg:<specifier>` for bare packages,
 * or `alias:<specifier>` for a specifier through a retired alias (JsAlias.retired).
 */
export type JsModuleKey = string;

/** One tsconfig `paths` entry or package.json `imports` entry, with targets already made repo-relative (`@/*` → [`src/*`]). */
export interface JsAlias {
  /** The pattern as written, with at most one `*` (`@/*`, `@shared/*`, `config`). */
  pattern: string;
  /** Repo-relative target patterns, same `*` convention, no leading `./`, in priority order. */
  targets: string[];
  /**
   * Set when a whole-module move's `from` is this alias itself (`"@/old-ui/*"` moved by `"from":
   * "@/old-ui"`): a compatibility alias being retired. Specifiers through it are legacy whatever
   * file they reach (keys `alias:@/old-ui/…`, module-key.ts), and no rewrite spells a target through it.
   */
  retired?: true;
  /**
   * A package.json `imports` entry (`#models/*`) is seen only by the files of its package: the
   * package's directory (repo-relative, '' for the root). The innermost such directory holding the
   * importing file decides (module-key.ts `aliasesSeenBy`); tsconfig `paths` have no scope.
   */
  scope?: string;
  /**
   * Set on the `paths` of a project the manifest's tsconfig reaches through `references`: seen only
   * by the files that project holds, instead of the manifest tsconfig's own (module-key.ts `aliasesSeenBy`).
   */
  project?: TsProject;
}

/** A tsconfig project reached through `references` (manifest/tsconfig.ts), as far as it decides which files see its `paths`. */
export interface TsProject {
  /** Its repo-relative tsconfig file (`scripts/tsconfig.json`): tells projects apart. */
  config: string;
  /** The tsconfig's repo-relative directory ('' for the root): of two projects holding a file, the innermost wins, as editors pick the nearest. */
  dir: string;
  /** Regular expression source over repo-relative paths: the files its `files` and `include` name, by tsc's rules. */
  includes: string;
  /** Same, for its `exclude` (a directory excludes what is below it). */
  excludes?: string;
}

/**
 * A module whose file moved while its dotted name stayed (`./pkg/util.py` → `./pkg/util/__init__.py`,
 * or back): its relative imports now resolve from another package. Repo-relative files.
 */
export interface FileRelocation {
  module: string;
  from: string;
  to: string;
  /** The manifest entry (`$.python.moves[2]`). */
  source: string;
}

export interface PythonPlan {
  /** Repo-relative directories whose children are top-level packages (`.` for the repo root). */
  roots: string[];
  moves: Move[];
  /** Modules moved into their package's `__init__.py` or back (manifest ends written as files); their carried imports are in `relocated`. */
  fileRelocations?: FileRelocation[];
  /** Files (repo-relative, as modules) that are themselves legacy modules: never rewritten to import themselves. */
  legacyModules: string[];
  /** The manifest's python.version: the CPython the project runs, whose grammar a file must satisfy to be changed (default 3.13, the reader's). */
  version?: PythonVersion;
  /** The manifest's python.interpreter as written (a command, or a path relative to the root); verify asks it about modules outside the repository. */
  interpreter?: string;
  /**
   * What `from <module> import <name>` finds in each canonical module of a move that the
   * repository defines: its submodules and subpackages (`.py`, `.pyi`, compiled, package and namespace
   * directories) and its module-level bindings and `__all__`, sorted. A module that is not a key is
   * unknown: outside the repository, or its names cannot be listed (`from x import *`, `__getattr__`,
   * `__path__` edits, a file that does not parse). Filled where the plan meets the file system
   * (manifest/python-provided.ts); read through rewrite/python/provided-names.ts.
   */
  provided?: Record<string, string[]>;
  /**
   * For each move's target module that is a repository file: the repository files it runs when it
   * loads (the modules of its module-level imports, with the packages' `__init__.py` on the way that
   * are not its own ancestors), one step deep. Re-pointed at that target,
   * such a file's import of a legacy name would form an import cycle (the target is partly
   * initialized while the file runs): left as a manual finding. Filled by manifest/loads-from.ts.
   */
  loadsFrom?: Record<string, string[]>;
  /**
   * `module:Symbol` for a symbol moved out of a legacy module that stays → the line where that module's
   * own code still looks the symbol up when it runs (outside the moved definitions). `patch("module.Symbol")`
   * intercepts that use, and re-pointed would not: left as a manual finding. Filled by manifest/python-used-in-place.ts.
   */
  usedInPlace?: Record<string, number>;
  /**
   * Legacy modules of symbol moves → the names their literal `__all__` lists (none without one);
   * absent when unknown. A star import of such a module reports a private moved name only when listed
   * there (a star brings no `_name` otherwise). Filled by manifest/python-provided.ts.
   */
  starLists?: Record<string, string[]>;
  /**
   * The modules at either end of a move that their parent package's `__init__.py` imports when it
   * loads (one step): a chain through the package (`p.util.X` re-pointed at `p.conv.X`) needs the
   * new module loaded as the old one was. Filled by manifest/python-parent-loads.ts.
   */
  parentLoads?: string[];
  /**
   * Moved modules' files (repo-relative paths) → the moves of the relative imports each carried from
   * the legacy module's package: `from ..util import f` naming no module from where the file is now
   * but one from where it was. Applied in that file only. Filled by manifest/python-relocated.ts.
   */
  relocated?: Record<string, Move[]>;
}

/**
 * A tsconfig `files`/`include`/`exclude` entry naming a file (or folder) that moves as a whole:
 * tsc reads these paths as written, so the entry must follow the move (manifest/tsconfig-file-entries.ts).
 */
export interface TsconfigListEntry {
  list: 'files' | 'include' | 'exclude';
  /** The entry as written (relative to its tsconfig's folder). */
  written: string;
  /** What to write instead, spelled as the entry was; absent when the new path is not known (then `manual` with `reason`). */
  replacement?: string;
  /** The id of the move concerned. */
  move: string;
  reason: string;
}

export interface JavascriptPlan {
  /**
   * Repo-relative tsconfig files → their list entries naming a moved file. The pipeline reads these
   * tsconfigs as files of the run (pipeline/tsconfig-lists-file.ts).
   */
  tsconfigLists?: Record<string, TsconfigListEntry[]>;
  /** Repo-relative directory that non-relative aliases resolve against (tsconfig `baseUrl`), if any. */
  baseUrl?: string;
  aliases: JsAlias[];
  moves: Move[];
  /** tsconfig `customConditions`: packages' `exports` are read with them, as TypeScript does. */
  conditions?: string[];
  /**
   * Moves of a file into its folder's index or back (`./util.ts` → `./util/index.ts`): by module path
   * (`src/util`), the key of the old file. An import without an extension reaches either file and
   * keeps its key; one that spells the old file (`./util.js` under nodenext) takes this key, so the
   * move rewrites it (rewrite/js/module-key.ts).
   */
  explicitFiles?: Record<string, JsModuleKey>;
  /**
   * The repository's own workspace packages (root package.json `workspaces`, pnpm-workspace.yaml):
   * name → repo-relative directory, for a package no node_modules holds (manifest/workspace-packages.ts).
   */
  workspaces?: Record<string, string>;
  /**
   * A barrel (repo-relative file) whose export the manifest renames in place, where the rename was made
   * in the file it re-exports from → old name → new name: its `export { old } from './defining'`
   * becomes `export { new } from …`, not `new as old`. Filled by manifest/renames-at-definition.ts.
   */
  barrelRenames?: Record<string, Record<string, string>>;
  /**
   * What each canonical module of a whole-module move that is a repository file exports (`export *`
   * followed), sorted, by module key. A module that is not a key is unknown (a package, a file that
   * does not parse, a star export whose names cannot be read). Filled where the plan meets the file
   * system (manifest/javascript-provided.ts).
   */
  provided?: Record<JsModuleKey, string[]>;
  /**
   * For each move's target module that is a repository file: the repository files it re-exports
   * from (`export … from`), along the whole chain. Re-pointed at that target, such a file's re-export of a
   * legacy name would re-export it from the module that gets it through this very file: the name
   * would be defined nowhere. Left as a manual finding. Filled by manifest/loads-from.ts.
   */
  loadsFrom?: Record<JsModuleKey, string[]>;
  /**
   * For each whole-module move's target that is a repository file module: the module paths below it
   * (`sub`, `deep/x`) when it is a directory module (an index file), `[]` for a plain file. A move onto
   * a directory module takes the legacy module's subpaths along; one the target lacks is a manual
   * finding. A target that is not a key is unknown. Filled by manifest/javascript-subtrees.ts.
   */
  subtrees?: Record<JsModuleKey, string[]>;
  /**
   * Each move's target module that is a repository file → that file (`file:src/i18n/locales` →
   * `src/i18n/locales/index.ts`): whether a target spelled as a folder is a directory module or a
   * plain file, for the specifiers that name the file (rewrite/js/specifier.ts). A target that is not
   * a key is unknown (not in the repository yet). Filled by manifest/javascript-target-files.ts.
   */
  targetFiles?: Record<JsModuleKey, string>;
  /**
   * The targets among `subtrees` that are a directory of modules without an index module: nothing can
   * load the directory itself (`import '@/new'`), only the modules below it. Filled by manifest/javascript-subtrees.ts.
   */
  directories?: JsModuleKey[];
  /**
   * Moved files (repo-relative paths) → the moves of the relative specifiers each carried from the
   * legacy module's place: a specifier that reaches nothing from where the file is now but reached a
   * module from where it was (`./blob` in `data/io/filesystem.ts`, moved from `data/`). Applied in
   * that file only. Filled by manifest/javascript-relocated.ts.
   */
  relocated?: Record<string, Move[]>;
  /**
   * Moved files → the relative file patterns they carried (`import.meta.glob('../../locales/*.yml')`,
   * `require.context('./pages')`) whose folder exists only from where the file was, with the pattern
   * written from where it is. Applied at glob sites only. Filled by manifest/javascript-relocated-patterns.ts.
   */
  relocatedPatterns?: Record<string, RelocatedPattern[]>;
}

/** A relative file pattern a moved file carried: as written, as it must be written now, and the move's id. */
export interface RelocatedPattern {
  from: string;
  to: string;
  move: string;
}

/** The manifest compiled once per run and sent to each worker once. */
export interface MigrationPlan {
  python?: PythonPlan;
  javascript?: JavascriptPlan;
  /** Globs (repo-relative) of files never rewritten; their references are still counted as `ignored`. */
  exclude: string[];
  /** Literal strings at least one of which every file with a reference contains (the prefilter's needles). */
  needles: string[];
  /** Human notices produced while compiling (chain resolution, tsconfig quirks). */
  notices: string[];
}
