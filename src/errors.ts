// The closed family of run-level errors (per-file problems are FileResult values instead).
// Each carries its exit code and a one-sentence hint; only cli/main.ts prints them.

export type RunErrorKind = 'usage' | 'manifest' | 'safety' | 'io';

export class RunError extends Error {
  readonly kind: RunErrorKind;
  /** 2 for every run-level error: usage, manifest or safety refusal. */
  readonly exitCode = 2;
  readonly hint?: string;

  constructor(kind: RunErrorKind, message: string, hint?: string) {
    super(message);
    this.name = 'RunError';
    this.kind = kind;
    this.hint = hint;
  }
}

export const usageError = (message: string, hint?: string) => new RunError('usage', message, hint);
export const manifestError = (message: string, hint?: string) => new RunError('manifest', message, hint);
export const safetyError = (message: string, hint?: string) => new RunError('safety', message, hint);
