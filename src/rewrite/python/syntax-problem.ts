// The tokenizer's internal error: a message and an offset. The reader's entry point turns it into
// a SourceSyntaxError with a 1-based line/column (offsets are cheap to carry; lines are computed once).

export class PythonSyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'PythonSyntaxProblem';
  }
}
