// parseArgv: the paths right after a command are handed to yargs as one (a speed-up for runs naming
// thousands of files); the result must be what yargs gives for the whole argv, for every shape of
// command line: paths that look like numbers, booleans or nothing, options between paths, `--`,
// help, unknown options and commands.
import fc from 'fast-check';
import { parseArgv, parseWithYargs } from '../../src/cli/parse-argv';
import { runs, SEED } from '../helpers/source-arbitraries';

const PATHS = ['a.ts', 'src', './web/x.tsx', '0123', '1e3', 'true', '', 'a b', 'é/ü.py', '-', '---x'];
const OPTIONS = [['--dry-run'], ['--apply'], ['--root', 'r'], ['--manifest', 'm.json'], ['--format', 'json'], ['--quiet'], ['--'], ['-h'], ['--help'], ['--nope'], ['--include', 'x/**'], ['--workers', '1']];
const COMMANDS = ['run', 'scan', 'check', 'verify', 'shims', 'prune', 'presets', 'nope'];

describe('parseArgv', () => {
  test('gives what yargs gives for the whole argv', () => {
    const token = fc.oneof(fc.constantFrom(...PATHS).map((p) => [p]), fc.constantFrom(...OPTIONS));
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.array(fc.constantFrom(...PATHS), { maxLength: 6 }), fc.array(token, { maxLength: 5 }), (command, paths, rest) => {
        const argv = [command, ...paths, ...rest.flat()];
        expect(parseArgv(argv)).toEqual(parseWithYargs(argv));
      }),
      { numRuns: runs(300), seed: SEED },
    );
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
  ])('an option another command takes is named as such, never "did you mean" itself: %j', (argv, message) => {
    expect(parseArgv(argv)).toEqual({ kind: 'error', message });
  });
});

test('run --help names the interpreter --verify python really uses', () => {
  const parsed = parseArgv(['run', '--help']);
  expect(parsed.kind).toBe('output');
  if (parsed.kind === 'output') expect(parsed.text.replace(/\s+/g, ' ')).toContain('CPython (--python, else python.interpreter, else python3)');
});
