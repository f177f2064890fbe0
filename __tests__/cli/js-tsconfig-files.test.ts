// A moved file named in the tsconfig's own lists (immer's `"files": [..., "./src/plugins/mapset.ts"]`
// after src/plugins moved to src/features): tsc reads the entry as written, so the run re-points it
// in place, check counts it until then, and the project type-checks after `run --apply`. Before,
// nothing was reported, check passed, and tsc failed TS6053.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const TSCONFIG = `{
  // the entry points and the plugins
  "compilerOptions": { "strict": true, "module": "ESNext", "moduleResolution": "bundler", "noEmit": true, "target": "ES2020" },
  "files": ["./src/index.ts", "./src/plugins/patches.ts"],
  "include": ["src/plugins/**/*.test.ts"],
}
`;

const TREE = {
  'package.json': JSON.stringify({ name: 'r', type: 'module' }),
  'tsconfig.json': TSCONFIG,
  'src/index.ts': 'export {enablePatches} from "./plugins/patches"\n',
  'src/features/patches.ts': 'export function enablePatches(): void {}\n',
  'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './src/plugins', to: './src/features' }] } }),
};

function typeCheck(repo: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repo, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

test('a tsconfig "files" entry naming a moved file is re-pointed in place; check and scan see it until then', async () => {
  const repo = makeTempRepo(TREE);
  const before = await runInRepo(repo, 'check', '--no-color');
  expect(before.code).toBe(1);
  expect(before.stdout).toContain('tsconfig.json:4:31  ./src/plugins → ./src/features  (tsconfig-entry)');
  expect(before.stdout).toContain('tsconfig.json:5:15');
  expect((await runInRepo(repo, 'scan', '--no-color')).stdout).toMatch(/tsconfig-entry +2 +2 +0/);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'tsconfig.json'), 'utf8')).toBe(TSCONFIG.replace('"./src/plugins/patches.ts"', '"./src/features/patches.ts"').replace('"src/plugins/**', '"src/features/**'));
  expect(typeCheck(repo)).toEqual([]);
  expect((await runInRepo(repo, 'check', '--no-color')).code).toBe(0);
});

test('an entry whose new file is not there yet is a manual finding saying what to write', async () => {
  const { 'src/features/patches.ts': moved, ...rest } = TREE;
  const repo = makeTempRepo({ ...rest, 'src/plugins/patches.ts': moved });
  const check = await runInRepo(repo, 'check', '--no-color');
  expect(check.code).toBe(1);
  const run = await runInRepo(repo, 'run', '--no-color');
  expect(run.stdout).toContain(
    'manual tsconfig.json:4:31: ./src/plugins → ./src/features: tsconfig.json "files" entry "./src/plugins/patches.ts" names src/plugins/patches.ts, which moves with ./src/plugins to ./src/features',
  );
  expect(fs.readFileSync(path.join(repo, 'tsconfig.json'), 'utf8')).toBe(TSCONFIG);
});
