// The CLI as a function: argv → exit code. Parses with yargs (strict, cli/parse-argv.ts), dispatches
// to a command, and is the only place that maps errors to exit codes and prints them (0 ok · 1 files
// failed · 2 usage, manifest or safety error). bin/ssot-codemod.js and the CLI tests call main().
// Start-up matters (`--version`, `--help` in well under 100 ms): this file imports nothing heavy;
// yargs, each command module and the rewriters (Babel) are required only when a command needs them.
import { RunError } from '../errors';
import type { LanguageRewriter } from '../rewrite/language';
import type { TextOutput } from '../sinks/text-output';
import { generalHelp, NAME_A_COMMAND } from './general-help';
import { packageVersion } from './version';

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
  /** Language rewriters to use; default: defaultRewriters() from src/rewrite/default-rewriters.ts. */
  rewriters?: readonly LanguageRewriter[];
  /** The Python to use when neither --python nor python.interpreter names one (verify, --verify python); default python3 on PATH. */
  python?: string;
}

export const EXIT_OK = 0;
export const EXIT_FILES_FAILED = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    // The answers that need no parser at all (yargs alone is a quarter of a start-up).
    if (argv.length === 1 && argv[0] === '--version') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
      io.stdout.write(`${generalHelp()}\n`);
      return EXIT_OK;
    }
    if (argv.length === 0) {
      io.stderr.write(`${generalHelp()}\nssot-codemod: ${NAME_A_COMMAND}\n`);
      return EXIT_USAGE;
    }
    const { parseArgv } = require('./parse-argv') as typeof import('./parse-argv');
    const parsed = parseArgv(argv);
    switch (parsed.kind) {
      case 'output':
        io.stdout.write(parsed.text.endsWith('\n') ? parsed.text : parsed.text + '\n');
        return EXIT_OK;
      case 'error':
        if (parsed.help) io.stderr.write(parsed.help.endsWith('\n') ? parsed.help : parsed.help + '\n');
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

/** The rewriters a command uses: the injected ones, else the real ones, each loaded at its first use. */
function rewritersOf(io: CliIo): readonly LanguageRewriter[] {
  if (io.rewriters) return io.rewriters;
  return (require('./lazy-rewriters') as typeof import('./lazy-rewriters')).lazyDefaultRewriters();
}

async function dispatch(command: string, args: Record<string, unknown>, io: CliIo): Promise<number> {
  const { stdout, stderr, cwd } = io;
  switch (command) {
    case 'run': {
      const { runCommand, toRunOptions } = require('./commands/run') as typeof import('./commands/run');
      const options = toRunOptions(args, cwd);
      return runCommand(options, {
        stdout,
        stderr,
        isTTY: io.isTTY ?? false,
        stderrIsTTY: io.stderrIsTTY ?? false,
        rewriters: rewritersOf(io),
        defaultRewriters: io.rewriters === undefined,
        python: io.python,
      });
    }
    case 'scan': {
      const { scanCommand, toScanOptions } = require('./commands/scan') as typeof import('./commands/scan');
      return scanCommand(toScanOptions(args, cwd), { stdout, stderr, stderrIsTTY: io.stderrIsTTY ?? false, rewriters: rewritersOf(io) });
    }
    case 'check': {
      const { checkCommand, toCheckOptions } = require('./commands/check') as typeof import('./commands/check');
      return checkCommand(toCheckOptions(args, cwd), { stdout, stderr, rewriters: rewritersOf(io) });
    }
    case 'verify': {
      const { verifyCommand, toVerifyOptions } = require('./commands/verify') as typeof import('./commands/verify');
      return verifyCommand(toVerifyOptions(args, cwd), { stdout, stderr, python: io.python });
    }
    case 'shims': {
      const { shimsCommand, toShimsOptions } = require('./commands/shims') as typeof import('./commands/shims');
      return shimsCommand(toShimsOptions(args, cwd), { stdout, stderr });
    }
    case 'prune': {
      const { pruneCommand, toPruneOptions } = require('./commands/prune') as typeof import('./commands/prune');
      return pruneCommand(toPruneOptions(args, cwd), { stdout, stderr, rewriters: rewritersOf(io) });
    }
    case 'presets': {
      const { presetsCommand } = require('./commands/presets') as typeof import('./commands/presets');
      return presetsCommand({ stdout });
    }
    default:
      throw new Error(`command ${command} is declared but not dispatched`);
  }
}
