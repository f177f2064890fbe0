// The manifest check `run` passes first (verify without the consumer census), and what it shares
// with the verify command: the --python flag, the interpreter choice and how a finding is printed.
// Kept apart from verify.ts so that run does not load the census (the Python reader, the whole-repo walk).
import type { Argv } from 'yargs';
import type { TextOutput } from '../../sinks/text-output';
import type { MigrationPlan } from '../../types';
import { checkManifest } from '../../verify/check-manifest';
import { chooseInterpreter, type InterpreterChoice } from '../../verify/python-external';
import { errorsOf, warningsOf, type VerifyIssue } from '../../verify/verify-plan';
import { issueLines } from './issue-lines';

/** --python, shared with run. */
export function declarePythonFlag(y: Argv): Argv {
  return y.option('python', {
    type: 'string',
    requiresArg: true,
    describe: "The project's Python, asked whether canonical modules outside the repository (stdlib, installed packages) exist (default: python.interpreter in the manifest, else python3 on PATH).",
  });
}

/** The interpreter a command asks: --python, else the manifest's python.interpreter, else python3 (or the test's override). */
export function interpreterFor(options: { python?: string; cwd: string }, plan: MigrationPlan, root: string, fallback?: string): InterpreterChoice {
  return chooseInterpreter({ flag: options.python, manifest: plan.python?.interpreter, cwd: options.cwd, root, fallback });
}

export interface GateOptions {
  interpreter: InterpreterChoice;
  maxFileSize: number;
  /** --quiet: print errors only. */
  quiet: boolean;
}

/**
 * The gate `run` passes through: prints each finding with its severity (warnings not with --quiet)
 * and returns the errors; with --apply the caller refuses to write when there are any.
 */
export function verifyBeforeRun(plan: MigrationPlan, root: string, out: TextOutput, options: GateOptions): VerifyIssue[] {
  const { report } = checkManifest(plan, root, { interpreter: options.interpreter, importNames: false, maxFileSize: options.maxFileSize });
  const errors = errorsOf(report.issues);
  for (const line of issueLines([...errors, ...(options.quiet ? [] : warningsOf(report.issues))])) out.write(line + '\n');
  return errors;
}
