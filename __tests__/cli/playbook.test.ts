// The playbook (docs/playbook.md) end to end on a copy of the bundled example: verify → shims
// --apply --force → run --apply → check → prune --apply. Afterwards the whole-module legacy
// modules are gone, CPython imports the backend and runs its test, and the frontend type-checks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { main } from '../../src/cli/main';
import { captureOutput, cleanupTempDirs, git, makeTempRepo, type FileMap } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const EXAMPLES = path.join(__dirname, '../../examples');

function readTree(dir: string, prefix = ''): FileMap {
  const out: FileMap = {};
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== '__pycache__') Object.assign(out, readTree(dir, rel));
    } else out[rel] = fs.readFileSync(path.join(dir, rel));
  }
  return out;
}

async function cli(repo: string, ...argv: string[]) {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main([...argv, '--root', repo, '--manifest', path.join(repo, 'ssot-codemod.json')], { stdout, stderr, cwd: repo });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const python = (repo: string, ...args: string[]) => spawnSync('python3', args, { cwd: path.join(repo, 'backend'), encoding: 'utf8' });

function typeCheck(repo: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repo, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config || !config.fileNames.some((f) => f.endsWith('frontend/components/ChatPanel.tsx'))) throw new Error('tsconfig.json does not cover frontend/');
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

test('verify → shims → run → check → prune leaves a repository that imports, passes its test and type-checks', async () => {
  const repo = makeTempRepo(readTree(EXAMPLES));
  const commit = (message: string) => git(repo, 'commit', '-qam', message);

  expect((await cli(repo, 'verify')).code).toBe(0);

  // unified_manager.py is an older duplicate implementation (real code): only --force replaces it.
  expect((await cli(repo, 'shims', '--apply')).code).toBe(1);
  expect((await cli(repo, 'shims', '--apply', '--force')).code).toBe(0);
  commit('shims');
  // With the shims, the legacy paths still work (and warn).
  const legacy = python(repo, '-W', 'error::DeprecationWarning', '-c', 'import app.websocket_core.unified_manager');
  expect(legacy.stderr).toContain('DeprecationWarning: app.websocket_core.unified_manager is deprecated; import from app.websocket_core.websocket_manager instead');
  expect(python(repo, '-c', 'import app.routes.websocket_routes, app.services.broadcast').status).toBe(0);

  const run = await cli(repo, 'run', '--apply', '--quiet');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('7 changed');
  commit('run');
  expect((await cli(repo, 'check')).code).toBe(0);

  const prune = await cli(repo, 'prune', '--apply');
  expect(prune.code).toBe(0);
  expect(git(repo, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
    ' D backend/app/websocket_core/manager.py',
    ' D backend/app/websocket_core/unified_manager.py',
    ' D frontend/services/legacyWs.ts',
  ]);

  const imported = python(repo, '-c', 'import app.routes.websocket_routes, app.services.broadcast');
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  const unit = python(repo, '-m', 'unittest', 'tests.test_websocket_routes');
  expect(unit.stderr).toMatch(/\nOK\n$/);
  expect(typeCheck(repo)).toEqual([]);
});
