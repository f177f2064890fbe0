// The ast-grep anchor of the netra scenario: installs @ast-grep/cli from npm into the bench's scratch
// folder (never a project dependency) and builds the command a user would run for the netra
// migration: one Python import pattern with its rewrite, as a dry run (diffs printed, nothing written).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './measure';

export const AST_GREP_PACKAGE = '@ast-grep/cli@0.51.1';

/** The pattern and rewrite: the most common legacy import of the netra tree (`from … unified_manager import A, B`). */
export const AST_GREP_PATTERN = 'from netra_backend.app.websocket_core.unified_manager import $$$NAMES';
export const AST_GREP_REWRITE = 'from netra_backend.app.websocket_core.websocket_manager import $$$NAMES';

/**
 * The ast-grep binary: `given` if set, else installed with npm into `<scratch>/ast-grep`. The
 * package's postinstall only copies the binary of the platform package (an optional dependency,
 * e.g. @ast-grep/cli-linux-x64-gnu); where install scripts are refused, that binary is used directly.
 * Returns the binary, or why there is none.
 */
export function installAstGrep(scratch: string, given: string | undefined, log: (line: string) => void): { bin?: string; problem?: string } {
  if (given) return fs.existsSync(given) ? { bin: given } : { problem: `--ast-grep ${given} does not exist` };
  const prefix = path.join(scratch, 'ast-grep');
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), '{ "name": "ast-grep-for-bench", "private": true }\n');
  log(`installing ${AST_GREP_PACKAGE} with npm into ${prefix} …`);
  const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', AST_GREP_PACKAGE], { cwd: prefix, encoding: 'utf8' });
  if (npm.status !== 0) return { problem: `npm install ${AST_GREP_PACKAGE} failed: ${(npm.stderr || npm.stdout).trim().split('\n').slice(-3).join(' ')}` };
  const scoped = path.join(prefix, 'node_modules', '@ast-grep');
  const candidates = [path.join(scoped, 'cli', 'ast-grep'), ...listDirs(scoped).filter((d) => d.startsWith('cli-')).map((d) => path.join(scoped, d, 'ast-grep'))];
  for (const bin of candidates) {
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (version.status === 0) {
      log(`  ${version.stdout.trim()} (${path.relative(prefix, bin)})`);
      return { bin };
    }
  }
  return { problem: `no runnable ast-grep binary after npm install (tried ${candidates.join(', ')})` };
}

function listDirs(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** `ast-grep run` over the whole tree (it honours .gitignore, as ssot-codemod does): exit 0 with matches, 1 without. */
export function astGrepDry(bin: string, root: string): Command {
  return { argv: [bin, 'run', '--lang', 'python', '--pattern', AST_GREP_PATTERN, '--rewrite', AST_GREP_REWRITE, '.'], cwd: root, okExitCodes: [0, 1] };
}
