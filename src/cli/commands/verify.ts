// `ssot-codemod verify [paths..]`: checks the manifest against the code and the outside world (both
// ends of every move exist, in the repository or installed; the canonical module provides every moved
// name; whole-module moves have no API gap; the names consumers import are served: consumer-check.ts).
// Exits 1 on errors, 0 when clean (warnings included), 2 on usage or manifest errors.
// The lighter gate `run` passes (no consumer census) is manifest-gate.ts.
import type { Argv } from 'yargs';
import { usageError } from '../../errors';
import type { TextOutput } from '../../sinks/text-output';
import { checkManifest } from '../../verify/check-manifest';
import { checkConsumerImports } from '../../verify/consumer-check';
import { collectConsumerImports } from '../../verify/consumer-imports';
import { errorsOf, warningsOf } from '../../verify/verify-plan';
import { issueLines } from './issue-lines';
import { declarePythonFlag, interpreterFor } from './manifest-gate';
import { declareSessionFlags, openPlan, toSessionOptions, type SessionOptions } from './session';

export interface VerifyOptions extends SessionOptions {
  format: 'text' | 'json';
  /** --python PATH: the interpreter asked about Python modules outside the repository. */
  python?: string;
  /** --import: import those modules to check the moved names (runs their code). */
  importNames: boolean;
}

export const VERIFY_FLAGS = ['format', 'python', 'import'] as const;

export function declareVerifyCommand(y: Argv): Argv {
  return declarePythonFlag(declareSessionFlags(y))
    .option('format', { choices: ['text', 'json'] as const, requiresArg: true, default: 'text' as const, describe: 'text: one finding per line · json: { version, moves, errors, warnings }.' })
    .option('import', { type: 'boolean', default: false, describe: 'Also import the Python modules outside the repository to check the names moved onto them (this runs their code).' })
    .epilogue('Paths narrow the files read for what consumers import (default: the whole root).\nExit codes: 0 no errors (warnings allowed) · 1 errors found · 2 usage or manifest error.');
}

export function toVerifyOptions(args: Record<string, unknown>, cwd: string): VerifyOptions {
  return { ...toSessionOptions(args, cwd), format: args.format === 'json' ? 'json' : 'text', python: typeof args.python === 'string' ? args.python : undefined, importNames: args.import === true };
}

export async function verifyCommand(options: VerifyOptions, deps: { stdout: TextOutput; stderr: TextOutput; python?: string }): Promise<number> {
  const { root, plan } = openPlan(options);
  if (options.importNames && !plan.python) throw usageError('--import checks Python modules, and the manifest has no python section; drop --import.');
  const { report, reader } = checkManifest(plan, root, { interpreter: interpreterFor(options, plan, root, deps.python), importNames: options.importNames, maxFileSize: options.maxFileSize });
  // The names consumers really import (the files under the paths are read for this; run's gate skips it).
  const moves = [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])];
  const census = collectConsumerImports(plan, root, { paths: options.paths, cwd: options.cwd, include: options.include, exclude: options.exclude, maxFileSize: options.maxFileSize });
  const consumers = checkConsumerImports(moves, census, reader);
  const issues = [...report.issues, ...consumers.errors, ...consumers.warnings];
  const errors = errorsOf(issues);
  const warnings = warningsOf(issues);
  if (options.format === 'json') {
    deps.stdout.write(JSON.stringify({ version: 1, moves: report.moves, errors, warnings }, null, 2) + '\n');
  } else {
    for (const line of issueLines([...errors, ...warnings])) deps.stdout.write(line + '\n');
    deps.stderr.write(verdict(report.moves, errors.length, warnings.length) + '\n');
  }
  return errors.length > 0 ? 1 : 0;
}

export function verdict(moves: number, errors: number, warnings: number): string {
  const checked = `${moves} ${moves === 1 ? 'move' : 'moves'}`;
  const warned = warnings === 0 ? '' : ` ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (see above; warnings never block --apply).`;
  return errors === 0
    ? `verify passed: ${checked} ${moves === 1 ? 'matches' : 'match'} the code.${warned}`
    : `verify failed: ${errors} ${errors === 1 ? 'error' : 'errors'} in ${checked}; each names its fix (see above).${warned}`;
}
