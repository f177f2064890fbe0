// Keeps the netra history replay (scripts/replay-history.ts) from rotting: its Python reader on
// the forms the netra files use, and a whole replay of a tiny synthetic "team commit" built in a
// temporary git repository, through the compiled CLI, with one file of each outcome.
import path from 'node:path';
import { replayHistory } from '../scripts/replay-history';
import { classify } from '../scripts/replay/classify';
import { formatReplay } from '../scripts/replay/format-report';
import { readPythonFacts } from '../scripts/replay/python-imports';
import { countOutcomes, replayCommit } from '../scripts/replay/replay-commit';
import { replayJsCommit } from '../scripts/replay/replay-js-commit';
import { buildDist, REPO } from './helpers/build-dist';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo, writeFiles } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

describe('readPythonFacts', () => {
  test('finds import statements in code only, normalised', () => {
    const source = [
      '"""from pkg.old import Doc"""',
      '# from pkg.old import Comment',
      'from pkg.old import (',
      '    A as A,  # trailing comment',
      '    B as C,',
      ')',
      'try: import pkg.old as legacy',
      'except ImportError: pass',
      'x = "import pkg.old"; from .sib import D',
      'y = f"{A!r:>{width}} {C}"',
    ].join('\n');
    const facts = readPythonFacts(source, ['A', 'C', 'Doc']);
    expect(facts.imports.map((s) => [s.line, s.endLine, s.text])).toEqual([
      [3, 6, 'from pkg.old import A, B as C'],
      [7, 7, 'import pkg.old as legacy'],
      [9, 9, 'from .sib import D'],
    ]);
    // Names in f-string fields are uses; the docstring's `Doc` is only a mention.
    expect(facts.nameCounts).toEqual(new Map([['A', 1], ['C', 1], ['Doc', 0]]));
    expect(facts.stringMentions).toEqual(new Map([['A', 1], ['C', 1], ['Doc', 1]]));
  });

  test('never fails on broken files', () => {
    const facts = readPythonFacts('from pkg.old import (\n    A,\ndef f(:\n    s = """never closed\n', ['A']);
    expect(facts.imports.map((s) => s.module)).toEqual(['pkg.old']);
  });
});

/** Where a replay of a temporary repository's last commit reads, runs and writes. */
const headOf = (repo: string, id: string) => ({ gitDir: path.join(repo, '.git'), bin: path.join(REPO, 'bin', 'ssot-codemod.js'), workDir: path.join(makeTempDir(), 'work'), id, commit: 'HEAD' });

