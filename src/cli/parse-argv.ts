// argv → the command to run, text to print (help, version) or a usage error, as yargs (strict) reads
// it: a well-formed command line is read by known-flags.ts without loading yargs, everything else
// (help, mistakes) by yargs itself. Command modules are required only when their flags are needed
// (that command, or its --help), so `--help` alone loads none. Used by cli/main.ts, lazily.
import type { Argv } from 'yargs';
import { DECLARE_FLAGS } from './command-flags';
import { flagChoices, parseKnownFlags } from './known-flags';
import { closestMatch } from '../manifest/suggest';
import { COMMAND_NAMES, commandUsage, DESCRIPTIONS, EPILOGUE, generalHelp, HELP_WIDTH, NAME_A_COMMAND, USAGE, type CommandName } from './general-help';
import { packageVersion } from './version';

export type Parsed =
  | { kind: 'output'; text: string }
  | { kind: 'error'; message: string; help?: string }
  | { kind: 'command'; command: string; args: Record<string, unknown> };

/** Every flag any command takes, for "did you mean" (loads every command module: only on an error). */
function allFlags(): string[] {
  const lists = [
    (require('./commands/run') as typeof import('./commands/run')).RUN_FLAGS,
    (require('./commands/session') as typeof import('./commands/session')).SESSION_FLAGS,
    (require('./commands/scan') as typeof import('./commands/scan')).SCAN_FLAGS,
    (require('./commands/check') as typeof import('./commands/check')).CHECK_FLAGS,
    (require('./commands/verify') as typeof import('./commands/verify')).VERIFY_FLAGS,
    (require('./commands/shims') as typeof import('./commands/shims')).SHIMS_FLAGS,
    (require('./commands/prune') as typeof import('./commands/prune')).PRUNE_FLAGS,
  ];
  return [...new Set(lists.flat()), 'version', 'help'];
}

/** demandCommand's message, recognised to answer a bare `ssot-codemod` with the general help. */
const NO_COMMAND = 'no command given';

function createParser(argv: string[]): Argv {
  // Required here: a well-formed command line is read without yargs (known-flags.ts).
  const yargs = require('yargs') as typeof import('yargs');
  let parser = yargs(argv).scriptName('ssot-codemod').usage(USAGE);
  for (const name of COMMAND_NAMES) parser = parser.command(commandUsage(name), DESCRIPTIONS[name], DECLARE_FLAGS[name]);
  return parser
    .demandCommand(1, NO_COMMAND)
    .strict()
    .parserConfiguration({ 'camel-case-expansion': false, 'greedy-arrays': false })
    .help()
    .alias('help', 'h')
    .version(packageVersion())
    .epilogue(EPILOGUE)
    .wrap(HELP_WIDTH);
}

export function parseArgv(argv: string[]): Parsed {
  // Options before any command (`ssot-codemod --quiet`): yargs would call them unknown; the answer is the command list.
  if (argv.length === 0 || (argv[0].startsWith('-') && !['--help', '-h', '--version'].includes(argv[0]))) {
    return { kind: 'error', message: NAME_A_COMMAND, help: generalHelp() };
  }
  const known = parseKnownFlags(argv);
  if (known) return known;
  // yargs spends ~40 µs on each positional (2,000 named files: ~80 ms): the paths right after the
  // command, before any option, can only be paths, so yargs sees the first of them only.
  const leading = leadingPaths(argv);
  const parsed = parseWithYargs(leading.length > 1 ? [argv[0], leading[0], ...argv.slice(1 + leading.length)] : argv, argv);
  if (parsed.kind !== 'command' || leading.length <= 1) return parsed;
  const seen = Array.isArray(parsed.args.paths) ? (parsed.args.paths as unknown[]) : [];
  return { ...parsed, args: { ...parsed.args, paths: [...leading, ...seen.slice(1)] } };
}

/** The arguments between a command that takes `[paths..]` and its first option (or `--`). */
function leadingPaths(argv: readonly string[]): string[] {
  const command = argv[0] as CommandName;
  if (!COMMAND_NAMES.includes(command) || commandUsage(command) === command) return [];
  let end = 1;
  while (end < argv.length && !argv[end].startsWith('-')) end++;
  return argv.slice(1, end);
}

