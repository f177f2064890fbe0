// A tsconfig alias whose target adds the extension (`"lib/*": ["./src/*.ts"]`, zustand's tests) names
// a file, never a folder: after `./src/mw/b.ts` moved into `./src/mw/b/index.ts`, `lib/mw/b` leads
// nowhere (TS2307), so every form spelled through it is re-pointed at `lib/mw/b/index`, and check sees it.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

test('a file moved into its folder index is followed through an alias that names files by their extension', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './src/mw/b.ts', to: './src/mw/b/index.ts' }] } }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { moduleResolution: 'bundler', allowImportingTsExtensions: true, noEmit: true, paths: { 'lib/*': ['./src/*.ts'] } } }),
    'src/mw/b/index.ts': 'export const b = 1\n',
    'tests/t.ts': "import { b } from 'lib/mw/b'\nvi.mock('lib/mw/b')\nexport type B = typeof import('lib/mw/b')\nexport const t = [b]\n",
  });
  const before = await runInRepo(repo, 'check', '--no-color');
  expect(before.code).toBe(1);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'tests/t.ts'), 'utf8')).toBe(
    "import { b } from 'lib/mw/b/index'\nvi.mock('lib/mw/b/index')\nexport type B = typeof import('lib/mw/b/index')\nexport const t = [b]\n",
  );
  expect((await runInRepo(repo, 'check', '--no-color')).code).toBe(0);
});
