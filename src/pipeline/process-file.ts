// One file from bytes on disk to a FileResult: read, guard (size, binary, encoding, generated),
// prefilter, rewrite (pure), verify (re-parse the output). Never throws: every problem is a value.
// Used by run-files (in-process today; a worker pool runs the same processor later).
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LanguageRewriter } from '../rewrite/language';
import { SourceSyntaxError } from '../rewrite/source-syntax-error';
import type { FileError, FileResult, Finding, Language, MigrationPlan, RewriteOptions, RewriteOutcome } from '../types';
import { createExcludeFilter } from './path-filter';
import { createPrefilter } from './prefilter';

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
  /** Reads a file's bytes; default fs.readFile. Tests inject failures (unreadable, vanished) through it. */
  readFile?: (absolute: string) => Promise<Buffer>;
}

/** Processes one repo-relative path; the promise always resolves. */
export type FileProcessor = (relPath: string) => Promise<FileResult>;

/** Compiles everything per-run once (exclude globs, needles, extension map), then processes files. */
export function createFileProcessor(context: ProcessorContext): FileProcessor {
  const isExcluded = createExcludeFilter(context.plan.exclude);
  const hasNeedle = createPrefilter(context.plan.needles);
  const maxFileSize = context.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  return async (relPath) => {
    try {
      return await processFile(relPath, { ...context, isExcluded, hasNeedle, maxFileSize });
    } catch (error) {
      // Only a bug in this module can land here; it still becomes a value, never a crash.
      return { path: relPath, findings: [], status: 'failed', error: { code: 'internal', message: describe(error) } };
    }
  };
}

interface CompiledContext extends ProcessorContext {
  isExcluded: (p: string) => boolean;
  hasNeedle: (content: Buffer) => boolean;
  maxFileSize: number;
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

async function processFile(relPath: string, context: CompiledContext): Promise<FileResult> {
  const rewriter = rewriterFor(context.rewriters, relPath);
  if (!rewriter) return skipped(relPath, 'unsupported-extension');
  const read = await readSource(relPath, rewriter.language, context);
  if ('status' in read) return read;
  const { bytes, source } = read;

  const excluded = context.isExcluded(relPath);
  if (!context.hasNeedle(bytes)) return skipped(relPath, excluded ? 'excluded' : 'no-needle');
  const result = rewriteAndVerify(relPath, { bytes, source }, rewriter, context);
  if (!excluded) return result;
  // Excluded files are never written, but their references still count (as `ignored`);
  // a file that does not even parse is simply excluded, not a failure of the run.
  const findings: Finding[] = result.status === 'failed' ? [] : result.findings.map((f) => ({ ...f, kind: 'ignored' }));
  return { ...skipped(relPath, 'excluded'), findings };
}

/** Reads and guards a file: the bytes and decoded text, or the skip/failure that stops it. */
async function readSource(relPath: string, language: Language, context: CompiledContext): Promise<{ bytes: Buffer; source: string } | FileResult> {
  const absolute = path.join(context.root, relPath);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(absolute);
    if (!stat.isFile()) return skipped(relPath, 'not-a-file');
    if (stat.size > context.maxFileSize) return skipped(relPath, 'too-large', `${stat.size} bytes > ${context.maxFileSize}`);
    bytes = await (context.readFile ?? fs.readFile)(absolute);
  } catch (error) {
    return failed(relPath, language, { code: 'read', message: describe(error) });
  }
  if (bytes.length > context.maxFileSize) return skipped(relPath, 'too-large', `${bytes.length} bytes > ${context.maxFileSize}`);
  if (bytes.indexOf(0) !== -1) return skipped(relPath, 'binary');
  let source: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so unchanged bytes are written back unchanged.
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return skipped(relPath, 'not-utf8');
  }
  if (source.slice(0, GENERATED_WINDOW).includes('@generated')) return skipped(relPath, 'generated');
  return { bytes, source };
}

/** Rewrite, then re-parse the output before it can be called `changed`. */
function rewriteAndVerify(relPath: string, read: { bytes: Buffer; source: string }, rewriter: LanguageRewriter, context: CompiledContext): FileResult {
  const { language } = rewriter;
  const { source } = read;
  let outcome: RewriteOutcome;
  try {
    outcome = rewriter.rewrite({ source, path: relPath, plan: context.plan, options: context.rewriteOptions });
  } catch (error) {
    if (error instanceof SourceSyntaxError) {
      return failed(relPath, language, { code: 'parse', message: error.message, line: error.line, column: error.column });
    }
    return failed(relPath, language, { code: 'internal', message: describe(error) });
  }
  if (outcome.code === source) return { path: relPath, findings: outcome.findings, status: 'unchanged', language };

  const problem = safeCheckSyntax(rewriter, outcome.code, relPath);
  if (problem) {
    const message = `the rewritten file would not parse (${problem.message}${problem.line ? ` at output line ${problem.line}` : ''}); it was left untouched`;
    return failed(relPath, language, { code: 'output-unparseable', message, line: problem.line, column: problem.column }, outcome.findings);
  }
  return {
    path: relPath,
    findings: outcome.findings,
    status: 'changed',
    language,
    original: source,
    code: outcome.code,
    edits: outcome.edits,
    originalHash: sha256(read.bytes),
  };
}

/** checkSyntax should return, not throw; a throw is treated as "does not parse" with its message. */
function safeCheckSyntax(rewriter: LanguageRewriter, code: string, relPath: string): { message: string; line?: number; column?: number } | undefined {
  try {
    return rewriter.checkSyntax(code, relPath);
  } catch (error) {
    return { message: describe(error) };
  }
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
