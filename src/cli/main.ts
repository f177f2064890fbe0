// The CLI as a function: argv → exit code. Parses with yargs (strict), dispatches to a command,
// and is the only place that maps errors to exit codes and prints them (0 ok · 1 files failed ·
// 2 usage, manifest or safety error). bin/ssot-codemod.js and the CLI tests call main().
import yargs from 'yargs';
import { RunError } from '../errors';
import { closestMatch } from '../manifest/suggest';
import type { LanguageRewriter } from '../rewrite/language';
import type { TextOutput } from '../sinks/text-output';
import { CHECK_FLAGS, checkCommand, declareCheckCommand, toCheckOptions } from './commands/check';
import { declareRunCommand, RUN_FLAGS, runCommand, toRunOptions } from './commands/run';
import { declareScanCommand, SCAN_FLAGS, scanCommand, toScanOptions } from './commands/scan';
import { SESSION_FLAGS } from './commands/session';
import { declareVerifyCommand, toVerifyOptions, VERIFY_FLAGS, verifyCommand } from './commands/verify';
import { presetsCommand } from './commands/presets';
import { declarePruneCommand, PRUNE_FLAGS, pruneCommand, toPruneOptions } from './commands/prune';
import { declareShimsCommand, SHIMS_FLAGS, shimsCommand, toShimsOptions } from './commands/shims';
import { defaultRewriters } from '../rewrite/default-rewriters';

/** The world main() talks to; tests pass buffers, a temp cwd and fake rewriters. */
export interface CliIo {
  stdout: TextOutput;
  stderr: TextOutput;
  /** Directory relative paths and the default root are resolved against. */
  cwd: string;
  /** Whether stdout is a terminal (enables color unless --no-color). Default false. */
  isTTY?: boolean;
  /** Whether stderr is a terminal (enables the progress bar unless --quiet). Default false. */
  stderrIsTTY?: boolean;
  /** Language rewriters to use; default: defaultRewriters() from ./rewriters. */
  rewriters?: readonly LanguageRewriter[];
  /** The python3 executable for --verify=python; default python3 on PATH. */
  python?: string;
}

export const EXIT_OK = 0;
export const EXIT_FILES_FAILED = 1;
export const EXIT_USAGE = 2;

type Parsed =
  | { kind: 'output'; text: string }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: string; args: Record<string, unknown> };

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const parsed = parseArgv(argv);
    switch (parsed.kind) {
      case 'output':
        io.stdout.write(parsed.text.endsWith('\n') ? parsed.text : parsed.text + '\n');
        return EXIT_OK;
      case 'error':
        io.stderr.write(`ssot-codemod: ${parsed.message}\n`);
        return EXIT_USAGE;
      case 'command':
        return await dispatch(parsed.command, parsed.args, io);
    }
  } catch (error) {
    if (error instanceof RunError) {
      io.stderr.write(`ssot-codemod: ${error.kind} error: ${error.message}${error.hint ? ` ${error.hint}` : ''}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`ssot-codemod: internal error (a bug; please report it with this output):\n${detail}\n`);
    return EXIT_USAGE;
  }
}

async function dispatch(command: string, args: Record<string, unknown>, io: CliIo): Promise<number> {
  const rewriters = io.rewriters ?? defaultRewriters();
  switch (command) {
    case 'run':
      return runCommand(toRunOptions(args, io.cwd), {
        stdout: io.stdout,
        stderr: io.stderr,
        isTTY: io.isTTY ?? false,
        stderrIsTTY: io.stderrIsTTY ?? false,
        rewriters,
        defaultRewriters: io.rewriters === undefined,
        python: io.python,
      });
    case 'scan':
      return scanCommand(toScanOptions(args, io.cwd), { stdout: io.stdout, stderr: io.stderr, stderrIsTTY: io.stderrIsTTY ?? false, rewriters });
    case 'check':
      return checkCommand(toCheckOptions(args, io.cwd), { stdout: io.stdout, stderr: io.stderr, rewriters });
    case 'verify':
      return verifyCommand(toVerifyOptions(args, io.cwd), { stdout: io.stdout, stderr: io.stderr });
    case 'shims':
      return shimsCommand(toShimsOptions(args, io.cwd), { stdout: io.stdout, stderr: io.stderr });
    case 'prune':
      return pruneCommand(toPruneOptions(args, io.cwd), { stdout: io.stdout, stderr: io.stderr, rewriters });
    case 'presets':
      return presetsCommand({ stdout: io.stdout });
    default:
      throw new Error(`command ${command} is declared but not dispatched`);
  }
}

/** Every flag any command takes, for "did you mean". */
const ALL_FLAGS = [...new Set([...RUN_FLAGS, ...SESSION_FLAGS, ...SCAN_FLAGS, ...CHECK_FLAGS, ...VERIFY_FLAGS, ...SHIMS_FLAGS, ...PRUNE_FLAGS])];

function parseArgv(argv: string[]): Parsed {
  const parser = yargs(argv)
    .scriptName('ssot-codemod')
    .usage('$0 <command> [options]')
    .command('run [paths..]', 'Rewrite references to legacy modules (dry-run diff by default).', declareRunCommand)
    .command('scan [paths..]', 'Count the legacy references left, by move, form, language and directory, and find import cycles.', declareScanCommand)
    .command('check [paths..]', 'CI gate: fail when legacy references remain (or new ones appear, with --baseline).', declareCheckCommand)
    .command('verify', 'Check the manifest against the code: modules exist, moved names are provided, no API gap.', declareVerifyCommand)
    .command('shims', 'Turn legacy modules into thin deprecation shims over their canonical modules (diff by default).', declareShimsCommand)
    .command('prune', 'Delete legacy modules nothing references any more (a listing by default).', declarePruneCommand)
    .command('presets', 'List the manifests shipped with ssot-codemod (use one with --preset NAME).')
    .demandCommand(1, 'name a command (run, scan, check, verify, shims, prune or presets)')
    .strict()
    .parserConfiguration({ 'camel-case-expansion': false, 'greedy-arrays': false })
    .help()
    .alias('help', 'h')
    .version(false)
    .epilogue('Exit codes: 0 success · 1 some files failed · 2 usage, manifest or safety error.')
    .wrap(100);
  let result: Parsed | undefined;
  parser.parse(argv, {}, (error: Error | undefined | null, args: Record<string, unknown>, output: string) => {
    if (error) result = { kind: 'error', message: explainParseError(error.message, argv) };
    else if (output) result = { kind: 'output', text: output };
    else result = { kind: 'command', command: String((args._ as unknown[])[0]), args };
  });
  return result ?? { kind: 'error', message: 'could not parse the arguments; see ssot-codemod --help.' };
}

/** Turns yargs' messages into one sentence with a fix; unknown flags get a "did you mean". */
function explainParseError(message: string, argv: string[]): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const names = unknown[1].split(', ');
    const flag = names.find((n) => argv.some((a) => a === `--${n}` || a.startsWith(`--${n}=`) || a === `-${n}`));
    if (flag === undefined) return `unknown command "${names[0]}"; the commands are run, scan, check, verify, shims, prune and presets (see ssot-codemod --help).`;
    const guess = closestMatch(flag, ALL_FLAGS);
    const written = argv.includes(`-${flag}`) ? `-${flag}` : `--${flag}`;
    return `unknown option ${written}; ${guess ? `did you mean --${guess}?` : 'see ssot-codemod <command> --help for the options.'}`;
  }
  return `${message.replace(/\s+/g, ' ').trim()}; see ssot-codemod run --help.`;
}