describe('replayCommit on a synthetic history', () => {
  beforeAll(buildDist, 180_000);

  test('counts identical, mismatched, unparseable-before and unrelated files, with hints', () => {
    const repo = makeTempRepo({
      'pkg/__init__.py': '',
      'pkg/old.py': 'class Old: pass\nclass Other: pass\nclass Gone: pass\n',
      'pkg/new.py': 'class New: pass\nclass Other: pass\n',
      'app/__init__.py': '',
      'app/same.py': 'from pkg.old import Old\nx = Old()\n',
      'app/dangling.py': 'from pkg.old import Old\ny = Old()\n',
      'app/multiline.py': 'from pkg.old import (\n    Other,\n)\nz = Other\n',
      'app/broken.py': 'from pkg.old import Old\ndef f(:\n    pass\n',
      'app/comment.py': '# see pkg.old\nimport os\n',
      'app/twice.py': 'def f():\n    from pkg.new import New\n    from pkg.old import Old as Alias\n    return Alias(New)\n',
      'app/lacks.py': 'from pkg.old import Gone\n',
      'app/fallback.py': 'try:\n    from pkg.old import Old\nexcept ImportError:\n    Old = None\nv = Old\n',
    });
    writeFiles(repo, {
      'app/same.py': 'from pkg.new import New\nx = New()\n',
      'app/dangling.py': 'from pkg.new import New\ny = Old()\n',
      'app/multiline.py': 'from pkg.old import (\n    Other,\n)\nz = Other  # untouched import\n',
      'app/broken.py': 'from pkg.new import New\ndef f(:\n    pass\n',
      'app/comment.py': '# see pkg.new\nimport os\n',
      // The team imports New twice; the tool reuses the first import and renames Alias's uses (a
      // function's own alias: at module level the alias would stay, an attribute others may import).
      'app/twice.py': 'def f():\n    from pkg.new import New\n    from pkg.new import New as Alias\n    return Alias(New)\n',
      // The team moves Gone into pkg.new in the same commit; at the parent the tool cannot know it will be there.
      'pkg/new.py': 'class New: pass\nclass Other: pass\nclass Gone: pass\n',
      'app/lacks.py': 'from pkg.new import Gone\n',
      // The team renamed the import only: when it succeeds, `v = Old` is a NameError.
      'app/fallback.py': 'try:\n    from pkg.new import New\nexcept ImportError:\n    Old = None\nv = Old\n',
    });
    git(repo, 'commit', '-qam', 'team: bulk rewrite');
    const replay = replayCommit({
      ...headOf(repo, 'synthetic'),
      moves: [
        { from: 'pkg.old:Old', to: 'pkg.new:New', localName: 'rename' },
        { from: 'pkg.old', to: 'pkg.new' },
      ],
    });
    const category = Object.fromEntries(replay.files.map((f) => [f.path, f.category]));
    expect(category).toEqual({
      'app/broken.py': 'unparseable-before',
      'app/comment.py': 'not-relevant',
      'app/dangling.py': 'mismatch',
      'app/fallback.py': 'mismatch',
      'app/lacks.py': 'mismatch',
      'app/multiline.py': 'mismatch',
      'app/same.py': 'identical',
      'app/twice.py': 'mismatch',
      'pkg/new.py': 'not-relevant',
    });
    expect(countOutcomes(replay)).toMatchObject({ modified: 9, compared: 6, identical: 1, mismatch: 5 });
    const hints = Object.fromEntries(replay.files.map((f) => [f.path, f.hints]));
    expect(hints['app/dangling.py']).toEqual(['theirs-dangling:Old']);
    expect(hints['app/multiline.py']).toEqual(['theirs-legacy-left', 'theirs-multiline-left']);
    expect(hints['app/broken.py']).toEqual(['theirs-unparseable']);
    const classes = replay.files.filter((f) => f.category === 'mismatch').map((f) => [f.path, classify(f).id]);
    expect(classes).toEqual([
      ['app/dangling.py', 'team-dangling-uses'],
      ['app/fallback.py', 'team-dangling-after-import'],
      ['app/lacks.py', 'target-lacked-name'],
      ['app/multiline.py', 'team-statement-left'],
      ['app/twice.py', 'team-imported-twice'],
    ]);
    expect(hints['app/twice.py']).toContain('theirs-imported-twice:pkg.new.New');
    expect(hints['app/lacks.py']).toEqual(expect.arrayContaining(['ours-legacy-left', 'ours-target-lacked-name']));
    const text = formatReplay(replay);
    expect(text).toContain('identical 1/6 (16.7%)');
    expect(text).toContain('+ theirs L1: from pkg.old import Other');
    expect(text).toContain('uses: Old before 1 / ours 0 / theirs 1; New before 0 / ours 1 / theirs 0');
  }, 60_000);

  test('a package move reaches submodules on both sides; --full-tree lets the tool read the canonical package as it is', () => {
    const repo = makeTempRepo({
      'lib/__init__.py': '',
      'lib/newpkg/__init__.py': '',
      'lib/newpkg/kept.py': 'A = 1\n',
      'app/__init__.py': '',
      'app/sub.py': 'from oldpkg.kept import A\n',
      'app/plain.py': 'import oldpkg.kept\nx = oldpkg.kept.A\n',
      'app/nowhere.py': 'from oldpkg.tests.helpers import H\n',
    });
    writeFiles(repo, {
      'app/sub.py': 'from lib.newpkg.kept import A\n',
      'app/plain.py': 'import lib.newpkg.kept\nx = lib.newpkg.kept.A\n',
      // The team re-points at a package that exists on neither side: the tool leaves it, manual.
      'app/nowhere.py': 'from lib.newpkg.tests.helpers import H\n',
      'lib/newpkg/__init__.py': '# The package formerly known as oldpkg.\n',
    });
    git(repo, 'commit', '-qam', 'team: package move');
    const run = (fullTree: boolean) => {
      const replay = replayCommit({
        ...headOf(repo, 'package'),
        moves: [{ from: 'oldpkg', to: 'lib.newpkg' }],
        fullTree,
      });
      return Object.fromEntries(replay.files.map((f) => [f.path, f.category === 'mismatch' ? classify(f).id : f.category]));
    };
    // Only the modified files: lib/newpkg/__init__.py is there, kept.py is not, so `kept` seems missing.
    const modifiedOnly = run(false);
    expect(modifiedOnly).toEqual({ 'app/nowhere.py': 'team-unknown-name', 'app/plain.py': 'target-lacked-name', 'app/sub.py': 'target-lacked-name', 'lib/newpkg/__init__.py': 'not-relevant' });
    expect(run(true)).toEqual({ ...modifiedOnly, 'app/plain.py': 'identical', 'app/sub.py': 'identical' });
  }, 60_000);
});

