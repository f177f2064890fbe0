// A tsconfig the plan lists (JavascriptPlan.tsconfigLists: its `files`/`include`/`exclude` name a
// moved file) is a file of the run: its entries are re-pointed in place, byte for byte elsewhere
// (rewrite/js/tsconfig-lists.ts), so `run` shows and writes the change and `scan`/`check` count it.
// Used by process-file's triage, which has read and guarded the bytes.
import type { FileResult, TsconfigListEntry } from '../types';

export function tsconfigListsResult(relPath: string, entries: readonly TsconfigListEntry[], bytes: Buffer | FileResult, excluded: boolean): FileResult {
  if (!Buffer.isBuffer(bytes)) return bytes;
  const source = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Required here: a run whose plan lists no tsconfig (every Python-only run) loads no JS rewriter module.
  const { rewriteTsconfigLists } = require('../rewrite/js/tsconfig-lists') as typeof import('../rewrite/js/tsconfig-lists');
  const outcome = rewriteTsconfigLists(source, relPath, entries);
  // Excluded files are never written; their references still count, as `ignored`.
  if (excluded) return { path: relPath, findings: outcome.findings.map((f) => ({ ...f, kind: 'ignored' })), status: 'skipped', reason: 'excluded' };
  if (outcome.code === source) return { path: relPath, findings: outcome.findings, status: 'unchanged', language: 'javascript' };
  return { path: relPath, findings: outcome.findings, status: 'changed', language: 'javascript', original: source, code: outcome.code, edits: outcome.edits };
}
