// `ssot-codemod check [paths..]`: the CI gate. Exits 1 when legacy references remain (or, with
// --baseline, when references not in the baseline appear, or recorded ones are gone and the
// baseline was not tightened), listing each place as `path:line:col  legacy → canonical  (form)`,
// or as GitHub annotations, JSON or a SARIF log; files it could not read are named (not-read.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { usageError } from '../../errors';
import { coversWholeRoot } from '../../pipeline/discover';
import { gitPathPrefix } from '../../pipeline/git';
import { runFiles } from '../../pipeline/run-files';
import type { LanguageRewriter } from '../../rewrite/language';
import { compareWithBaseline, isBaseline, updatedBaseline, type Baseline, type BaselineEntry } from '../../report/baseline';
import { githubAnnotation, githubGoneAnnotation, githubNotReadAnnotation, githubUnusedIgnoreAnnotation, plainGoneLine, plainReferenceLine } from '../../report/github-annotations';
import { notReadNote, notReadOf, type NotRead } from '../../report/not-read';
import { groupByPlace } from '../../report/same-place';
import { sarifLog } from '../../report/sarif';
import { createUnusedIgnoreCollector, plainUnusedIgnoreLine, type UnusedIgnore } from '../../report/unused-ignores';
import { packageVersion } from '../version';
import { createScanCollector, isReference } from '../../report/scan-report';
import { writeFileAtomic } from '../../sinks/atomic-file';
import type { TextOutput } from '../../sinks/text-output';
import type { Finding } from '../../types';
import { declareSessionFlags, declareTolerantFlag, openSession, toSessionOptions, type SessionOptions } from './session';

export interface CheckOptions extends SessionOptions {
  format: 'text' | 'github' | 'json' | 'sarif';
  baseline?: string;
  updateBaseline: boolean;
  /** Pass even when baselined references are gone (the baseline is not tightened). */
  passOnStaleBaseline: boolean;
}

export interface CheckDeps {
  stdout: TextOutput;
  stderr: TextOutput;
  rewriters: readonly LanguageRewriter[];
}

export const CHECK_FLAGS = ['format', 'baseline', 'update-baseline', 'pass-on-stale-baseline', 'report-unused-ignores', 'tolerant'] as const;

export function declareCheckCommand(y: Argv): Argv {
  return declareTolerantFlag(declareSessionFlags(y))
    .option('format', {
      choices: ['text', 'github', 'json', 'sarif'] as const,
      requiresArg: true,
      default: 'text' as const,
      describe: 'text: path:line:col lines · github: GitHub Actions annotations · json: the references and counts · sarif: a SARIF 2.1.0 log (GitHub code scanning).',
    })
    .option('baseline', { type: 'string', requiresArg: true, describe: 'Fail on references not recorded in this baseline FILE, and on recorded ones that are gone (until the baseline is updated).' })
    .option('update-baseline', { type: 'boolean', default: false, describe: 'Record the current references in the --baseline FILE (and pass); a check of some paths updates only their entries.' })
    .option('pass-on-stale-baseline', {
      type: 'boolean',
      default: false,
      describe: 'Pass even when references recorded in the baseline are gone; by default the check fails until --update-baseline tightens it, so they cannot come back.',
    })
    .option('report-unused-ignores', {
      type: 'boolean',
      default: false,
      describe: 'Also fail on ssot-codemod-ignore comments that opt no legacy reference out (a stale one would hide a legacy import written on its line).',
    })
    .epilogue('Exit codes: 0 no (new) legacy reference · 1 legacy references remain, baselined ones are gone from an untightened baseline, or (--report-unused-ignores) an ignore comment opts nothing out · 2 usage or manifest error.');
}

export function toCheckOptions(args: Record<string, unknown>, cwd: string): CheckOptions {
  const baseline = typeof args.baseline === 'string' ? path.resolve(cwd, args.baseline) : undefined;
  if (args['update-baseline'] === true && baseline === undefined) {
    throw usageError('--update-baseline needs --baseline FILE to know where to write; add --baseline ssot-baseline.json.');
  }
  return {
    ...toSessionOptions(args, cwd),
    format: (args.format as CheckOptions['format']) ?? 'text',
    baseline,
    updateBaseline: args['update-baseline'] === true,
    passOnStaleBaseline: args['pass-on-stale-baseline'] === true,
    reportUnusedIgnores: args['report-unused-ignores'] === true,
    tolerant: args.tolerant === true,
  };
}

