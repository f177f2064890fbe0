// parseArgv: a well-formed command line is read without yargs (known-flags.ts), and the paths right
// after a command are handed to yargs as one (a speed-up for runs naming thousands of files); the
// result must be what yargs gives for the whole argv, for every shape of command line: paths that
// look like numbers, booleans or nothing, every command's flags with good, missing, repeated and
// out-of-choice values, negations, options between paths, `--`, help, unknown options and commands.
import fc from 'fast-check';
import { parseKnownFlags } from '../../src/cli/known-flags';
import { parseArgv, parseWithYargs } from '../../src/cli/parse-argv';
import { runs, SEED } from '../helpers/source-arbitraries';

const PATHS = ['a.ts', 'src', './web/x.tsx', '0123', '1e3', 'true', '', 'a b', 'é/ü.py', '-', '---x'];
const OPTIONS = [
  ['--dry-run'], ['--apply'], ['--root', 'r'], ['--manifest', 'm.json'], ['--format', 'json'], ['--quiet'], ['--'], ['-h'], ['--help'], ['--nope'], ['--include', 'x/**'], ['--workers', '1'],
  ['--no-verify'], ['--verify', 'python'], ['--verify'], ['--no-color'], ['--color', 'false'], ['--format', 'xml'], ['--format'], ['--root'], ['--root='], ['--root=r2'], ['--root', 'a', '--root', 'b'],
  ['--max-file-size', '500k'], ['--shard', '1/2'], ['--workers', 'x'], ['--workers', '-1'], ['--tolerant'], ['--apply', 'false'], ['--preset', 'netra-websocket-ssot'], ['--baseline', 'b.json'],
  ['--depth', '2'], ['--update-baseline'], ['--import', 'x'], ['--force'], ['--output', 'o.html'], ['--rewrite-comments'], ['--exclude', 'a', 'b'], ['-q'], ['--no-prefilter'], ['--version'],
  ['--allow-dirty'], ['--patch', 'p.diff'], ['--python', 'python3'], ['--format=text'], ['--no-apply'], ['--Apply'],
];
const COMMANDS = ['run', 'scan', 'check', 'verify', 'shims', 'prune', 'presets', 'nope'];

describe('parseArgv', () => {
  test('gives what yargs gives for the whole argv', () => {
    let withoutYargs = 0;
    const token = fc.oneof(fc.constantFrom(...PATHS).map((p) => [p]), fc.constantFrom(...OPTIONS));
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.array(fc.constantFrom(...PATHS), { maxLength: 6 }), fc.array(token, { maxLength: 5 }), (command, paths, rest) => {
        const argv = [command, ...paths, ...rest.flat()];
        expect(parseArgv(argv)).toEqual(parseWithYargs(argv));
        if (parseKnownFlags(argv) !== undefined) withoutYargs++;
      }),
      { numRuns: runs(600), seed: SEED },
    );
    // Both readers must be exercised, or the comparison proves little.
    expect(withoutYargs).toBeGreaterThan(runs(600) / 10);
  });

  test('reads the common command lines without yargs, and leaves help and mistakes to it', () => {
    const common = [
      ['run', '--manifest', 'examples/ssot-codemod.json', '--root', 'examples', 'examples'],
      ['run', '.', '--manifest', 'm.json', '--root', 'r', '--dry-run', '--format', 'json', '--quiet'],
      ['run', '--preset', 'netra-websocket-ssot', '--root', 'r', '--apply', '--allow-dirty', '--no-verify', '--format', 'json'],
      ['check', '--baseline', 'b.json', '--format', 'json'],
      ['scan', 'src', '--depth', '2'],
      ['verify', '--python', 'python3'],
      ['shims', '--apply'],
      ['prune', '--format', 'json'],
    ];
    // Every command takes --no-color, as CI scripts pass it to all of them.
    common.push(...['scan', 'check', 'verify', 'shims', 'prune'].map((c) => [c, '--no-color']));
    for (const argv of common) {
      expect({ argv, known: parseKnownFlags(argv) }).toEqual({ argv, known: parseWithYargs(argv) });
      expect({ argv, read: parseKnownFlags(argv) === undefined ? 'by yargs' : 'without yargs' }).toEqual({ argv, read: 'without yargs' });
    }
    for (const argv of [['run', '--help'], ['run', '--aply'], ['run', '--format', 'xml'], ['run', '--root'], ['scan', '--apply'], ['presets'], ['run', '--', 'x'], ['run', '--root', 'a', '--root', 'b']]) {
      expect({ argv, known: parseKnownFlags(argv) }).toEqual({ argv, known: undefined });
    }
  });

  test('thousands of named files keep their order', () => {
    const files = Array.from({ length: 3000 }, (_, i) => `web/f${i}.ts`);
    const parsed = parseArgv(['run', ...files, '--dry-run', 'last.ts']);
    expect(parsed.kind).toBe('command');
    if (parsed.kind === 'command') expect(parsed.args.paths).toEqual([...files, 'last.ts']);
  });
});

describe('unknown options', () => {
  test.each([
    [['presets', '--manifest', 'x.json'], '--manifest is not an option of presets, which takes none; see ssot-codemod presets --help.'],
    [['scan', '--apply'], '--apply is not an option of scan; see ssot-codemod scan --help.'],
    [['check', '--patch', 'x.patch'], '--patch is not an option of check; see ssot-codemod check --help.'],
    [['run', '--aply'], 'unknown option --aply; did you mean --apply?'],
    // A negated flag is named as written, not taken for a command.
    [['presets', '--no-color'], '--no-color is not an option of presets, which takes none; see ssot-codemod presets --help.'],
    [['run', '--no-colr'], 'unknown option --no-colr; did you mean --no-color?'],
  ])('an option another command takes is named as such, never "did you mean" itself: %j', (argv, message) => {
    expect(parseArgv(argv)).toEqual({ kind: 'error', message });
  });
});

test('run --help names the interpreter --verify python really uses', () => {
  const parsed = parseArgv(['run', '--help']);
  expect(parsed.kind).toBe('output');
  if (parsed.kind === 'output') expect(parsed.text.replace(/\s+/g, ' ')).toContain('CPython (--python, else python.interpreter, else python3)');
});