describe('replayJsCommit on a synthetic frontend history', () => {
  beforeAll(buildDist, 180_000);

  test('compares module references under the root: identical, a mock clash left by the tool, a wider team commit, a double import', () => {
    const tsconfig = JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } } });
    const repo = makeTempRepo({
      'web/tsconfig.json': tsconfig,
      'web/utils/old-log.ts': 'export const log = console;\nexport const level = 1;\n',
      'web/lib/log.ts': 'export const log = console;\n',
      'web/types/extra.ts': 'export type Extra = string;\n',
      'web/a.ts': "import { log } from '@/utils/old-log';\nlog.info('a');\n",
      'web/b.test.ts': "import { log } from '@/lib/log';\njest.mock('@/lib/log');\njest.mock('@/utils/old-log', () => ({ log: {} }));\nlog.info('b');\n",
      'web/c.ts': "import { log } from './utils/old-log';\nimport type { Extra } from '@/types/extra';\nexport const c: Extra = String(log);\n",
      'web/d.ts': "import { log } from '@/lib/log';\nimport { log as old } from '@/utils/old-log';\nold.info(log);\n",
      'web/e.ts': 'export const nothing = 1;\n',
      'web/g.ts': "import { level } from '@/utils/old-log';\nexport const g = level;\n",
      'web/h.ts': "import { nope } from '@/utils/old-log';\nexport const h = nope;\n",
      'server/x.py': 'import os\n',
    });
    writeFiles(repo, {
      'web/a.ts': "import { log } from '@/lib/log';\nlog.info('a');\n",
      // The team merged the two mocks by hand.
      'web/b.test.ts': "import { log } from '@/lib/log';\njest.mock('@/lib/log');\nlog.info('b');\n",
      // The team also moved Extra, which the mapping does not name.
      'web/c.ts': "import { log } from './lib/log';\nimport type { Extra } from '@/lib/log';\nexport const c: Extra = String(log);\n",
      'web/d.ts': "import { log } from '@/lib/log';\nimport { log as old } from '@/lib/log';\nold.info(log);\n",
      'web/e.ts': 'export const nothing = 2;\n',
      // lib/log exports no `level`, at the parent or here: the team's import is broken.
      'web/g.ts': "import { level } from '@/lib/log';\nexport const g = level;\n",
      // Neither module exports `nope`: broken before the commit too.
      'web/h.ts': "import { nope } from '@/lib/log';\nexport const h = nope;\n",
      'server/x.py': 'import sys\n',
    });
    git(repo, 'commit', '-qam', 'team: logger move');
    const replay = replayJsCommit({
      ...headOf(repo, 'synthetic-js'),
      moves: [{ from: '@/utils/old-log', to: '@/lib/log' }],
      root: 'web',
    });
    expect(Object.fromEntries(replay.files.map((f) => [f.path, f.category]))).toEqual({
      'web/a.ts': 'identical',
      'web/b.test.ts': 'mismatch',
      'web/c.ts': 'mismatch',
      'web/d.ts': 'mismatch',
      'web/e.ts': 'not-relevant',
      'web/g.ts': 'mismatch',
      'web/h.ts': 'mismatch',
    });
    expect(replay.skippedScripts).toEqual(['server/x.py']);
    const classes = Object.fromEntries(replay.files.filter((f) => f.category === 'mismatch').map((f) => [f.path, classify(f).id]));
    expect(classes).toEqual({
      'web/b.test.ts': 'tool-mock-clash',
      'web/c.ts': 'team-moved-unmapped',
      'web/d.ts': 'team-imported-twice',
      'web/g.ts': 'team-api-gap',
      'web/h.ts': 'name-missing-before',
    });
    const text = formatReplay(replay);
    expect(text).toContain('7 JS/TS files modified');
    expect(text).toContain("- ours   L3: jest.mock('@/utils/old-log')");
    expect(text).toContain("+ theirs L2: import type {Extra} from '@/lib/log'");
  }, 60_000);
});

test('the replay skips with a message when the netra mirror is absent', async () => {
  let out = '';
  const code = await replayHistory(['--mirror', path.join(makeTempDir(), 'nothing-here')], (text) => (out += text));
  expect(code).toBe(0);
  expect(out).toMatch(/^skipped: no git directory of netra-systems\/zen at /u);
});
