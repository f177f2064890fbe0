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
  /** The other manifest entries (`source`s) a chain resolved this move through: applying it applies them too. */
  via?: string[];
  /** Whole-module moves: the legacy module's public names the manifest says go nowhere (no API gap, no shim export). */
  dropped?: string[];
  /** A moved file's own relative import, rebased from where it was (JavascriptPlan.relocated, PythonPlan.relocated). */
  carried?: CarriedImport;
}

/** Where a carried move comes from: findings say the import is the moved file's own, rebased. */
export interface CarriedImport {
  /** The id of the move that moved the file (`./src/a.ts → ./src/deep/a.ts`), or of its moved directory or package. */
  by: string;
  /** The manifest entry (`source`) of the module the import reached when that module moves too: it goes there, so that entry is used. */
  via?: string;
}

/** `rename`: uses of a renamed symbol follow the new name. `keep`: only the import changes (`New as Old`), every use stays. */
export type LocalNameMode = 'rename' | 'keep';

// The compiled manifest (MigrationPlan and its per-language parts) lives in plan-types.ts; it is part of
// the same vocabulary and re-exported here, so every stage still imports its types from this file.
export type { FileRelocation, JsAlias, JsModuleKey, TsProject, JavascriptPlan, MigrationPlan, PythonPlan, RelocatedPattern, TsconfigListEntry } from './plan-types';

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
  | 'jsdoc-import' // a JS file's JSDoc type import: `/** @type {import('m').A} */`, `/** @import { A } from 'm' */`
  | 'triple-slash-reference' // TS `/// <reference path="./globals.d.ts" />` (a file) or `/// <reference types="m" />`
  | 'ambient-module' // TS `declare module 'm' { … }` (re-pointed when a repository module moves whole; else reported for a human)
  | 'jest-mock' // jest.mock / vi.mock and friends
  | 'url' // `new URL('./worker.ts', import.meta.url)`: a module's file by its URL (workers, bundler assets)
  | 'tsconfig-entry' // a tsconfig's `files`/`include`/`exclude` entry naming a moved file: `"files": ["./src/old.ts"]`
  | 'glob' // files loaded by pattern: Vite's `import.meta.glob('./pages/*.tsx')`, webpack's `require.context('./pages')`
  | 'from-import' // Python `from m import a`
  | 'relative' // Python `from .m import a`
  | 'star-import' // Python `from m import *`
  | 'import-as' // Python `import m` / `import m as x`
  | 'attribute' // Python `m.A` through a module import
  | 'string-target' // `patch("m.A")`, `importlib.import_module("m")`, `sys.modules["m"]`
  | 'comment'
  | 'docstring'
  | 'doctest'; // a Python docstring's doctest example (`>>> import m`): code doctest runners execute, a mention unless --rewrite-comments

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
  /**
   * Failed files whose references are unknown: they failed before their rewrite reported any (read,
   * parse, an internal error). While any, a move in unusedMoves may still be referenced there, so it
   * is no sign of a typo. Always set by runFiles; optional for hand-built summaries.
   */
  failedUnread?: number;
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
