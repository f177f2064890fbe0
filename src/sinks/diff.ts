// The dry-run printer: a git-style unified diff per changed file, streamed as results arrive.
// Used by the run command for text output (colored only on a TTY without --no-color).
import type { FileResult, Sink } from '../types';
import { formatGitDiff } from './git-diff';
import { parseErrorWhere } from './syntax-error-lines';
import { writeText, type TextOutput } from './text-output';

export interface DiffSinkOptions {
  out: TextOutput;
  color: boolean;
  /** Prepended to every path (the root's place in its git work tree, e.g. `examples/`), as in --patch;
   * asked at the first changed file, so a run that changes nothing never asks git. */
  pathPrefix?: () => string;
}

export function createDiffSink(options: DiffSinkOptions): Sink {
  return {
    async onResult(result: FileResult) {
      if (result.status !== 'changed') return;
      // A line git apply skips as text between patches: the reviewer learns the file was broken before.
      const marker = result.tolerant ? `# changed (tolerant): ${parseErrorWhere(result.path, result.tolerant)} (the input does not parse; only provable lines were rewritten)\n` : '';
      await writeText(options.out, marker + formatGitDiff((options.pathPrefix?.() ?? '') + result.path, result.original, result.code, { color: options.color }));
    },
    onEnd() {},
  };
}
