// The shared vocabulary of ssot-codemod: plain, structured-cloneable data that
// flows between the manifest compiler, the pure rewriters, the pipeline and the sinks.
// Every stage imports its types from here; nothing here has behaviour.

/** A CPython version whose grammar the Python reader can hold a file to (manifest `python.version`). */
export type PythonVersion = '3.11' | '3.12' | '3.13';

/** The two languages the tool rewrites. */
export type Language = 'python' | 'javascript';

/** A half-open splice into the original text: [start, end) is replaced by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** One end of a move: a module, optionally narrowed to one exported symbol. */
export interface ModuleRef {
  /** Python: a dotted module path (`pkg.legacy`). JS: the specifier as written in the manifest (`@/x`, `pkg/sub`, `./src/a.ts`). */
  module: string;
  /** The symbol that moves (`default` for a JS default export); absent for a whole-module move. */
  symbol?: string;
}

/** A compiled move: `from` is rewritten to `to`. Chains are already resolved (A→B, B→C becomes A→C). */
export interface Move {
  /** Stable display id, `from → to` exactly as in the manifest (after chain resolution, the final target). */
  id: string;
  language: Language;
  from: ModuleRef;
  to: ModuleRef;
  /** JS only: the module's normalised identity (see JsModuleKey); Python: equal to the dotted module path. */
  fromKey: string;
  toKey: string;
  /** The manifest's JSON path of the move (`$.python.moves[3]`), for messages. */
  source: string;
  /** What a renamed symbol's local name becomes (the move's `localName`, else its language's, else `rename`). */
  localName: LocalNameMode;
  /** Whole-module moves: the legacy module's public names the manifest says go nowhere (no API gap, no shim export). */
  dropped?: string[];
}

/** `rename`: uses of a renamed symbol follow the new name. `keep`: only the import changes (`New as Old`), every use stays. */
export type LocalNameMode = 'rename' | 'keep';

/**
 * A JS module's identity, independent of how a file spells it:
 * `file:<repo-relative path without extension and without /index>` for files inside the repo
 * (reached through `./`, a relative import or a tsconfig alias), `pkg:<specifier>` for bare packages,
 * or `alias:<specifier>` for a specifier through a retired alias (JsAlias.retired).
 */
export type JsModuleKey = string;

/** One tsconfig `paths` entry, with targets already made repo-relative (`@/*` → [`src/*`]). */
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
}

export interface PythonPlan {
  /** Repo-relative directories whose children are top-level packages (`.` for the repo root). */
  roots: string[];
  moves: Move[];
  /** Files (repo-relative, as modules) that are themselves legacy modules: never rewritten to import themselves. */
  legacyModules: string[];
  /** The manifest's python.version: the CPython the project runs, whose grammar a file must satisfy to be changed (default 3.13, the reader's). */
  version?: PythonVersion;
  /** The manifest's python.interpreter as written (a command, or a path relative to the root); verify asks it about modules outside the repository. */
  interpreter?: string;
  /**
   * What `from <module> import <name>` finds in each canonical module of a whole-module move that the
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
   * Moved modules' files (repo-relative paths) → the moves of the relative imports each carried from
   * the legacy module's package: `from ..util import f` naming no module from where the file is now
   * but one from where it was. Applied in that file only. Filled by manifest/python-relocated.ts.
   */
  relocated?: Record<string, Move[]>;
}