/** yargs over `argv`; `original` is what the user typed, for error messages. Exported for the test comparing both. */
export function parseWithYargs(argv: string[], original: string[] = argv): Parsed {
  const parser = createParser(argv);
  let result: Parsed | undefined;
  parser.parse(argv, {}, (error: Error | undefined | null, args: Record<string, unknown>, output: string) => {
    if (error?.message === NO_COMMAND) result = { kind: 'error', message: NAME_A_COMMAND, help: generalHelp() };
    else if (error) result = { kind: 'error', message: explainParseError(error.message, original) };
    else if (output) result = { kind: 'output', text: output };
    else result = { kind: 'command', command: String((args._ as unknown[])[0]), args };
  });
  return result ?? { kind: 'error', message: 'could not parse the arguments; see ssot-codemod --help.' };
}

/** Turns yargs' messages into one sentence with a fix; unknown flags get a "did you mean". */
function explainParseError(message: string, argv: string[]): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  // A misspelt command first: its flags were read against no command and would all look unknown.
  if (unknown && argv.length > 0 && !argv[0].startsWith('-') && !(COMMAND_NAMES as readonly string[]).includes(argv[0])) return unknownCommand(argv[0]);
  if (unknown) {
    const names = unknown[1].split(', ');
    // yargs names a negated flag (`--no-color`) by its flag (`color`).
    const spellings = (n: string) => [`--${n}`, `-${n}`, `--no-${n}`];
    const flag = names.find((n) => argv.some((a) => spellings(n).includes(a) || a.startsWith(`--${n}=`) || a.startsWith(`--no-${n}=`)));
    if (flag === undefined) return unknownCommand(names[0]);
    const negated = argv.some((a) => a === `--no-${flag}` || a.startsWith(`--no-${flag}=`));
    const guess = closestMatch(flag, allFlags());
    const written = negated ? `--no-${flag}` : argv.includes(`-${flag}`) ? `-${flag}` : `--${flag}`;
    // Spelled right but given to a command that does not take it (`presets --manifest`, `scan --apply`).
    const command = argv.find((a) => (COMMAND_NAMES as readonly string[]).includes(a));
    if (guess === flag && command !== undefined) {
      return `${written} is not an option of ${command}${command === 'presets' ? ', which takes none' : ''}; see ssot-codemod ${command} --help.`;
    }
    return `unknown option ${written}; ${guess ? `did you mean --${negated ? 'no-' : ''}${guess}?` : 'see ssot-codemod <command> --help for the options.'}`;
  }
  const command = argv.find((a) => (COMMAND_NAMES as readonly string[]).includes(a)) ?? 'run';
  const missing = /^Not enough arguments following: (\S+)$/.exec(message.trim());
  if (missing) {
    const flag = missing[1];
    const choices = flagChoices(command, flag);
    const example = VALUE_EXAMPLES[flag];
    const what = choices ? ` (${choices.join(', ')})` : example ? `, e.g. --${flag} ${example}` : '';
    return `--${flag} needs a value${what}; see ssot-codemod ${command} --help.`;
  }
  return `${message.replace(/\s+/g, ' ').trim()}; see ssot-codemod ${command} --help.`;
}

function unknownCommand(name: string): string {
  const guess = closestMatch(name, COMMAND_NAMES);
  return `unknown command "${name}"${guess ? ` (did you mean ${guess}?)` : ''}; the commands are ${COMMAND_NAMES.slice(0, -1).join(', ')} and presets (see ssot-codemod --help).`;
}

/** What a flag's value looks like, for the message when it is missing. */
const VALUE_EXAMPLES: Record<string, string> = {
  include: "'src/**'",
  exclude: "'tests/**'",
  manifest: 'ssot-codemod.json',
  preset: 'netra-websocket-ssot',
  root: '.',
  patch: 'migration.patch',
  baseline: 'ssot-baseline.json',
  shard: '1/4',
  workers: '2',
  'max-file-size': '2mb',
};
