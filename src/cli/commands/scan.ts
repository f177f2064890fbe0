// `ssot-codemod scan [paths..]`: measures what is left of the migration — legacy references by
// move, form, language and directory, automatic vs manual, mentions, and import cycles among the
// manifest's modules — as a text table, JSON, Markdown or a self-contained HTML page. Writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { usageError } from '../../errors';
import { runFiles } from '../../pipeline/run-files';
import type { LanguageRewriter } from '../../rewrite/language';
import { formatScanMarkdown, formatScanText } from '../../report/format-scan';
import { formatScanHtml } from '../../report/format-scan-html';
import { findModuleCycles } from '../../report/module-cycles';
import { createScanCollector } from '../../report/scan-report';
import type { TextOutput } from '../../sinks/text-output';
import { createProgress } from '../progress';
import { declareSessionFlags, declareTolerantFlag, openSession, toSessionOptions, type SessionOptions } from './session';

export type ScanFormat = 'text' | 'json' | 'markdown' | 'html';

export interface ScanOptions extends SessionOptions {
  format: ScanFormat;
  /** Directory depth the by-directory table rolls up to. */
  depth: number;
  /** Write the report to this file instead of stdout. */
  output?: string;
}

export interface ScanDeps {
  stdout: TextOutput;
  /** The progress bar goes here, only when it is a terminal and the run is long. */
  stderr?: TextOutput;
  stderrIsTTY?: boolean;
  rewriters: readonly LanguageRewriter[];
}

/** Short runs finish before a bar would be read; it appears from this many files on. */
const PROGRESS_MIN_FILES = 300;

export const SCAN_FLAGS = ['format', 'depth', 'output', 'tolerant'] as const;

export function declareScanCommand(y: Argv): Argv {
  return declareTolerantFlag(declareSessionFlags(y))
    .option('format', { choices: ['text', 'json', 'markdown', 'html'] as const, requiresArg: true, default: 'text' as const, describe: 'Report format: a terminal table, JSON (stable schema), a Markdown table, or one self-contained HTML page.' })
    .option('depth', { type: 'number', default: 2, requiresArg: true, describe: 'Directory depth the by-directory counts roll up to.' })
    .option('output', { type: 'string', requiresArg: true, describe: 'Write the report to FILE instead of stdout.' })
    .epilogue('Exit codes: 0 report written · 2 usage or manifest error.');
}

export function toScanOptions(args: Record<string, unknown>, cwd: string): ScanOptions {
  const depth = Number(args.depth ?? 2);
  if (!Number.isInteger(depth) || depth < 0) throw usageError(`--depth ${String(args.depth)} is not a whole number ≥ 0; pass e.g. --depth 2.`);
  const output = typeof args.output === 'string' ? path.resolve(cwd, args.output) : undefined;
  return { ...toSessionOptions(args, cwd), format: (args.format as ScanFormat) ?? 'text', depth, output, tolerant: args.tolerant === true };
}

export async function scanCommand(options: ScanOptions, deps: ScanDeps): Promise<number> {
  const session = openSession(options, deps.rewriters);
  const collector = createScanCollector({ depth: options.depth });
  const progress = createProgress({
    out: deps.stderr ?? deps.stdout,
    enabled: deps.stderr !== undefined && deps.stderrIsTTY === true && session.candidates.length >= PROGRESS_MIN_FILES,
    total: session.candidates.length,
  });
  try {
    await runFiles({ candidates: session.candidates, process: session.processor, plan: session.plan, sinks: [collector], onProgress: (done) => progress.update(done) });
  } finally {
    progress.finish();
  }
  const cycles = await findModuleCycles(session.plan, session.root, session.rewriters);
  const report = collector.report(cycles);
  const text =
    options.format === 'json'
      ? JSON.stringify(report, null, 2) + '\n'
      : options.format === 'markdown'
        ? formatScanMarkdown(report)
        : options.format === 'html'
          ? formatScanHtml(report, `ssot-codemod scan of ${path.basename(session.root)}`)
          : formatScanText(report);
  if (options.output) fs.writeFileSync(options.output, text);
  else deps.stdout.write(text);
  return 0;
}
