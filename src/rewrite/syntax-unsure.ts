// What checkSyntax returns when a rewriter's own parser cannot decide whether text parses (the
// Python reader's `unsure`): not an error, a question for the real compiler. process-file.ts turns
// it into a SyntaxDoubt that runFiles resolves with python3.
import type { SyntaxDoubtDetail } from '../types';

export class SyntaxUnsure implements SyntaxDoubtDetail {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {}
}
