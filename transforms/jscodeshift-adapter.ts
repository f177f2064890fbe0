// Wraps a pure LanguageRewriter in jscodeshift's transform signature (file, api, options),
// so the same code runs under `jscodeshift -t transforms/<name>.ts` and in our own pipeline.
// Options: `plan` (a compiled MigrationPlan, from our pipeline and tests) or `manifest`
// (a path, from the stock runner's `--manifest=…`), `root` (repo root; default: the manifest's
// directory, else the working directory), `onOutcome` (receives findings, for tests and tooling).
import path from 'node:path';
import { loadManifest } from '../src/manifest/load';
import type { LanguageRewriter } from '../src/rewrite/language';
import { unexplainedChange } from '../src/rewrite/unexplained-change';
import type { MigrationPlan, RewriteOutcome } from '../src/types';

export interface FileInfo {
  path: string;
  source: string;
}

export interface TransformApi {
  report?: (message: string) => void;
}

export interface TransformOptions {
  plan?: MigrationPlan;
  manifest?: string;
  root?: string;
  rewriteComments?: boolean;
  /** Python: rewrite the provable lines of files that do not parse (`--tolerant=true` under the stock runner). */
  tolerant?: boolean;
  onOutcome?: (outcome: RewriteOutcome) => void;
  [key: string]: unknown;
}

export type Transform = (file: FileInfo, api: TransformApi, options: TransformOptions) => string | null | undefined;

export function createTransform(rewriter: LanguageRewriter): Transform {
  // Per transform instance, so the stock runner (one module per worker) loads each manifest once.
  const plans = new Map<string, MigrationPlan>();
  return (file, api, options) => {
    const root = path.resolve(options.root ?? (options.manifest ? path.dirname(path.resolve(options.manifest)) : '.'));
    let plan = options.plan;
    if (!plan) {
      if (!options.manifest) throw new Error('pass --manifest=FILE (the ssot-codemod manifest) to this transform');
      const key = `${path.resolve(options.manifest)}\0${root}`;
      plan = plans.get(key) ?? loadManifest(options.manifest, root).plan;
      plans.set(key, plan);
    }
    const relative = path.isAbsolute(file.path) || options.root || options.manifest ? path.relative(root, path.resolve(file.path)) : file.path;
    const outcome = rewriter.rewrite({
      source: file.source,
      path: relative.split(path.sep).join('/'),
      plan,
      options: { rewriteComments: options.rewriteComments === true, tolerant: options.tolerant === true },
    });
    options.onOutcome?.(outcome);
    for (const finding of outcome.findings) {
      if (finding.kind === 'manual') api.report?.(`${finding.path}:${finding.line}:${finding.column} ${finding.move}: ${finding.reason ?? 'manual change needed'}`);
    }
    // A transform cannot ask python3 as the ssot-codemod pipeline does, so an undecided file stays as it is.
    const doubt = outcome.syntaxUnsure;
    if (doubt) {
      api.report?.(`${file.path}:${doubt.line}:${doubt.column}: left unchanged: the built-in Python reader could not decide whether this file parses (${doubt.reason}); run ssot-codemod, which asks python3`);
      return undefined;
    }
    if (outcome.edits.length === 0) return undefined;
    const unexplained = unexplainedChange(outcome);
    if (unexplained) throw new Error(`${file.path}: ${unexplained}`);
    // The stock runner decodes every file as UTF-8 and writes the result back as UTF-8: a byte that
    // is not UTF-8 (a Latin-1 `é`) arrives as U+FFFD and would be written as EF BF BD, changing the
    // file outside the edits. Such a file is refused (jscodeshift counts it as an error), never corrupted.
    if (file.source.includes('\uFFFD')) {
      throw new Error(
        `${file.path}: left unchanged: its text holds U+FFFD, the mark of bytes that are not UTF-8, and jscodeshift would write them back altered; run ssot-codemod run on it, which reads and writes files byte for byte`,
      );
    }
    return outcome.code;
  };
}
