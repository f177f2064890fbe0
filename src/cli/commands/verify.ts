// `ssot-codemod verify`: checks the manifest against the code (both ends of every move exist, the
// canonical module provides every moved name, whole-module moves have no API gap, and the names
// consumers import are served: consumer-check.ts). Exits 1 on errors, 0 when clean (warnings
// included), 2 on usage or manifest errors. verifyBeforeRun is the lighter gate `run --apply` passes.
import type { Argv } from 'yargs';
import type { TextOutput } from '../../sinks/text-output';
import type { MigrationPlan } from '../../types';
import { checkConsumerImports } from '../../verify/consumer-check';
import { collectConsumerImports } from '../../verify/consumer-imports';
import { createModuleApiReader } from '../../verify/module-api';
import { verifyPlan, type VerifyIssue, type VerifyReport } from '../../verify/verify-plan';
import { declarePlanFlags, openPlan, toSessionOptions, type SessionOptions } from './session';

export interface VerifyOptions extends Pick<SessionOptions, 'cwd' | 'root' | 'manifest' | 'preset'> {
  format: 'text' | 'json';
}

export const VERIFY_FLAGS = ['format'] as const;

export function declareVerifyCommand(y: Argv): Argv {
  return declarePlanFlags(y)
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'text: one error per line · json: { version, moves, errors }.' })
    .epilogue('Exit codes: 0 the manifest matches the code · 1 errors found · 2 usage or manifest error.');
}

export function toVerifyOptions(args: Record<string, unknown>, cwd: string): VerifyOptions {
  return { ...toSessionOptions(args, cwd), format: args.format === 'json' ? 'json' : 'text' };
}

export async function verifyCommand(options: VerifyOptions, deps: { stdout: TextOutput; stderr: TextOutput }): Promise<number> {
  const { root, plan } = openPlan(options);
  const reader = createModuleApiReader(plan, root);
  const manifestReport = verifyPlan(plan, root, reader);
  // The names consumers really import (the whole repository is read for this; run's gate skips it).
  const moves = [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])];
  const consumers = checkConsumerImports(moves, collectConsumerImports(plan, root), reader);
  const report: VerifyReport = { ...manifestReport, issues: [...manifestReport.issues, ...consumers.errors] };
  if (options.format === 'json') {
    deps.stdout.write(JSON.stringify({ version: 1, moves: report.moves, errors: report.issues, warnings: consumers.warnings }, null, 2) + '\n');
  } else {
    for (const issue of report.issues) deps.stdout.write(formatIssue(issue, 'error') + '\n');
    for (const warning of consumers.warnings) deps.stdout.write(formatIssue(warning, 'warning') + '\n');
    deps.stderr.write(verdict(report, consumers.warnings.length) + '\n');
  }
  return report.issues.length > 0 ? 1 : 0;
}

export function formatIssue(issue: VerifyIssue, level: 'error' | 'warning'): string {
  return `${level}: ${issue.code}: ${issue.message}`;
}

export function verdict(report: VerifyReport, warnings = 0): string {
  const n = report.issues.length;
  const warned = warnings === 0 ? '' : ` ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}: imports that already fail (see above).`;
  return n === 0
    ? `verify passed: ${report.moves} moves match the code.${warned}`
    : `verify failed: ${n} ${n === 1 ? 'error' : 'errors'} in ${report.moves} moves; fix the manifest or the code (see above).${warned}`;
}

/**
 * The gate `run` passes through: with --apply, errors refuse the run (the caller throws a safety
 * error); a dry run prints them as warnings above the diffs (to stderr in JSON mode).
 */
export function verifyBeforeRun(plan: MigrationPlan, root: string, out: TextOutput): VerifyReport {
  const report = verifyPlan(plan, root);
  for (const issue of report.issues) out.write(formatIssue(issue, 'warning') + '\n');
  return report;
}
