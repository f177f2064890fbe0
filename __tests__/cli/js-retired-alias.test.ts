// A tsconfig alias kept as a compatibility layer over the canonical directory itself (shadcn-ui/ui's
// apps/v4: `"@/app/(create)/*": ["./app/(app)/(create)/*"]` beside `"@/*": ["./*"]`, 473 files
// importing through it). Both spellings reach the same files, so no move by file identity can tell
// legacy from canonical: a whole-module move whose `from` is the alias retires it, and the rewrite
// takes every specifier through it onto the `to` spelling (the alias can then be deleted). An alias
// that leads anywhere else keeps naming files: its move matches every spelling of them, as before.
import fs from 'node:fs';
import path from 'node:path';
import { compilePlan } from '../../src/manifest/plan';
import { moduleKeyOf } from '../../src/rewrite/js/module-key';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const TSCONFIG = JSON.stringify({
  compilerOptions: { baseUrl: '.', paths: { '@/app/(create)/*': ['./app/(app)/(create)/*'], '@/legacy-ui': ['./app/old-ui/index.ts'], '@/*': ['./*'] } },
});

const TREE = {
  'tsconfig.json': TSCONFIG,
  'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/app/(create)', to: '@/app/(app)/(create)' }] } }),
  'app/(app)/(create)/lib/fonts.ts': 'export const FONTS = [];\n',
  'app/(app)/(create)/components/icon.tsx': 'export const Icon = () => null;\n',
  'registry/button.tsx': [
    'import { Icon } from "@/app/(create)/components/icon"',
    'import { FONTS } from "@/app/(create)/lib/fonts"',
    "import type { X } from '@/app/(app)/(create)/lib/fonts'",
    'jest.mock("@/app/(create)/lib/fonts")',
    'export const b = [Icon, FONTS]',
    '',
  ].join('\n'),
  'app/(app)/(create)/page.tsx': "import { FONTS } from './lib/fonts'\nexport const p = FONTS\n",
};

test('a move from a compatibility alias respells every specifier through it; a second run changes nothing', async () => {
  const repo = makeTempRepo(TREE);
  const verify = await runInRepo(repo, 'verify');
  expect(verify.code).toBe(0);
  // prune names the alias entry as the thing that goes, once nothing spells it (it never edits tsconfig).
  const before = await runInRepo(repo, 'prune');
  expect(before.stdout).toContain('keep the tsconfig paths entry "@/app/(create)/*": still spelled by registry/button.tsx');
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toContain('matched no reference');
  expect(fs.readFileSync(path.join(repo, 'registry/button.tsx'), 'utf8')).toBe(
    [
      'import { Icon } from "@/app/(app)/(create)/components/icon"',
      'import { FONTS } from "@/app/(app)/(create)/lib/fonts"',
      "import type { X } from '@/app/(app)/(create)/lib/fonts'",
      'jest.mock("@/app/(app)/(create)/lib/fonts")',
      'export const b = [Icon, FONTS]',
      '',
    ].join('\n'),
  );
  // The canonical directory's own relative imports name the same files, and stay.
  expect(fs.readFileSync(path.join(repo, 'app/(app)/(create)/page.tsx'), 'utf8')).toBe(TREE['app/(app)/(create)/page.tsx']);
  const again = await runInRepo(repo, 'run', '--no-color');
  expect(again.stdout).toContain('0 changed');
  const after = await runInRepo(repo, 'prune', '--apply', '--allow-dirty', '--format', 'json');
  expect(JSON.parse(after.stdout).aliases).toEqual([{ alias: '@/app/(create)/*', move: expect.any(String), spelledBy: [], delete: true }]);
  expect(fs.readFileSync(path.join(repo, 'tsconfig.json'), 'utf8')).toBe(TSCONFIG);
  expect((await runInRepo(repo, 'prune')).stdout).toContain('delete the tsconfig paths entry "@/app/(create)/*" by hand  (@/app/(create): no file spells it any more)');
  // Nothing to shim: the alias itself keeps old spellings resolving until tsconfig drops it.
  const shims = await runInRepo(repo, 'shims');
  expect(shims.stdout + shims.stderr).toContain('skip @/app/(create): a tsconfig paths alias, which keeps resolving until it is deleted from tsconfig; nothing to shim');
});

test('a module the canonical directory lacks stays, with a manual finding', async () => {
  const repo = makeTempRepo({ ...TREE, 'registry/gone.ts': 'import { G } from "@/app/(create)/lib/gone"\nexport const g = G\n' });
  const run = await runInRepo(repo, 'run', '--no-color');
  expect(run.stdout).toContain('manual registry/gone.ts:1:1: @/app/(create) → @/app/(app)/(create): @/app/(app)/(create) does not provide lib/gone');
});

test('only an alias leading into the canonical module is retired; one leading elsewhere keeps naming its files', () => {
  const aliases = [
    { pattern: '@/app/(create)/*', targets: ['app/(app)/(create)/*'] },
    { pattern: '@/legacy-ui', targets: ['app/old-ui/index.ts'] },
    { pattern: '@/*', targets: ['*'] },
  ];
  const plan = compilePlan(
    { javascript: { moves: [{ from: '@/app/(create)', to: '@/app/(app)/(create)' }, { from: '@/legacy-ui', to: '@/app/new-ui' }] } } as never,
    { file: 'ssot-codemod.json', aliases },
  );
  const js = plan.javascript!;
  expect(js.aliases.map((a) => [a.pattern, a.retired === true])).toEqual([
    ['@/app/(create)/*', true],
    ['@/legacy-ui', false],
    ['@/*', false],
  ]);
  expect(js.moves.map((m) => [m.fromKey, m.toKey])).toEqual([
    ['alias:@/app/(create)', 'file:app/(app)/(create)'],
    ['file:app/old-ui', 'file:app/new-ui'],
  ]);
  const keyOf = (specifier: string) => moduleKeyOf(specifier, { importer: 'registry/x.ts', aliases: js.aliases });
  expect(keyOf('@/app/(create)/lib/fonts')).toBe('alias:@/app/(create)/lib/fonts');
  expect(keyOf('@/app/(app)/(create)/lib/fonts')).toBe('file:app/(app)/(create)/lib/fonts');
  expect(keyOf('../app/(app)/(create)/lib/fonts')).toBe('file:app/(app)/(create)/lib/fonts');
  // Not retired: the exact alias and a relative path name one file, and a move of it matches both.
  expect(keyOf('@/legacy-ui')).toBe('file:app/old-ui');
  expect(keyOf('../app/old-ui')).toBe('file:app/old-ui');
});
