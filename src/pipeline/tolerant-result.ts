// The FileResult of a tolerant rewrite (RewriteOutcome.tolerant set: the input does not parse).
// Nothing rewritten: still `failed: parse`, now with the findings. Otherwise the output is re-parsed
// and must fail exactly where the input did (tolerant-check.ts) to be `changed (tolerant)`; any
// other verdict is `failed: output-unparseable` and nothing is written. Used by process-file.ts.
import { parseErrorAt } from '../rewrite/parse-error-at';
import type { FileResult, Language, ParseErrorAt, RewriteOutcome } from '../types';
import { expectedVerdict, failsWhereInputDid, type ParseVerdict } from './tolerant-check';

export interface TolerantResultInput {
  path: string;
  language: Language;
  source: string;
  outcome: RewriteOutcome & { tolerant: ParseErrorAt };
  /** The rewriter's re-parse of a text (undefined: it parses). */
  checkSyntax(code: string): { message: string; line?: number; column?: number } | undefined;
}

export function tolerantResult(input: TolerantResultInput): FileResult {
  const { path, language, source, outcome } = input;
  const error = outcome.tolerant;
  const failure = { path, findings: outcome.findings, status: 'failed' as const, language };
  if (outcome.code === source) {
    return { ...failure, error: { code: 'parse', message: `${path}:${error.line}:${error.column ?? 1}: ${error.message}`, line: error.line, column: error.column } };
  }
  const problem = input.checkSyntax(outcome.code);
  const output: ParseVerdict = problem ? { ...parseErrorAt(problem, path), ok: false } : { ok: true };
  const before: ParseVerdict = { ...error, ok: false };
  if (!failsWhereInputDid(source, outcome.edits, before, output)) {
    const expected = expectedVerdict(source, outcome.edits, before);
    const got = output.ok ? 'parses' : `fails with "${output.message}" at line ${output.line}`;
    const message = `in tolerant mode the rewritten file must fail where the input did ("${error.message}" at output line ${expected.line}), but it ${got}; it was left untouched`;
    return { ...failure, error: { code: 'output-unparseable', message, ...(output.line ? { line: output.line } : {}) } };
  }
  return { path, findings: outcome.findings, status: 'changed', language, original: source, code: outcome.code, edits: outcome.edits, tolerant: error };
}
