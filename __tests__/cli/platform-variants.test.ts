// React Native platform builds (`BackHandler.native.tsx` beside `BackHandler.tsx`): Metro loads
// them before the plain file, so a move that leaves one behind changes what that platform runs.
// verify refuses it (platform-variant, an error); once the build is moved too, the run carries its
// relative imports from the old folder like the moved module's own.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, git, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const manifest = JSON.stringify({ javascript: { moves: [{ from: './src/utils/BackHandler/BackHandler.tsx', to: './src/utils/backHandler.tsx' }] } });

test('a platform build left at the old place is a verify error naming the git mv that fixes it; run --apply waits for it', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest,
    'src/utils/backHandler.tsx': 'export const BackHandler = { exitApp() {} };\n',
    'src/utils/BackHandler/BackHandler.native.tsx': "export { BackHandler } from 'react-native';\n",
    'src/Modal.tsx': "import { BackHandler } from './utils/BackHandler/BackHandler';\nexport const m = BackHandler;\n",
  });
  const verify = await runInRepo(repo, 'verify', '--no-color');
  expect(verify.code).toBe(1);
  expect(verify.stderr + verify.stdout).toContain(
    'error: platform-variant: $.javascript.moves[0]: src/utils/BackHandler/BackHandler.native.tsx is the legacy module\'s native build and the canonical module has none',
  );
  expect(verify.stderr + verify.stdout).toContain('git mv src/utils/BackHandler/BackHandler.native.tsx src/utils/backHandler.native.tsx');
  const apply = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(apply.code).toBe(2);
  expect(git(repo, 'status', '--porcelain')).toBe('');
});

test('moved along, the platform build passes verify and its relative imports are carried from the old folder', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest,
    'src/utils/backHandler.tsx': "import { noop } from '../noop';\nexport const BackHandler = { exitApp: noop };\n",
    'src/utils/backHandler.android.tsx': "import { noop } from '../noop';\nexport { BackHandler } from 'react-native';\nexport const n = noop;\n",
    'src/utils/noop.ts': 'export const noop = () => {};\n',
    'src/Modal.tsx': "import { BackHandler } from './utils/BackHandler/BackHandler';\nexport const m = BackHandler;\n",
  });
  expect((await runInRepo(repo, 'verify')).code).toBe(0);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('src/Modal.tsx')).toBe("import { BackHandler } from './utils/backHandler';\nexport const m = BackHandler;\n");
  // From src/utils/BackHandler/, `../noop` was src/utils/noop.ts; from src/utils/ it is `./noop`.
  expect(read('src/utils/backHandler.tsx')).toBe("import { noop } from './noop';\nexport const BackHandler = { exitApp: noop };\n");
  expect(read('src/utils/backHandler.android.tsx')).toBe("import { noop } from './noop';\nexport { BackHandler } from 'react-native';\nexport const n = noop;\n");
});
