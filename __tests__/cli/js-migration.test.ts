// The real JS/TS rewriter through the CLI on a temporary git repository: the exact dry-run diff,
// a patch that git applies and reverts, and --apply producing the same tree as the patch.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, git, makeTempDir, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

const files = {
  'ssot-codemod.json': JSON.stringify({
    javascript: {
      moves: [
        { from: '@/services/legacyWs', to: '@/services/ws' },
        { from: './src/lib/ws-manager.ts:WSManager', to: './src/services/ws.ts:WebSocketService' },
      ],
    },
  }),
  'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
  'src/services/ws.ts': 'export class WebSocketService {}\nexport const ws = new WebSocketService();\n',
  'src/services/legacyWs.ts': "export * from './ws';\n",
  'src/lib/ws-manager.ts': "export { WebSocketService as WSManager } from '../services/ws';\nexport const RETRY = 3;\n",
  'src/app/chat.tsx': "import { WSManager, RETRY } from '../lib/ws-manager';\r\nimport { ws } from \"@/services/legacyWs\";\r\n\r\nexport const m = new WSManager(); // keep\r\nexport const n = [ws, RETRY];\r\n",
  'src/app/chat.test.ts': "jest.mock('@/services/legacyWs');\nconst { ws } = require('@/services/legacyWs');\n",
  'src/app/unrelated.ts': "export const x = 'manager';\n",
};

const cli = runInRepo;

afterAll(cleanupTempDirs);

test('dry run prints exact git-style diffs and writes nothing', async () => {
  const repo = makeTempRepo(files);
  const result = await cli(repo, 'run', '--no-color');
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n').slice(0, 21).join('\n')).toBe(
    [
      'diff --git a/src/app/chat.test.ts b/src/app/chat.test.ts',
      '--- a/src/app/chat.test.ts',
      '+++ b/src/app/chat.test.ts',
      '@@ -1,2 +1,2 @@',
      "-jest.mock('@/services/legacyWs');",
      "-const { ws } = require('@/services/legacyWs');",
      "+jest.mock('@/services/ws');",
      "+const { ws } = require('@/services/ws');",
      'diff --git a/src/app/chat.tsx b/src/app/chat.tsx',
      '--- a/src/app/chat.tsx',
      '+++ b/src/app/chat.tsx',
      '@@ -1,5 +1,6 @@',
      "-import { WSManager, RETRY } from '../lib/ws-manager';\r",
      '-import { ws } from "@/services/legacyWs";\r',
      "+import { RETRY } from '../lib/ws-manager';\r",
      "+import { WebSocketService } from '../services/ws';\r",
      '+import { ws } from "@/services/ws";\r',
      ' \r',
      '-export const m = new WSManager(); // keep\r',
      '+export const m = new WebSocketService(); // keep\r',
      ' export const n = [ws, RETRY];\r',
    ].join('\n'),
  );
  expect(result.stdout).toMatch(/2 changed/);
  expect(git(repo, 'status', '--porcelain')).toBe('');
});

test('--patch applies with git apply, reverts with git apply -R, and equals --apply', async () => {
  const repo = makeTempRepo(files);
  const patch = path.join(makeTempDir(), 'change.patch');
  expect((await cli(repo, 'run', '--patch', patch)).code).toBe(0);
  git(repo, 'apply', '--check', patch);
  git(repo, 'apply', patch);
  const patched = fs.readFileSync(path.join(repo, 'src/app/chat.tsx'));
  git(repo, 'apply', '-R', patch);
  expect(git(repo, 'status', '--porcelain')).toBe('');

  expect((await cli(repo, 'run', '--apply')).code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'src/app/chat.tsx'))).toEqual(patched);
  expect((await cli(repo, 'check')).code).toBe(0);
});
