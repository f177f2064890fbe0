// `ssot-codemod check [paths..]`: the CI gate. Exits 1 when legacy references remain (or, with
// --baseline, when references not in the baseline appear), listing each as
// `path:line:col  legacy → canonical  (form)`, or as GitHub annotations or JSON.
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { usageError } from '../../errors';
import { gitPathPrefix } from '../../pipeline/git';
import { runFiles } from '../../pipeline/run-files';
import type { LanguageRewriter } from '../../rewrite/language';
import { createBaseline, isBaseline, newReferences, type Baseline } from '../../report/baseline';
import { githubAnnotation, plainReferenceLine } from '../../report/github-annotations';
import { createScanCollector, isReference } from '../../report/scan-report';
import { writeFileAtomic } from '../../sinks/atomic-file';
import type { TextOutput } from '../../sinks/text-output';
import type { Finding } from '../../types';
import { declareSessionFlags, declareTolerantFlag, openSession, toSessionOptions, type SessionOptions } from './session';

export interface CheckOptions extends SessionOptions {
  format: 'text' | 'github' | 'json';
  baseline?: string;
  updateBaseline: boolean;
}

export interface CheckDeps {
  stdout: TextOutput;
  stderr: TextOutput;
  rewriters: readonly LanguageRewriter[];
}

export const CHECK_FLAGS = ['format', 'baseline', 'update-baseline', 'tolerant'] as const;

export function declareCheckCommand(y: Argv): Argv {
  return declareTolerantFlag(declareSessionFlags(y))
    .option('format', { choices: ['text', 'github', 'json'] as const, default: 'text' as const, describe: 'text: path:line:col lines · github: GitHub Actions annotations · json: the references and counts.' })
    .option('baseline', { type: 'string', requiresArg: true, describe: 'Fail only on references not recorded in this baseline FILE.' })
    .option('update-baseline', { type: 'boolean', default: false, describe: 'Record the current references in the --baseline FILE (and pass).' })
    .epilogue('Exit codes: 0 no (new) legacy reference · 1 legacy references remain · 2 usage or manifest error.');
}

export function toCheckOptions(args: Record<string, unknown>, cwd: string): CheckOptions {
  const baseline = typeof args.baseline === 'string' ? path.resolve(cwd, args.baseline) : undefined;
  if (args['update-baseline'] === true && baseline === undefined) {
    throw usageError('--update-baseline needs --baseline FILE to know where to write; add --baseline ssot-baseline.json.');
  }
  return { ...toSessionOptions(args, cwd), format: (args.format as CheckOptions['format']) ?? 'text', baseline, updateBaseline: args['update-baseline'] === true, tolerant: args.tolerant === true };
}

export async function checkCommand(options: CheckOptions, deps: CheckDeps): Promise<number> {
  const session = openSession(options, deps.rewriters);
  const collector = createScanCollector({ depth: 0 });
  await runFiles({ candidates: session.candidates, process: session.processor, plan: session.plan, sinks: [collector] });
  const references = collector.findings().filter(isReference);

  if (options.updateBaseline) {
    const baseline = createBaseline(references);
    await writeFileAtomic(options.baseline!, JSON.stringify(baseline, null, 2) + "\n");
    deps.stderr.write(`baseline ${options.baseline} records ${references.length} legacy references.\n`);
    return 0;
  }
  const failing = options.baseline ? newReferences(references, readBaseline(options.baseline)) : references;
  report(failing, references.length, options, deps, session.root);
  return failing.length > 0 ? 1 : 0;
}

function readBaseline(file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw usageError(
      missing ? `no baseline at ${file}; record one with --baseline ${file} --update-baseline.` : `baseline ${file} is not valid JSON; re-create it with --update-baseline.`,
    );
  }
  if (!isBaseline(value)) throw usageError(`${file} is not an ssot-codemod baseline (version 1); re-create it with --update-baseline.`);
  return value;
}

function report(failing: Finding[], total: number, options: CheckOptions, deps: CheckDeps, root: string): void {
  if (options.format === 'json') {
    // `new` is always there: without a baseline every reference is new.
    deps.stdout.write(JSON.stringify({ version: 1, references: failing, total, new: failing.length }, null, 2) + '\n');
    return;
  }
  // GitHub reads annotation paths from the repository's top, like the diffs and --patch: a root below it is prefixed.
  const prefix = options.format === 'github' ? gitPathPrefix(root) : '';
  for (const f of failing) deps.stdout.write((options.format === 'github' ? githubAnnotation({ ...f, path: prefix + f.path }) : plainReferenceLine(f)) + '\n');
  const what = options.baseline ? `${failing.length} new legacy ${failing.length === 1 ? 'reference' : 'references'} (${total} in all, baseline ${options.baseline})` : `${failing.length} legacy ${failing.length === 1 ? 'reference remains' : 'references remain'}`;
  deps.stderr.write(failing.length > 0 ? `check failed: ${what}; run ssot-codemod run --apply on them, or update the baseline.\n` : `check passed: ${options.baseline ? `no new legacy reference (${total} baselined)` : 'no legacy reference'}.\n`);
}
