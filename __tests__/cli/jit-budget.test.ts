// The command's V8 inlining budget (src/cli/jit-budget.ts): set by bin/ssot-codemod.js for its own
// process, never over a budget the user gave node, and never by merely loading the CLI or a transform.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildDist } from '../helpers/build-dist';
import { setCliInliningBudget } from '../../src/cli/jit-budget';

const REPO = path.join(__dirname, '..', '..');

beforeAll(buildDist, 180_000);

/** Runs `script` in a fresh node with `execArgv`, returning its stdout. */
function inChild(script: string, execArgv: string[] = []): string {
  const child = spawnSync(process.execPath, [...execArgv, '-e', script], { cwd: REPO, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return child.stdout;
}

describe('the CLI inlining budget', () => {
  test('a budget given to node, in either spelling, is left as it is', () => {
    expect(setCliInliningBudget(['--max-inlined-bytecode-size-cumulative=400'])).toBe(false);
    expect(setCliInliningBudget(['--stack-size=2000', '--max_inlined_bytecode_size_cumulative=400'])).toBe(false);
  });

  test('otherwise the command sets it, once, before the CLI loads (and only bin does)', () => {
    const probe = `const b = require('./dist/src/cli/jit-budget.js'); process.stdout.write(String(b.setCliInliningBudget()))`;
    expect(inChild(probe)).toBe('true');
    expect(inChild(probe, ['--max-inlined-bytecode-size-cumulative=300'])).toBe('false');
    expect(inChild(probe, ['--stack-size=2000'])).toBe('true');
    // Loading the CLI or a transform sets nothing: only the command owns its process's flags.
    const loaded = `require('./dist/src/cli/main.js'); require('./dist/transforms/py-imports.js'); process.stdout.write(Object.keys(require.cache).filter((k) => k.includes('jit-budget')).join(','))`;
    expect(inChild(loaded)).toBe('');
    const bin = spawnSync(process.execPath, [path.join(REPO, 'bin', 'ssot-codemod.js'), '--version'], { cwd: REPO, encoding: 'utf8' });
    expect(bin.status).toBe(0);
    expect(bin.stdout).toBe(`${require('../../package.json').version}\n`);
  });
});
