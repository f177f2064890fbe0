// One file from bytes on disk to a FileResult: read, guard (size, binary, encoding, generated),
// prefilter, rewrite (pure), verify (re-parse the output). Never throws: every problem is a value.
// Used by run-files (in-process today; a worker pool runs the same processor later).
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { LanguageRewriter } from '../rewrite/language';
import { SourceSyntaxError } from '../rewrite/source-syntax-error';
import { SyntaxUnsure } from '../rewrite/syntax-unsure';
import type { FileError, FileResult, Finding, Language, MigrationPlan, RewriteOptions, RewriteOutcome, SyntaxDoubt } from '../types';
import { javascriptEditsProvablyParse } from './javascript-safe-edits';
import { pythonEditsProvablyParse } from './python-safe-edits';
import { createExcludeFilter } from './path-filter';
import { createPlanPrefilter, type Prefilter } from './prefilter';
import { createReadScratch, readIntoScratch, type ReadScratch } from './read-scratch';
import { declaresLatin1 } from './source-encoding';
import { tolerantResult } from './tolerant-result';
import { reportOnlyKind } from './report-only';
import { tsconfigListsResult } from './tsconfig-lists-file';
import { unexplainedChange } from '../rewrite/unexplained-change';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** How far into a file the `@generated` marker counts (header comments only). */
const GENERATED_WINDOW = 1024;

export interface ProcessorContext {
  /** Absolute path of the repository root; result paths are relative to it. */
  root: string;
  plan: MigrationPlan;
  rewriters: readonly LanguageRewriter[];
  maxFileSize?: number;
  rewriteOptions?: RewriteOptions;
  /** false: every file goes to its rewriter (--no-prefilter, a debugging flag to prove the prefilter skips nothing). */
  prefilter?: boolean;
  /** Replaces the read (after the size/type checks); tests inject failures (unreadable, vanished) through it. */
  readFile?: (absolute: string) => Buffer;
}

/** Processes one repo-relative path; the promise always resolves. */
export type FileProcessor = (relPath: string) => Promise<FileResult>;

/** Compiles everything per-run once (exclude globs, needles, extension map), then processes files. */
export function createFileProcessor(context: ProcessorContext): FileProcessor {
  const compiled = compileContext(context);
  return async (relPath) => {
    try {
      return await processFile(relPath, compiled);
    } catch (error) {
      // Only a bug in this module can land here; it still becomes a value, never a crash.
      return internalFailure(relPath, error);
    }
  };
}

/**
 * The cheap first half of processing (read, guards, prefilter): the final result for a file that
 * needs no rewrite, or undefined for one that must go to its rewriter. The run triages in the main
 * thread and sends only the rest to worker threads, which process them whole (createFileProcessor).
 */
export type FileTriage = (relPath: string) => FileResult | undefined;

export function createFileTriage(context: ProcessorContext): FileTriage {
  const compiled = compileContext(context);
  return (relPath) => {
    try {
      const triaged = triage(relPath, compiled);
      return 'status' in triaged ? triaged : undefined;
    } catch (error) {
      return internalFailure(relPath, error);
    }
  };
}

const IGNORE_MARKER = Buffer.from('ssot-codemod-ignore');

function compileContext(context: ProcessorContext): CompiledContext {
  const isExcluded = createExcludeFilter(context.plan.exclude);
  // --no-prefilter is the oracle: no file is skipped for lacking a needle, and the rewriters drop
  // their own shortcuts too (exhaustive), so every file is read in full.
  const exhaustive = context.prefilter === false;
  const planPrefilter = createPlanPrefilter(context.plan);
  // Ignore comments to judge: a file holding one is read even when it names no legacy module.
  const judgeIgnores = context.rewriteOptions?.reportUnusedIgnores === true;
  const hasNeedle: Prefilter = exhaustive ? () => true : judgeIgnores ? (bytes, relPath, language) => bytes.includes(IGNORE_MARKER) || planPrefilter(bytes, relPath, language) : planPrefilter;
  const rewriteOptions = exhaustive ? { ...context.rewriteOptions, exhaustive } : context.rewriteOptions;
  return { ...context, rewriteOptions, isExcluded, hasNeedle, namesLegacy: planPrefilter, maxFileSize: context.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, scratch: createReadScratch() };
}

const internalFailure = (relPath: string, error: unknown): FileResult => ({ path: relPath, findings: [], status: 'failed', error: { code: 'internal', message: describe(error) } });

interface CompiledContext extends ProcessorContext {
  isExcluded: (p: string) => boolean;
  hasNeedle: Prefilter;
  /** The plan's prefilter even under --no-prefilter: whether a file the guards stop names a legacy module. */
  namesLegacy: Prefilter;
  maxFileSize: number;
  /** One read buffer reused for every file this processor reads (files are read one at a time). */
  scratch: ReadScratch;
}

