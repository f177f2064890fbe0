// argv → the command to run, text to print (help, version) or a usage error, with yargs (strict).
// Command modules are required only when yargs needs their flags (that command, or its --help), so
// `--help` alone loads none of them. Used by cli/main.ts, which loads this file lazily too.
import yargs, { type Argv } from 'yargs';
import { closestMatch } from '../manifest/suggest';
import { packageVersion } from './version';

export type Parsed =
  | { kind: 'output'; text: string }
  | { kind: 'error'; message: string; help?: string }
  | { kind: 'command'; command: string; args: Record<string, unknown> };

export const COMMAND_NAMES = ['run', 'scan', 'check', 'verify', 'shims', 'prune', 'presets'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const declare: Record<CommandName, (y: Argv) => Argv> = {
  run: (y) => (require('./commands/run') as typeof import('./commands/run')).declareRunCommand(y),
  scan: (y) => (require('./commands/scan') as typeof import('./commands/scan')).declareScanCommand(y),
  check: (y) => (require('./commands/check') as typeof import('./commands/check')).declareCheckCommand(y),
  verify: (y) => (require('./commands/verify') as typeof import('./commands/verify')).declareVerifyCommand(y),
  shims: (y) => (require('./commands/shims') as typeof import('./commands/shims')).declareShimsCommand(y),
  prune: (y) => (require('./commands/prune') as typeof import('./commands/prune')).declarePruneCommand(y),
  presets: (y) => y,
};

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

const DESCRIPTIONS: Record<CommandName, string> = {
  run: 'Rewrite references to legacy modules (dry-run diff by default).',
  scan: 'Count the legacy references left, by move, form, language and directory, and find import cycles.',
  check: 'CI gate: fail when legacy references remain (or new ones appear, with --baseline).',
  verify: 'Check the manifest against the code: modules exist, moved names are provided, no API gap.',
  shims: 'Turn legacy modules into thin deprecation shims over their canonical modules (diff by default).',
  prune: 'Delete legacy modules nothing references any more (a listing by default).',
  presets: 'List the manifests shipped with ssot-codemod (use one with --preset NAME).',
};
/** demandCommand's message, recognised to answer a bare `ssot-codemod` with the general help. */
const NO_COMMAND = 'no command given';
const WITH_PATHS = new Set<CommandName>(['run', 'scan', 'check', 'verify', 'shims', 'prune']);

function createParser(argv: string[]): Argv {
  let parser = yargs(argv).scriptName('ssot-codemod').usage('$0 <command> [options]');
  for (const name of COMMAND_NAMES) parser = parser.command(WITH_PATHS.has(name) ? `${name} [paths..]` : name, DESCRIPTIONS[name], declare[name]);
  return parser
    .demandCommand(1, NO_COMMAND)
    .strict()
    .parserConfiguration({ 'camel-case-expansion': false, 'greedy-arrays': false })
    .help()
    .alias('help', 'h')
    .version(packageVersion())
    .epilogue('Exit codes: 0 success · 1 some files failed, errors found, or references remain (check) · 2 usage, manifest or safety error.\nStart with: ssot-codemod run --help')
    .wrap(100);
}

export function parseArgv(argv: string[]): Parsed {
  const parser = createParser(argv);
  let result: Parsed | undefined;
  parser.parse(argv, {}, (error: Error | undefined | null, args: Record<string, unknown>, output: string) => {
    if (error?.message === NO_COMMAND) result = { kind: 'error', message: `name a command (${COMMAND_NAMES.join(', ')}); see the list above.`, help: helpText(createParser([])) };
    else if (error) result = { kind: 'error', message: explainParseError(error.message, argv) };
    else if (output) result = { kind: 'output', text: output };
    else result = { kind: 'command', command: String((args._ as unknown[])[0]), args };
  });
  return result ?? { kind: 'error', message: 'could not parse the arguments; see ssot-codemod --help.' };
}

/** The general help, as `ssot-codemod --help` prints it. */
function helpText(parser: Argv): string {
  let text = '';
  parser.parse(['--help'], {}, (_error: unknown, _args: unknown, output: string) => {
    text = output;
  });
  return text;
}

/** Turns yargs' messages into one sentence with a fix; unknown flags get a "did you mean". */
function explainParseError(message: string, argv: string[]): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const names = unknown[1].split(', ');
    const flag = names.find((n) => argv.some((a) => a === `--${n}` || a.startsWith(`--${n}=`) || a === `-${n}`));
    if (flag === undefined) return `unknown command "${names[0]}"; the commands are ${COMMAND_NAMES.slice(0, -1).join(', ')} and presets (see ssot-codemod --help).`;
    const guess = closestMatch(flag, allFlags());
    const written = argv.includes(`-${flag}`) ? `-${flag}` : `--${flag}`;
    return `unknown option ${written}; ${guess ? `did you mean --${guess}?` : 'see ssot-codemod <command> --help for the options.'}`;
  }
  const command = argv.find((a) => (COMMAND_NAMES as readonly string[]).includes(a)) ?? 'run';
  return `${message.replace(/\s+/g, ' ').trim()}; see ssot-codemod ${command} --help.`;
}
