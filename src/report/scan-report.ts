// Aggregates per-file findings into the numbers `scan` reports (by move, form, language and
// directory) and the reference list `check` gates on. A Sink, so it streams: it keeps findings, never sources.
import path from 'node:path';
import type { FileResult, Finding, Language, ReferenceForm, RunSummary, Sink } from '../types';

/** A legacy reference that still exists: what `check` fails on. */
export const isReference = (f: Finding) => f.kind === 'rewritten' || f.kind === 'manual';

export interface CountRow {
  references: number;
  /** References `run` would rewrite automatically. */
  automatic: number;
  manual: number;
}

export interface ScanReport {
  version: 1;
  /**
   * Files counted with run's words: every file visited (`scanned`), those skipped (for any reason,
   * `skippedBy` reason, as run's summary counts them) and failed; of the rest, those with references.
   */
  files: { scanned: number; withReferences: number; failed: number; skipped: number; skippedBy: Record<string, number> };
  totals: CountRow & { mentions: number; ignored: number };
  byMove: (CountRow & { move: string })[];
  byForm: (CountRow & { form: ReferenceForm })[];
  byLanguage: (CountRow & { language: Language })[];
  /** Directories rolled up to `depth` path segments ('.' for files at the top). */
  byDirectory: (CountRow & { directory: string })[];
  manual: Finding[];
  mentions: number;
  /** Comment and docstring mentions, and opted-out references, each located like `manual`. */
  mentioned: Finding[];
  ignored: Finding[];
  failed: { path: string; message: string; line?: number; column?: number }[];
  /** Files skipped unread (not UTF-8, generated) although they name a legacy module: their references are not counted. */
  unread: { path: string; reason: string; detail: string }[];
  /** Import cycles among the manifest's modules, each a chain of files ending where it started. */
  cycles: string[][];
}

export interface ScanCollector extends Sink {
  report(cycles?: string[][]): ScanReport;
  /** Every finding seen, in path order (for check and baselines). */
  findings(): Finding[];
}

function emptyRow(): CountRow {
  return { references: 0, automatic: 0, manual: 0 };
}

function count(row: CountRow, finding: Finding): void {
  row.references++;
  if (finding.kind === 'manual') row.manual++;
  else row.automatic++;
}

export function directoryAt(file: string, depth: number): string {
  const dir = path.posix.dirname(file);
  if (dir === '.' || depth <= 0) return '.';
  return dir.split('/').slice(0, depth).join('/');
}

const languageOf = (file: string): Language => (/\.pyi?$/.test(file) ? 'python' : 'javascript');

export function createScanCollector(options: { depth: number }): ScanCollector {
  const all: Finding[] = [];
  const failed: ScanReport['failed'] = [];
  const unread: ScanReport['unread'] = [];
  const files = { scanned: 0, withReferences: 0, failed: 0, skipped: 0, skippedBy: {} as Record<string, number> };
  return {
    onResult(result: FileResult) {
      files.scanned++;
      if (result.status === 'failed') {
        files.failed++;
        failed.push({ path: result.path, message: result.error.message, line: result.error.line, column: result.error.column });
      }
      if (result.status === 'skipped') {
        files.skipped++;
        files.skippedBy[result.reason] = (files.skippedBy[result.reason] ?? 0) + 1;
        if (result.namesLegacy) unread.push({ path: result.path, reason: result.reason, detail: result.detail ?? result.reason });
      }
      if (result.findings.some(isReference)) files.withReferences++;
      all.push(...result.findings);
    },
    onEnd(_summary: RunSummary) {},
    findings: () => all,
    report(cycles: string[][] = []) {
      const totals = { ...emptyRow(), mentions: 0, ignored: 0 };
      const byMove = new Map<string, CountRow>();
      const byForm = new Map<ReferenceForm, CountRow>();
      const byLanguage = new Map<Language, CountRow>();
      const byDirectory = new Map<string, CountRow>();
      const row = <K>(map: Map<K, CountRow>, key: K) => map.get(key) ?? map.set(key, emptyRow()).get(key)!;
      for (const finding of all) {
        if (finding.kind === 'mention') totals.mentions++;
        if (finding.kind === 'ignored') totals.ignored++;
        if (!isReference(finding)) continue;
        count(totals, finding);
        count(row(byMove, finding.move), finding);
        count(row(byForm, finding.form), finding);
        count(row(byLanguage, languageOf(finding.path)), finding);
        count(row(byDirectory, directoryAt(finding.path, options.depth)), finding);
      }
      const rows = <K extends string, N extends string>(map: Map<K, CountRow>, name: N) =>
        [...map.entries()]
          .sort((a, b) => b[1].references - a[1].references || a[0].localeCompare(b[0]))
          .map(([key, value]) => ({ [name]: key, ...value }) as CountRow & Record<N, K>);
      return {
        version: 1,
        files,
        totals,
        byMove: rows(byMove, 'move'),
        byForm: rows(byForm, 'form'),
        byLanguage: rows(byLanguage, 'language'),
        byDirectory: rows(byDirectory, 'directory'),
        manual: all.filter((f) => f.kind === 'manual'),
        mentions: totals.mentions,
        mentioned: all.filter((f) => f.kind === 'mention'),
        ignored: all.filter((f) => f.kind === 'ignored'),
        failed,
        unread,
        cycles,
      };
    },
  };
}