export interface JavascriptPlan {
  /** Repo-relative directory that non-relative aliases resolve against (tsconfig `baseUrl`), if any. */
  baseUrl?: string;
  aliases: JsAlias[];
  moves: Move[];
  /** tsconfig `customConditions`: packages' `exports` are read with them, as TypeScript does. */
  conditions?: string[];
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

/** The syntactic form of a reference, shared by run, scan and check. */
export type ReferenceForm =
  | 'import' // ES `import … from 'm'` / `import 'm'`
  | 'type-import' // `import type … from 'm'`
  | 're-export' // `export … from 'm'`, Python re-export in __init__ is a from-import
  | 'require'
  | 'require-resolve'
  | 'proxyquire' // proxyquire('m', stubs): loads m as require does, with stubs keyed by m's own specifiers
  | 'dynamic-import'
  | 'import-equals' // TS `import x = require('m')`
  | 'type-query' // TS `typeof import('m')`
  | 'ambient-module' // TS `declare module 'm' { … }` (reported for a human, never rewritten)
  | 'jest-mock' // jest.mock / vi.mock and friends
  | 'from-import' // Python `from m import a`
  | 'relative' // Python `from .m import a`
  | 'star-import' // Python `from m import *`
  | 'import-as' // Python `import m` / `import m as x`
  | 'attribute' // Python `m.A` through a module import
  | 'string-target' // `patch("m.A")`, `importlib.import_module("m")`, `sys.modules["m"]`
  | 'comment'
  | 'docstring';

/**
 * What a rewriter noticed about one reference.
 * - rewritten: the transform changed it;
 * - manual: it is a reference that cannot be rewritten safely (`reason` says why);
 * - mention: a comment or docstring naming a legacy path (not rewritten by default);
 * - ignored: a reference left alone on purpose (exclude glob, ssot-codemod-ignore comment).
 */
export type FindingKind = 'rewritten' | 'manual' | 'mention' | 'ignored';

export interface Finding {
  /** Repo-relative path with `/` separators. */
  path: string;
  /** 1-based line and column of the reference in the original text. */
  line: number;
  column: number;
  /** The id of the move concerned. */
  move: string;
  form: ReferenceForm;
  kind: FindingKind;
  reason?: string;
  /** The reference's source text (the whole statement for imports), whitespace-collapsed; baselines key on it. */
  text: string;
}

/** What a pure rewrite returns. `code === original` and `edits.length === 0` when nothing changed. */
export interface RewriteOutcome {
  code: string;
  edits: Edit[];
  findings: Finding[];
  /** With RewriteOptions.reportUnusedIgnores: the ignore comments that opted no reference out. */
  unusedIgnores?: SourcePosition[];
  /**
   * The rewriter's claim, from its own parse: the indices (into `edits`) of the edits that replace
   * the whole text between the quotes of a string literal. The pipeline re-checks the characters on
   * both sides of each (pipeline/literal-edits.ts) and, when every edit is either such a literal or
   * a proven rename (pipeline/javascript-safe-edits.ts), skips re-parsing the output. Absent or
   * partial means the output is re-parsed, unless the rest is proven otherwise.
   */
  literalEdits?: number[];
  /**
   * Set when the source does not parse and the rewrite ran in tolerant mode (RewriteOptions.tolerant):
   * the input's first parse error. Only provable lines were edited, so the output must fail at this
   * same error, its line moved by the edits above it (pipeline/tolerant-check.ts).
   */
  tolerant?: ParseErrorAt;
  /**
   * Python: the built-in reader could not decide whether CPython accepts the input (see
   * rewrite/python/parse): the pipeline asks python3 before the edits may count, and leaves the file
   * untouched when python3 is not available. Absent when the reader is sure the input parses.
   */
  syntaxUnsure?: SyntaxDoubtDetail;
}

/** Where a source first fails to parse (1-based), with the parser's message (no path prefix). */
export interface ParseErrorAt {
  line: number;
  column?: number;
  message: string;
}

/** Where and why the built-in reader could not decide whether a file parses (1-based position). */
export interface SyntaxDoubtDetail {
  line: number;
  column: number;
  reason: string;
}

/** On a `changed` result: which texts still need CPython's verdict before the result may be written or shown. */
export interface SyntaxDoubt {
  input?: SyntaxDoubtDetail;
  output?: SyntaxDoubtDetail;
}

/** Per-run switches a rewriter honours (no environment, no I/O). */
export interface RewriteOptions {
  /** Python: also rewrite legacy paths inside comments and docstrings. */
  rewriteComments?: boolean;
  /**
   * Python (--tolerant): a file that does not parse is not refused; its import statements and string
   * targets on lines the reader can prove are rewritten, everything else stays byte for byte.
   */
  tolerant?: boolean;
  /**
   * Read every file in full: no shortcut that skips a file which cannot name a legacy module
   * (set with --no-prefilter, the oracle that proves those shortcuts skip nothing).
   */
  exhaustive?: boolean;
  /** Say which `ssot-codemod-ignore` comments opt no reference out (RewriteOutcome.unusedIgnores; check --report-unused-ignores). */
  reportUnusedIgnores?: boolean;
}

/** A 1-based line and column in a file. */
export interface SourcePosition {
  line: number;
  column: number;
}

export type SkipReason =
  | 'no-legacy-name'
  | 'excluded'
  | 'ignore-file'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'generated'
  | 'symlink-outside'
  | 'not-a-file'
  | 'unsupported-extension';

export type FileErrorCode = 'read' | 'parse' | 'output-unparseable' | 'conflict' | 'write' | 'internal';

export interface FileError {
  code: FileErrorCode;
  message: string;
  line?: number;
  column?: number;
}

interface FileResultBase {
  /** Repo-relative path with `/` separators. */
  path: string;
  findings: Finding[];
  /** With RewriteOptions.reportUnusedIgnores: the file's ignore comments that opted no reference out. */
  unusedIgnores?: SourcePosition[];
}

export type FileResult =
  | (FileResultBase & {
      status: 'changed';
      language: Language;
      original: string;
      code: string;
      edits: Edit[];
      /** The input did not parse and was rewritten in tolerant mode (`changed (tolerant)`): its parse error. */
      tolerant?: ParseErrorAt;
      /** Set by the processor, resolved (and removed) by runFiles before the write stage and the sinks see the result. */
      syntaxDoubt?: SyntaxDoubt;
      /** How `original` and `code` map to bytes when not UTF-8: a Python file declaring Latin-1 (PEP 263). */
      encoding?: 'latin1';
    })
  | (FileResultBase & { status: 'unchanged'; language: Language })
  | (FileResultBase & {
      status: 'skipped';
      reason: SkipReason;
      detail?: string;
      /** Skipped unread (not UTF-8, or generated) although its bytes name a legacy module: listed, so the skip is never silent. */
      namesLegacy?: true;
    })
  | (FileResultBase & { status: 'failed'; language?: Language; error: FileError });

export type FileStatus = FileResult['status'];

/** Totals a run ends with; sinks receive it in onEnd. */
export interface RunSummary {
  files: number;
  changed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  findings: { rewritten: number; manual: number; mention: number; ignored: number };
  /** Moves that matched no reference anywhere in the run (likely manifest typos). */
  unusedMoves: string[];
  notices: string[];
  durationMs: number;
  /** Files whose source does not parse (always set by runFiles; optional for hand-built summaries). */
  syntaxErrors?: SyntaxErrorTotals;
}

export interface SyntaxErrorTotals {
  /** Files left untouched because they do not parse (`failed: parse`). */
  notParsed: number;
  /** Files that do not parse, rewritten on their provable lines (`changed (tolerant)`). */
  tolerant: number;
  /** Set when files were left unparsed in a run without --tolerant: how to rewrite them anyway. */
  hint?: string;
}

/** A streaming consumer of results: diff printer, applier, patch writer, JSON report, summary. */
export interface Sink {
  onResult(result: FileResult): void | Promise<void>;
  onEnd(summary: RunSummary): void | Promise<void>;
}
