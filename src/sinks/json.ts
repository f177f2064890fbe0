// --format json: one JSON document on stdout, streamed one file entry at a time so a large run
// never holds every file in memory. The shape is versioned (REPORT_VERSION) for scripts and CI.
// Used by the run command; schema: { version, root, files: [JsonFileEntry], summary: RunSummary }.
import { createLineIndex } from '../rewrite/line-index';
import type { Edit, FileError, FileResult, Finding, Language, ParseErrorAt, RunSummary, Sink, SkipReason } from '../types';
import { createChunkedWriter, type TextOutput } from './text-output';

export const REPORT_VERSION = 1;

/** One edit as a reviewer sees it: 1-based lines of the original text, and the text before and after. */
export interface JsonEdit {
  line: number;
  endLine: number;
  before: string;
  after: string;
}

export interface JsonFileEntry {
  path: string;
  status: FileResult['status'];
  reason?: SkipReason;
  detail?: string;
  /** skipped only: the file was not read (not UTF-8, generated), yet it names a legacy module. */
  namesLegacy?: true;
  language?: Language;
  /** changed only: the input did not parse and was rewritten in tolerant mode; its parse error. */
  tolerant?: ParseErrorAt;
  edits: JsonEdit[];
  findings: Finding[];
  error?: FileError;
}

export function toJsonEntry(result: FileResult): JsonFileEntry {
  // Built field by field in the documented order, so the report reads the same for every status.
  const base = { path: result.path, status: result.status };
  switch (result.status) {
    case 'changed':
      return {
        ...base,
        language: result.language,
        ...(result.tolerant ? { tolerant: result.tolerant } : {}),
        edits: jsonEdits(result.original, result.edits),
        findings: result.findings,
      };
    case 'unchanged':
      return { ...base, language: result.language, edits: [], findings: result.findings };
    case 'skipped':
      return {
        ...base,
        reason: result.reason,
        ...(result.detail === undefined ? {} : { detail: result.detail }),
        ...(result.namesLegacy ? { namesLegacy: true } : {}),
        edits: [],
        findings: result.findings,
      };
    case 'failed':
      return { ...base, ...(result.language ? { language: result.language } : {}), edits: [], findings: result.findings, error: result.error };
  }
}

/**
 * The entry as JSON text. Most entries of a run are files with nothing to say (no-legacy-name, unchanged),
 * so those are spelled directly, byte-identical to JSON.stringify(toJsonEntry(result)) (tested).
 */
export function entryJson(result: FileResult): string {
  if (result.findings.length === 0) {
    if (result.status === 'skipped' && result.detail === undefined) {
      return `{"path":${JSON.stringify(result.path)},"status":"skipped","reason":"${result.reason}","edits":[],"findings":[]}`;
    }
    if (result.status === 'unchanged') {
      return `{"path":${JSON.stringify(result.path)},"status":"unchanged","language":"${result.language}","edits":[],"findings":[]}`;
    }
  }
  return JSON.stringify(toJsonEntry(result));
}

function jsonEdits(original: string, edits: readonly Edit[]): JsonEdit[] {
  const lines = createLineIndex(original);
  return [...edits]
    .sort((x, y) => x.start - y.start)
    .map((e) => ({ line: lines.position(e.start).line, endLine: lines.position(e.end).line, before: original.slice(e.start, e.end), after: e.text }));
}

export function createJsonSink(options: { out: TextOutput; root: string }): Sink {
  let count = 0;
  const writer = createChunkedWriter(options.out);
  const header = () => `{"version":${REPORT_VERSION},"root":${JSON.stringify(options.root)},"files":[`;
  return {
    async onResult(result: FileResult) {
      const separator = count === 0 ? header() + '\n' : ',\n';
      count++;
      await writer.write(separator + entryJson(result));
    },
    async onEnd(summary: RunSummary) {
      await writer.write(`${count === 0 ? header() : '\n'}],"summary":${JSON.stringify(summary)}}\n`);
      await writer.flush();
    },
  };
}