export async function checkCommand(options: CheckOptions, deps: CheckDeps): Promise<number> {
  const session = openSession(options, deps.rewriters);
  const collector = createScanCollector({ depth: 0 });
  const ignores = createUnusedIgnoreCollector();
  await runFiles({ candidates: session.candidates, process: session.processor, plan: session.plan, sinks: [collector, ignores] });
  const unusedIgnores = options.reportUnusedIgnores ? ignores.found() : undefined;
  const references = collector.findings().filter(isReference);
  const scanned = collector.report();
  // Files that may name a legacy module but could not be read: their references are unknown, not gone.
  const notRead = notReadOf(scanned);
  const unknown = new Set(notRead.map((n) => n.path));
  const judged = judgedPaths(options, session.root, session.candidates.map((c) => c.path).filter((p) => !unknown.has(p)));
  if (options.updateBaseline) {
    const previous = fs.existsSync(options.baseline!) ? readBaseline(options.baseline!) : undefined;
    await writeFileAtomic(options.baseline!, JSON.stringify(updatedBaseline(previous, references, judged), null, 2) + '\n');
    deps.stderr.write(`baseline ${options.baseline} records ${references.length} legacy references${previous && !coversWholeRoot({ ...options, root: session.root }) ? ' for the files checked (entries of other files kept)' : ''}.\n`);
    return 0;
  }
  const { fresh: failing, gone } = options.baseline ? compareWithBaseline(references, readBaseline(options.baseline), judged) : { fresh: references, gone: [] };
  report(failing, gone, references.length, options, deps, session.root, notRead, unusedIgnores);
  if (notRead.length > 0) deps.stderr.write(notReadNote(notRead, scanned.failed.length > 0 && !options.tolerant) + '\n');
  return failing.length > 0 || (gone.length > 0 && !options.passOnStaleBaseline) || (unusedIgnores?.length ?? 0) > 0 ? 1 : 0;
}

/**
 * The recorded paths this check can judge: every file whose references it read (not one that does
 * not parse or was skipped unread: its references are unknown, not gone), and, when it covered the
 * whole root, every file that no longer exists (deleted with its references). A check of some paths
 * (or from a subdirectory, or with --include/--exclude) cannot tell whether references elsewhere are gone.
 */
