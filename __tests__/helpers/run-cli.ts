// Calls the CLI's main() in-process with captured stdout/stderr (with fake rewriters, or the real
// ones in a given repository), the way the CLI tests drive whole runs on temporary repositories.
import { main } from '../../src/cli/main';
import type { LanguageRewriter } from '../../src/rewrite/language';
import { fakeRewriters } from './fake-rewriter';
import { captureOutput } from './temp-repo';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string, options: { rewriters?: LanguageRewriter[]; isTTY?: boolean } = {}): Promise<CliRun> {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(argv, { stdout, stderr, cwd, isTTY: options.isTTY, rewriters: options.rewriters ?? fakeRewriters() });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The real CLI with the real rewriters, run against `repo` as its root (appends `--root repo`). */
export async function runInRepo(repo: string, ...argv: string[]): Promise<CliRun> {
  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main([...argv, '--root', repo], { stdout, stderr, cwd: repo });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
