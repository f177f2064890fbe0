// `shims` over symbol moves gives advice: the lines that would keep a moved name importable from
// its legacy module. A rename within the module itself aliases the new name there (no module
// imports itself); a line that needs a specifier spells it as the project does (quotes, and the
// file name its tsconfig's node16/nodenext resolution needs), so the line compiles as suggested.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const nodeNext = (extra: object = {}) => JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, strict: true, skipLibCheck: true, types: [], ...extra }, include: ['src'] });
const adviceLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes('@deprecated') || l.includes('# deprecated')).map((l) => l.trim());

/** tsc's diagnostics over the repository's tsconfig, as text. */
function typeErrors(repo: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repo, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram(config.fileNames, config.options);
  return ts.getPreEmitDiagnostics(program).map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

test('a JS rename in place (date-fns getRoundingMethod → roundingMethod in round/index.ts) is a local export of the new name, which compiles', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/lib/round/index.ts:getRoundingMethod', to: './src/lib/round/index.ts:roundingMethod' }] } }),
    'tsconfig.json': nodeNext({ allowImportingTsExtensions: true }),
    'src/lib/round/index.ts': 'export function roundingMethod() { return 1; }\n',
    'src/use.ts': 'import { getRoundingMethod } from "./lib/round/index.ts";\nexport const x = getRoundingMethod();\n',
  });
  const lines = adviceLines((await runInRepo(repo, 'shims')).stderr);
  expect(lines).toEqual(['/** @deprecated Use roundingMethod instead. */ export { roundingMethod as getRoundingMethod };']);
  fs.appendFileSync(path.join(repo, 'src/lib/round/index.ts'), `${lines[0]}\n`);
  expect(typeErrors(repo)).toEqual([]);
});

test("a JS name moved to another file is re-exported from it in the project's spelling: its quotes, and the file name nodenext needs", async () => {
  const files = {
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/lib/interval.ts:normalizeInterval', to: './src/lib/dates.ts' }] } }),
    'tsconfig.json': nodeNext(),
    'src/lib/dates.ts': 'export function normalizeInterval() { return 1; }\n',
    // No relative import to vote on a style: the tsconfig decides. Its only specifier is double-quoted.
    'src/lib/interval.ts': 'import type { Stats } from "node:fs";\nexport type S = Stats | undefined;\n',
  };
  const runtime = makeTempRepo(files);
  expect(adviceLines((await runInRepo(runtime, 'shims')).stderr)).toEqual(['/** @deprecated Import from \'./dates.js\' instead. */ export { normalizeInterval } from "./dates.js";']);
  const source = makeTempRepo({ ...files, 'tsconfig.json': nodeNext({ allowImportingTsExtensions: true }) });
  expect(adviceLines((await runInRepo(source, 'shims')).stderr)).toEqual(['/** @deprecated Import from \'./dates.ts\' instead. */ export { normalizeInterval } from "./dates.ts";']);
});

test('a Python rename in place is an assignment in the module, not an import of the module by itself', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { roots: ['.'], moves: [{ from: 'pkg.mod:Old', to: 'pkg.mod:New' }] } }),
    'pkg/__init__.py': '',
    'pkg/mod.py': 'class New:\n    pass\n',
  });
  expect(adviceLines((await runInRepo(repo, 'shims')).stderr)).toEqual(['Old = New  # deprecated: use New']);
});