function judgedPaths(options: CheckOptions, root: string, visited: readonly string[]): (relPath: string) => boolean {
  const seen = new Set(visited);
  const whole = coversWholeRoot({ ...options, root });
  return (relPath) => seen.has(relPath) || (whole && !fs.existsSync(path.join(root, relPath)));
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

/** What to do about the references left: `run --apply` rewrites the automatic ones; manual ones need a person. */
function remedy(failing: readonly Finding[]): string {
  const manual = failing.filter((f) => f.kind === 'manual').length;
  const automatic = failing.length - manual;
  if (manual === 0) return 'run ssot-codemod run --apply on them';
  const them = manual === 1 ? 'it' : 'them';
  // Some stay as they are once checked (a computed import_module call): without the comment the gate could never pass.
  const byHand = `fix ${automatic === 0 && manual > 1 ? 'them' : manual === 1 ? 'the manual one' : `the ${manual} manual ones`} by hand as ${manual === 1 ? 'its line says' : 'each line says'} (run cannot rewrite ${them}; a line that must stay as it is takes a ssot-codemod-ignore comment)`;
  return automatic === 0 ? byHand : `run ssot-codemod run --apply for the ${automatic} it rewrites and ${byHand}`;
}

function report(failing: Finding[], gone: BaselineEntry[], total: number, options: CheckOptions, deps: CheckDeps, root: string, notRead: NotRead[], unusedIgnores?: UnusedIgnore[]): void {
  const goneCount = gone.reduce((n, e) => n + e.count, 0);
  if (options.format === 'sarif') {
    deps.stdout.write(JSON.stringify(sarifLog(failing, gone, notRead, { version: packageVersion(), pathPrefix: gitPathPrefix(root), unusedIgnores }), null, 2) + '\n');
    return;
  }
  if (options.format === 'json') {
    // `new` is always there: without a baseline every reference is new.
    deps.stdout.write(JSON.stringify({ version: 1, references: failing, total, new: failing.length, gone, goneCount, notRead: notRead.map((n) => n.shown), ...(unusedIgnores ? { unusedIgnores } : {}) }, null, 2) + '\n');
    return;
  }
  // GitHub reads annotation paths from the repository's top, like the diffs and --patch: a root below it is prefixed.
  const prefix = options.format === 'github' ? gitPathPrefix(root) : '';
  // One line (one annotation) per place: a use touching several moves is one thing to fix (same-place.ts).
  const places = groupByPlace(failing);
  for (const { finding: f, moves } of places) deps.stdout.write((options.format === 'github' ? githubAnnotation({ ...f, path: prefix + f.path }, moves) : plainReferenceLine(f, moves)) + '\n');
  for (const e of gone) deps.stdout.write((options.format === 'github' ? githubGoneAnnotation(e, prefix + e.path) : plainGoneLine(e)) + '\n');
  for (const u of unusedIgnores ?? []) deps.stdout.write((options.format === 'github' ? githubUnusedIgnoreAnnotation(u, prefix + u.path) : plainUnusedIgnoreLine(u)) + '\n');
  // In a pull request the files whose references are unknown show where they are, as warnings (text: the closing note).
  if (options.format === 'github') for (const n of notRead) deps.stdout.write(githubNotReadAnnotation({ ...n, path: prefix + n.path }) + '\n');
  const at = places.length < failing.length ? ` at ${places.length} ${places.length === 1 ? 'place' : 'places'}` : '';
  const what = options.baseline
    ? `${failing.length} new legacy ${failing.length === 1 ? 'reference' : 'references'}${at} (${total} in all, baseline ${options.baseline})`
    : `${failing.length} legacy ${failing.length === 1 ? 'reference remains' : 'references remain'}${at}`;
  const stale = `${goneCount} baselined ${goneCount === 1 ? 'reference is' : 'references are'} gone`;
  const shown = path.relative(options.cwd, options.baseline ?? '');
  const file = shown.startsWith('..') || path.isAbsolute(shown) ? options.baseline : shown;
  const tighten = `re-run this check with --update-baseline and commit ${file}, so ${goneCount === 1 ? 'it cannot' : 'they cannot'} come back`;
  const unused = unusedIgnores?.length ?? 0;
  const stray = `${unused} ssot-codemod-ignore ${unused === 1 ? 'comment opts' : 'comments opt'} no legacy reference out; remove ${unused === 1 ? 'it' : 'them'}`;
  if (failing.length > 0) {
    deps.stderr.write(`check failed: ${what}; ${remedy(failing)}, or update the baseline.\n`);
    if (unused > 0) deps.stderr.write(`also: ${stray}.\n`);
    if (goneCount > 0) deps.stderr.write(`also: ${stale}; ${tighten}.\n`);
  } else if (unused > 0) {
    deps.stderr.write(`check failed: no ${options.baseline ? 'new ' : ''}legacy reference, but ${stray}.\n`);
    if (goneCount > 0 && !options.passOnStaleBaseline) deps.stderr.write(`also: ${stale}; ${tighten}.\n`);
  } else if (goneCount > 0 && !options.passOnStaleBaseline) {
    deps.stderr.write(`check failed: no new legacy reference, but ${stale} and still recorded; ${tighten} (or pass --pass-on-stale-baseline).\n`);
  } else {
    // Files that may name a legacy module but were not read hold unknown references: the pass is theirs to qualify (the immer trial read "passed" as clean).
    const unread = notRead.length === 0 ? '' : ` in the files it read (${notRead.length} that may name a legacy module ${notRead.length === 1 ? 'was' : 'were'} not: below)`;
    deps.stderr.write(`check passed${unread}: ${options.baseline ? `no new legacy reference (${total} baselined${goneCount > 0 ? `; ${stale}: tighten with --update-baseline` : ''})` : 'no legacy reference'}.\n`);
  }
}