/** Picks the rewriter by extension (longest match wins, so `.d.ts` can beat `.ts`). */
export function rewriterFor(rewriters: readonly LanguageRewriter[], relPath: string): LanguageRewriter | undefined {
  let best: LanguageRewriter | undefined;
  let bestLength = 0;
  for (const rewriter of rewriters) {
    for (const ext of rewriter.extensions) {
      if (relPath.endsWith(ext) && ext.length > bestLength) {
        best = rewriter;
        bestLength = ext.length;
      }
    }
  }
  return best;
}

type SkipReason = Extract<FileResult, { status: 'skipped' }>['reason'];

const skipped = (relPath: string, reason: SkipReason, detail?: string): FileResult => ({
  path: relPath,
  findings: [],
  status: 'skipped',
  reason,
  ...(detail === undefined ? {} : { detail }),
});

const failed = (relPath: string, language: Language, error: FileError, findings: Finding[] = []): FileResult => ({
  path: relPath,
  findings,
  status: 'failed',
  language,
  error,
});

interface Triaged {
  rewriter: LanguageRewriter;
  bytes: Buffer;
  excluded: boolean;
}

function triage(relPath: string, context: CompiledContext): Triaged | FileResult {
  const rewriter = rewriterFor(context.rewriters, relPath);
  if (!rewriter) {
    const lists = context.plan.javascript?.tsconfigLists?.[relPath];
    return lists ? tsconfigListsResult(relPath, lists, readGuarded(relPath, 'javascript', context), context.isExcluded(relPath)) : reportOnly(relPath, context);
  }
  const bytes = readGuarded(relPath, rewriter.language, context);
  if (!Buffer.isBuffer(bytes)) return bytes;
  const excluded = context.isExcluded(relPath);
  // Most files stop here, before their bytes are ever decoded into a string.
  if (!context.hasNeedle(bytes, relPath, rewriter.language)) return skipped(relPath, excluded ? 'excluded' : 'no-legacy-name');
  // The bytes are a view of the shared read buffer: valid until the next read, so the caller decodes them first.
  return { rewriter, bytes, excluded };
}

/** A file no rewriter takes: a report-only language's file (report-only.ts) is read and reported when it names a legacy module. */
function reportOnly(relPath: string, context: CompiledContext): FileResult {
  const kind = reportOnlyKind(relPath);
  if (!kind) return skipped(relPath, 'unsupported-extension');
  const bytes = readGuarded(relPath, kind.language, context);
  if (!Buffer.isBuffer(bytes)) return bytes;
  if (context.isExcluded(relPath) || !context.namesLegacy(bytes, relPath, kind.language)) return skipped(relPath, 'no-legacy-name');
  return { path: relPath, findings: [], status: 'skipped', reason: 'unsupported-extension', detail: kind.detail, namesLegacy: true };
}

async function processFile(relPath: string, context: CompiledContext): Promise<FileResult> {
  const triaged = triage(relPath, context);
  if ('status' in triaged) return triaged;
  const { rewriter, bytes, excluded } = triaged;
  // A Python file declaring Latin-1 (PEP 263) is read as CPython reads it, one character per byte,
  // and written back the same way (result.encoding). ignoreBOM keeps a leading BOM in UTF-8 text,
  // so unchanged bytes are written back unchanged.
  const latin1 = rewriter.language === 'python' && declaresLatin1(bytes);
  const source = latin1 ? bytes.toString('latin1') : new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const decoded = rewriteAndVerify(relPath, source, rewriter, context);
  const result: FileResult = latin1 && decoded.status === 'changed' ? { ...decoded, encoding: 'latin1' } : decoded;
  if (!excluded) return result;
  // Excluded files are never written, but their references still count (as `ignored`);
  // a file that does not even parse is simply excluded, not a failure of the run.
  const findings: Finding[] = result.status === 'failed' ? [] : result.findings.map((f) => ({ ...f, kind: 'ignored' }));
  return { ...skipped(relPath, 'excluded'), findings };
}

/**
 * Reads and guards a file: its bytes, or the skip/failure that stops it. Synchronous on purpose:
 * a run reads thousands of small files and each async call costs a thread-pool round trip more than
 * the read itself (workers keep the main thread free). Guards are checked on bytes, no decoding.
 */
function readGuarded(relPath: string, language: Language, context: CompiledContext): Buffer | FileResult {
  // relPath is repo-relative and normalized (discover made it): no path.join, which re-normalizes
  // the whole string for each of a tree's files.
  const absolute = `${context.root}${path.sep}${relPath}`;
  let bytes: Buffer;
  try {
    const read = readIntoScratch(absolute, context.maxFileSize, context.scratch);
    if (read === 'not-a-file') return skipped(relPath, 'not-a-file');
    if (typeof read === 'number') return skipped(relPath, 'too-large', `${read} bytes > ${context.maxFileSize}`);
    bytes = context.readFile ? context.readFile(absolute) : read;
  } catch (error) {
    return failed(relPath, language, { code: 'read', message: describe(error) });
  }
  if (bytes.length > context.maxFileSize) return skipped(relPath, 'too-large', `${bytes.length} bytes > ${context.maxFileSize}`);
  if (bytes.indexOf(0) !== -1) return skipped(relPath, 'binary');
  if (!isUtf8(bytes) && !(language === 'python' && declaresLatin1(bytes))) return unreadSkip(relPath, 'not-utf8', bytes, language, context);
  if (isGenerated(bytes)) return unreadSkip(relPath, 'generated', bytes, language, context);
  return bytes;
}

