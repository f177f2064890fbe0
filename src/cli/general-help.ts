// The command table (names, one-line descriptions) and the general help `ssot-codemod --help`
// prints, laid out exactly as yargs lays it out (parse-argv.ts builds yargs from the same table,
// and a test keeps the two texts equal), so `--help` and a bare `ssot-codemod` need no yargs at all.

export const COMMAND_NAMES = ['run', 'scan', 'check', 'verify', 'shims', 'prune', 'presets'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const DESCRIPTIONS: Record<CommandName, string> = {
  run: 'Rewrite references to legacy modules (dry-run diff by default).',
  scan: 'Count the legacy references left, by move, form, language and directory, and find import cycles.',
  check: 'CI gate: fail when legacy references remain (or new ones appear, with --baseline).',
  verify: 'Check the manifest against the code: modules exist, moved names are provided, no API gap.',
  shims: 'Turn legacy modules into thin deprecation shims over their canonical modules (diff by default).',
  prune: 'Delete legacy modules nothing references any more (a listing by default).',
  presets: 'List the manifests shipped with ssot-codemod (use one with --preset NAME).',
};

/** `run [paths..]`: how yargs declares each command. */
export const commandUsage = (name: CommandName) => (name === 'presets' ? name : `${name} [paths..]`);

/** What a bare `ssot-codemod` says under the general help. */
export const NAME_A_COMMAND = `name a command (${COMMAND_NAMES.join(', ')}); see the list above.`;

export const USAGE = '$0 <command> [options]';
export const EPILOGUE = 'Exit codes: 0 success · 1 some files failed, errors found, or references remain (check) · 2 usage, manifest or safety error.\nStart with: ssot-codemod run --help';
export const HELP_WIDTH = 100;

const OPTIONS: [string, string][] = [
  ['-h, --help', 'Show help'],
  ['    --version', 'Show version number'],
];

export function generalHelp(): string {
  const lines = [USAGE.replace('$0', 'ssot-codemod'), '', 'Commands:'];
  const names = COMMAND_NAMES.map((n) => `ssot-codemod ${commandUsage(n)}`);
  const column = Math.max(...names.map((n) => n.length)) + 4;
  COMMAND_NAMES.forEach((name, i) => {
    const [first, ...rest] = wrap(DESCRIPTIONS[name], HELP_WIDTH - column);
    lines.push(`  ${names[i].padEnd(column - 2)}${first}`, ...rest.map((l) => ' '.repeat(column) + l));
  });
  lines.push('', 'Options:');
  const optionColumn = Math.max(...OPTIONS.map(([flag]) => flag.length)) + 4;
  for (const [flag, text] of OPTIONS) {
    const left = `  ${flag.padEnd(optionColumn - 2)}${text}`;
    lines.push(left + '[boolean]'.padStart(HELP_WIDTH - left.length));
  }
  lines.push('', ...EPILOGUE.split('\n').flatMap((l) => wrap(l, HELP_WIDTH)));
  return lines.join('\n');
}

/** Greedy word wrap to `width` columns. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}
