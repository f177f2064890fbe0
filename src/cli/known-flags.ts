// A well-formed command line read without yargs: a run's start-up was a third yargs (loading it and
// building the command ~60 ms of ~220 ms on a tree with nothing to rewrite). The command's flags are
// recorded from its own declaration (command-flags.ts) and read by yargs-parser, the parser yargs
// itself uses, with the same configuration. Anything yargs would answer differently from a plain
// read — help, version, `--`, an unknown or repeated flag, a missing value, a value outside its
// choices — returns undefined and goes to yargs, which stays the only source of messages and help.
// __tests__/cli/parse-argv.test.ts checks on generated command lines that both read them alike.
import type { Argv } from 'yargs';
import type { Options as ParserOptions } from 'yargs-parser';
import { DECLARE_FLAGS } from './command-flags';
import { COMMAND_NAMES, commandUsage, type CommandName } from './general-help';
import type { Parsed } from './parse-argv';

/** The option keys of yargs' `.option(name, spec)` that the command modules use. */
interface FlagSpec {
  type?: 'string' | 'boolean' | 'number';
  array?: boolean;
  requiresArg?: boolean;
  default?: unknown;
  choices?: readonly unknown[];
  [other: string]: unknown;
}

/** What a command declares; `understood` is false once it used anything this reader does not model. */
interface RecordedFlags {
  flags: Map<string, FlagSpec>;
  understood: boolean;
}

/** Spec keys that change nothing in how a value is read. */
const INERT_KEYS = new Set(['type', 'array', 'requiresArg', 'default', 'choices', 'describe', 'hidden']);

/** The parser configuration createParser gives yargs, plus what yargs sets for its own first parse. */
export const PARSER_CONFIGURATION = { 'camel-case-expansion': false, 'greedy-arrays': false, 'parse-positional-numbers': false } as const;

export function parseKnownFlags(argv: readonly string[]): Parsed | undefined {
  const command = argv[0] as CommandName;
  if (!COMMAND_NAMES.includes(command) || commandUsage(command) !== `${command} [paths..]`) return undefined;
  if (argv.some((a) => a === '--' || a === '-h' || /^--(help|version)(=|$)/.test(a))) return undefined;
  const recorded = recordFlags(command);
  if (!recorded.understood) return undefined;
  const { flags } = recorded;
  const yargsParser = require('yargs-parser') as typeof import('yargs-parser');
  const result = yargsParser.detailed(argv.slice(1) as string[], parserOptions(flags));
  if (result.error) return undefined;
  const args = result.argv as Record<string, unknown>;
  const given = new Set(argv.filter((a) => a.startsWith('-')).map((a) => a.replace(/^--?(no-)?/, '').replace(/=.*$/s, '')));
  for (const key of Object.keys(args)) {
    if (key === '_') continue;
    const spec = flags.get(key);
    if (!spec) return undefined;
    const value = args[key];
    // A flag given twice is an array; a missing value is '' or undefined: yargs' business.
    if (!spec.array && Array.isArray(value)) return undefined;
    if (spec.requiresArg && given.has(key) && (value === '' || value === undefined || (Array.isArray(value) && value.length === 0))) return undefined;
    if (spec.choices && given.has(key) && ![value].flat().every((v) => spec.choices!.includes(v))) return undefined;
  }
  for (const name of given) if (!flags.has(name)) return undefined;
  return { kind: 'command', command, args: { ...args, _: [command], paths: (args._ as unknown[]).map(String), $0: 'ssot-codemod' } };
}

function parserOptions(flags: ReadonlyMap<string, FlagSpec>): ParserOptions {
  const options = { boolean: [] as string[], string: [] as string[], number: [] as string[], array: [] as string[], narg: {} as Record<string, number>, default: {} as Record<string, unknown> };
  for (const [name, spec] of flags) {
    if (spec.type) options[spec.type].push(name);
    if (spec.array) options.array.push(name);
    // yargs declares requiresArg as nargs NaN: the flag takes exactly one value.
    if (spec.requiresArg) options.narg[name] = NaN;
    if ('default' in spec) options.default[name] = spec.default;
  }
  return { ...options, configuration: { ...PARSER_CONFIGURATION } };
}

/** The values a command's flag accepts (`--format`: text, json…), as its declaration lists them; undefined when free. */
export function flagChoices(command: string, flag: string): readonly unknown[] | undefined {
  if (!(COMMAND_NAMES as readonly string[]).includes(command)) return undefined;
  return recordFlags(command as CommandName).flags.get(flag)?.choices;
}

/** Runs the command's declaration against a recorder that keeps its `.option` calls. */
function recordFlags(command: CommandName): RecordedFlags {
  const recorded: RecordedFlags = { flags: new Map(), understood: true };
  const builder: Record<string, unknown> = {};
  const proxy = new Proxy(builder, {
    get: (_target, method) => {
      if (method === 'option') {
        return (name: unknown, spec: FlagSpec) => {
          if (typeof name !== 'string' || Object.keys(spec).some((k) => !INERT_KEYS.has(k))) recorded.understood = false;
          else recorded.flags.set(name, spec);
          return proxy;
        };
      }
      // The `[paths..]` positional and the epilogue change nothing in how flags are read.
      if (method === 'positional') return (name: unknown) => ((recorded.understood &&= name === 'paths'), proxy);
      if (method === 'epilogue') return () => proxy;
      return () => ((recorded.understood = false), proxy);
    },
  });
  DECLARE_FLAGS[command](proxy as unknown as Argv);
  return recorded;
}
