// compileIgnore: the same verdict as `ignore().add(text).test(path)` for every .gitignore and path,
// generated from a pool of real-world patterns (negations, anchors, `**`, directory-only, escapes).
import fc from 'fast-check';
import ignore from 'ignore';
import { compileIgnore } from '../src/pipeline/compiled-ignore';

const PATTERNS = [
  '__pycache__/', '*.py[cod]', '*$py.class', 'build/', '/dist', 'dist/', '*.egg-info/', '.env', '.env.*', '!.env.example',
  '*.log', '!keep.log', 'logs/**', '!logs/important/', 'a/**/b', '**/deep', 'src/*.gen.ts', '!src/keep.gen.ts', '*~',
  '\\#hash', '\\!bang', 'foo bar', 'trailing\\ ', '[abc].py', 'x?y', '/root-only.py', 'nested/dir/', '*', '!*.py', '!*/',
  '*credentials*.json', '.cache', 'node_modules/', '!node_modules/keep/', '# comment', '', '   ', 'a/', '!a/', 'a', '!a',
  // classes and wildcards on the last component (tested on it alone), and a range that spans `/`
  '[a-c]*', '*.[ch]', '[!x]y', '[.-_]z', 'a[.-_]b', '??', '.coverage*', '[0-9]*.log', '*_old.*', 'd?r/', '*/',
];
const SEGMENTS = [
  'a', 'b', 'src', 'dist', 'build', 'logs', 'important', 'deep', 'keep.log', 'x.log', 'mod.py', 'mod.pyc', '__pycache__', '.env', '.env.local', '.env.example', 'keep.gen.ts',
  'y.gen.ts', 'foo bar', '#hash', '!bang', 'a.py', 'xzy', 'root-only.py', 'node_modules', 'keep', 'x~', 'c.egg-info', 'nested', 'dir', 'my-credentials.json',
  '.z', '-z', 'yy', '1.log', 'x.c', '.coverage.x', 'm_old.py',
];

const gitignoreText = fc.array(fc.constantFrom(...PATTERNS), { maxLength: 12 }).map((lines) => lines.join('\n'));
// Mostly normal paths; a few with doubled slashes, which take `ignore`'s own way of splitting.
const relPath = fc
  .tuple(fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.constantFrom('/', '/', '/', '//'))
  .map(([segments, directory, separator]) => segments.join(separator) + (directory ? '/' : ''));

const reference = (text: string, p: string) => {
  const { ignored, unignored } = ignore({ ignorecase: false }).add(text).test(p);
  return { ignored, unignored };
};

describe('compileIgnore', () => {
  test('gives ignore’s verdict for generated .gitignore files and paths (parents first, last rule wins)', () => {
    fc.assert(
      fc.property(gitignoreText, fc.array(relPath, { minLength: 1, maxLength: 20 }), (text, paths) => {
        const compiled = compileIgnore(text);
        // Asked in order, so the cache of parent directories is exercised as the walk uses it.
        for (const p of paths) expect({ ...compiled(p) }).toEqual(reference(text, p));
      }),
      { numRuns: 1000 },
    );
  });

  test('table: negations, directory-only rules and ignored parents', () => {
    const text = 'build/\n*.log\n!keep.log\nlogs/\n!logs/keep.log\n';
    const compiled = compileIgnore(text);
    const cases: Array<[string, boolean, boolean]> = [
      ['build/', true, false],
      ['build/x.py', true, false],
      ['build', false, false],
      ['a.log', true, false],
      ['keep.log', false, true],
      ['logs/keep.log', true, false],
      ['src/a.py', false, false],
    ];
    for (const [p, ignored, unignored] of cases) {
      expect({ ...compiled(p) }).toEqual({ ignored, unignored });
      expect(reference(text, p)).toEqual({ ignored, unignored });
    }
  });

  test('paths ignore refuses still throw as they did', () => {
    const compiled = compileIgnore('*.log\n');
    for (const p of ['', './a.log', '../a.log', '/a.log', '.', '..']) {
      expect(() => compiled(p)).toThrow();
      expect(() => ignore().add('*.log\n').test(p)).toThrow();
    }
    // Leading dots that are a name, not a relative path, are tested like any other path.
    for (const p of ['...', '.a.log', '..a.log', '...log', '.../a.log']) {
      expect({ ...compiled(p) }).toEqual(reference('*.log\n', p));
    }
  });
});