/** What a skip of an unread file says beyond its reason when the file names a legacy module (never silent). */
const UNREAD_DETAIL = {
  'not-utf8': 'not UTF-8, yet it names a legacy module: re-save it as UTF-8 to migrate it, or change it by hand',
  generated: 'generated (@generated), yet it names a legacy module: migrate its generator and regenerate it',
} as const;

/** A guard's skip; flagged when the bytes (ASCII module paths read the same in any ASCII-compatible encoding) name a legacy module. */
function unreadSkip(relPath: string, reason: keyof typeof UNREAD_DETAIL, bytes: Buffer, language: Language, context: CompiledContext): FileResult {
  if (context.isExcluded(relPath) || !context.namesLegacy(bytes, relPath, language)) return skipped(relPath, reason);
  return { path: relPath, findings: [], status: 'skipped', reason, detail: UNREAD_DETAIL[reason], namesLegacy: true };
}

/**
 * The marker counts within the first GENERATED_WINDOW UTF-16 units of the text. Those units come
 * from at most 4 × GENERATED_WINDOW bytes, so only that prefix is searched, and decoded when it matches.
 */
function isGenerated(bytes: Buffer): boolean {
  const prefix = bytes.subarray(0, 4 * GENERATED_WINDOW);
  if (prefix.indexOf('@generated') === -1) return false;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(prefix).slice(0, GENERATED_WINDOW).includes('@generated');
}

/** A tolerant output's re-parse: an undecided verdict counts as an error the input did not have (never written). */
function asSyntaxError(problem: ReturnType<typeof safeCheckSyntax>): { message: string; line?: number; column?: number } | undefined {
  return problem instanceof SyntaxUnsure ? { message: `the reader cannot decide whether it parses (${problem.reason})`, line: problem.line, column: problem.column } : problem;
}

/** Rewrite, then re-parse the output (unless javascript-safe-edits or python-safe-edits proves it parses) before it can be called `changed`. */
function rewriteAndVerify(relPath: string, source: string, rewriter: LanguageRewriter, context: CompiledContext): FileResult {
  const { language } = rewriter;
  let outcome: RewriteOutcome;
  try {
    outcome = rewriter.rewrite({ source, path: relPath, plan: context.plan, options: context.rewriteOptions });
  } catch (error) {
    if (error instanceof SourceSyntaxError) {
      return failed(relPath, language, { code: 'parse', message: error.message, line: error.line, column: error.column });
    }
    return failed(relPath, language, { code: 'internal', message: describe(error) });
  }
  if (outcome.tolerant) {
    const tolerant = { ...outcome, tolerant: outcome.tolerant };
    return tolerantResult({ path: relPath, language, source, outcome: tolerant, checkSyntax: (code) => asSyntaxError(safeCheckSyntax(rewriter, code, relPath)) });
  }
  const unusedIgnores = outcome.unusedIgnores?.length ? { unusedIgnores: outcome.unusedIgnores } : {};
  if (outcome.code === source) return { path: relPath, findings: outcome.findings, status: 'unchanged', language, ...unusedIgnores };
  const unexplained = unexplainedChange(outcome);
  if (unexplained) return failed(relPath, language, { code: 'internal', message: unexplained }, outcome.findings);

  const proven = language === 'python' ? pythonEditsProvablyParse(source, outcome) : javascriptEditsProvablyParse(source, outcome);
  const problem = proven ? undefined : safeCheckSyntax(rewriter, outcome.code, relPath);
  if (problem && !(problem instanceof SyntaxUnsure)) {
    const message = `the rewritten file would not parse (${problem.message}${problem.line ? ` at output line ${problem.line}` : ''}); it was left untouched`;
    return failed(relPath, language, { code: 'output-unparseable', message, line: problem.line, column: problem.column }, outcome.findings);
  }
  // What the rewriter's own parser could not decide, runFiles asks CPython before the result counts.
  const doubt: SyntaxDoubt = {};
  if (outcome.syntaxUnsure) doubt.input = outcome.syntaxUnsure;
  if (problem) doubt.output = { line: problem.line, column: problem.column, reason: problem.reason };
  return {
    ...unusedIgnores,
    path: relPath,
    findings: outcome.findings,
    status: 'changed',
    language,
    original: source,
    code: outcome.code,
    edits: outcome.edits,
    ...(doubt.input || doubt.output ? { syntaxDoubt: doubt } : {}),
  };
}

/** checkSyntax should return, not throw; a throw is treated as "does not parse" with its message. */
function safeCheckSyntax(rewriter: LanguageRewriter, code: string, relPath: string): { message: string; line?: number; column?: number } | SyntaxUnsure | undefined {
  try {
    return rewriter.checkSyntax(code, relPath);
  } catch (error) {
    return { message: describe(error) };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
