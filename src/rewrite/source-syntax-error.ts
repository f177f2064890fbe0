// The one exception a pure rewriter may throw on purpose: its input (or a re-parse of its
// output) is not valid source. The pipeline turns it into `failed: parse`; anything else thrown is a bug.

export class SourceSyntaxError extends Error {
  /** 1-based position of the problem, when the parser knows it. */
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, position?: { line?: number; column?: number }) {
    super(message);
    this.name = 'SourceSyntaxError';
    this.line = position?.line;
    this.column = position?.column;
  }
}
