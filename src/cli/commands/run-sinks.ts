// The outputs of `ssot-codemod run`: diffs or the JSON report on stdout, the patch file, and the
// summary (on stderr in JSON mode), and whether the run covered the whole root (the summary then
// calls a move that matched nothing a likely typo). Used by commands/run.ts.
import path from 'node:path';
import { gitPathPrefix } from '../../pipeline/git';
import { createDiffSink } from '../../sinks/diff';
import { createJsonSink } from '../../sinks/json';
import { createPatchSink } from '../../sinks/patch';
import { createSummarySink } from '../../sinks/summary';
import type { MigrationPlan, Sink } from '../../types';
import type { RunDeps, RunOptions } from './run';

export function createSinks(options: RunOptions, deps: RunDeps, root: string, plan: MigrationPlan): Sink[] {
  const color = options.color && deps.isTTY;
  const sinks: Sink[] = [];
  let prefix: string | undefined;
  const pathPrefix = () => (prefix ??= gitPathPrefix(root));
  if (options.format === 'json') {
    sinks.push(createJsonSink({ out: deps.stdout, root }));
  } else if (options.mode === 'dry-run' && !options.quiet) {
    sinks.push(createDiffSink({ out: deps.stdout, color, pathPrefix }));
  }
  if (options.patchFile) sinks.push(createPatchSink(options.patchFile, pathPrefix));
  // In JSON mode stdout carries only the report, so the human summary goes to stderr.
  const summaryOut = options.format === 'json' ? deps.stderr : deps.stdout;
  if (!(options.format === 'json' && options.quiet)) {
    const narrowed = narrowsRoot(options, root);
    sinks.push(createSummarySink({ out: summaryOut, color, plan, mode: options.mode, quiet: options.quiet, patchFile: options.patchFile, narrowed }));
  }
  return sinks;
}

/**
 * Whether the run sees only part of the root: paths (or, without paths, a cwd) below it, --include,
 * --exclude or --shard. A move can then match nothing here and still be right (its references lie
 * elsewhere), as in the README's one-directory-per-commit recipe.
 */
export function narrowsRoot(options: Pick<RunOptions, 'paths' | 'cwd' | 'include' | 'exclude' | 'shard'>, root: string): boolean {
  if (options.include.length > 0 || options.exclude.length > 0 || options.shard !== undefined) return true;
  const targets = options.paths.length > 0 ? options.paths.map((p) => path.resolve(options.cwd, p)) : [path.resolve(options.cwd)];
  return !targets.some((target) => {
    const relative = path.relative(root, target);
    // The root itself, or (only possible for the default cwd) a folder outside it: the whole root is run.
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative);
  });
}
