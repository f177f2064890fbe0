// Verify before write: an output that does not re-parse is never written and is reported failed:
// output-unparseable with the parser's message; --verify=python adds CPython's compile() on top.
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { startPythonVerifier } from '../../src/pipeline/python-verifier';
import { javascriptRewriter } from '../../src/rewrite/js';
import type { LanguageRewriter } from '../../src/rewrite/language';
import type { FileResult } from '../../src/types';
import { createFakeRewriter } from '../helpers/fake-rewriter';
import { pythonMinor } from '../helpers/python-oracle';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, git, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const HAS_PYTHON = pythonMinor() !== undefined;
const MANIFEST = JSON.stringify({
  javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] },
  python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] },
});

/** The real JS rewriter with a forced transform bug: it drops the closing brace of every import it rewrites. */
const buggyJs: LanguageRewriter = {
  ...javascriptRewriter,
  rewrite(input) {
    const outcome = javascriptRewriter.rewrite(input);
    return { ...outcome, code: outcome.code.replace(/\}\s*from 'core-lib'/g, " from 'core-lib'") };
  },
};

/** A Python rewriter whose output the fake's own checkSyntax accepts but CPython rejects (`def` without a body). */
function pythonBreaker(): LanguageRewriter {
  const fake = createFakeRewriter('python', ['.py']);
  return {
    ...fake,
    rewrite(input) {
      const outcome = fake.rewrite(input);
      return outcome.code === input.source ? outcome : { ...outcome, code: outcome.code + (input.source.includes('BREAK') ? 'def f(:\n' : '') };
    },
  };
}

describe('verify before write', () => {
  test('a transform bug producing broken TS is never written: failed output-unparseable with the parser message, exit 1', async () => {
    const good = "import { a } from 'other';\nexport const b = a;\n";
    const bad = "import { a } from 'legacy-lib';\nexport const b = a;\n";
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, 'src/bad.ts': bad, 'src/good.ts': good });
    const { code, stdout } = await runCli(['run', '--apply', '--no-verify', '--format', 'json'], root, { rewriters: [buggyJs] });
    expect(code).toBe(1);
    const entry = JSON.parse(stdout).files.find((f: { path: string }) => f.path === 'src/bad.ts');
    expect(entry).toMatchObject({ status: 'failed', error: { code: 'output-unparseable' } });
    expect(entry.error.message).toMatch(/would not parse/);
    expect(fs.readFileSync(path.join(root, 'src/bad.ts'), 'utf8')).toBe(bad);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  (HAS_PYTHON ? test : test.skip)('--verify=python: CPython rejects an output the built-in check let through; it is not written', async () => {
    const root = makeTempRepo({
      'ssot-codemod.json': MANIFEST,
      'a.py': 'import importlib\nm = importlib.import_module("pkg.legacy")  # BREAK\n',
      'b.py': 'import importlib\nm = importlib.import_module("pkg.legacy")\n',
    });
    const { code, stdout } = await runCli(['run', '--apply', '--no-verify', '--verify=python', '--format', 'json'], root, { rewriters: [pythonBreaker()] });
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files as Array<{ path: string; status: string; error?: { code: string; message: string; line?: number } }>;
    expect(files.find((f) => f.path === 'a.py')).toMatchObject({ status: 'failed', error: { code: 'output-unparseable', line: 3 } });
    expect(files.find((f) => f.path === 'a.py')?.error?.message).toMatch(/CPython rejects/);
    expect(files.find((f) => f.path === 'b.py')?.status).toBe('changed');
    expect(fs.readFileSync(path.join(root, 'a.py'), 'utf8')).toContain('pkg.legacy');
    expect(fs.readFileSync(path.join(root, 'b.py'), 'utf8')).toContain('pkg.core');
  });

  (HAS_PYTHON ? test : test.skip)('--verify=python also guards a dry run: the rejected output is reported failed', async () => {
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, 'a.py': 'import importlib\nimportlib.import_module("pkg.legacy")  # BREAK\n' });
    const { code, stdout } = await runCli(['run', '--verify', 'python', '--format', 'json'], root, { rewriters: [pythonBreaker()] });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ status: 'failed', error: { code: 'output-unparseable' } });
  });

  test('--verify=python without python3 is a warning, not a crash: the run goes on', async () => {
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, 'b.py': 'import importlib\nimportlib.import_module("pkg.legacy")\n' });
    const stdout = { text: '', write(c: string) { this.text += c; return true; } };
    const stderr = { text: '', write(c: string) { this.text += c; return true; } };
    const code = await main(['run', '--verify=python', '--no-verify', '--apply', '--format', 'json'], {
      stdout,
      stderr,
      cwd: root,
      rewriters: [pythonBreaker()],
      python: '/nonexistent/python3',
    });
    expect(code).toBe(0);
    expect(stderr.text).toContain('warning: --verify=python needs Python 3 (/nonexistent/python3 was not found)');
    expect(JSON.parse(stdout.text).files[0].status).toBe('changed');
  });

  (HAS_PYTHON ? test : test.skip)('one python3 process answers many files in order, including hostile ones', async () => {
    const verifier = startPythonVerifier()!;
    const changed = (p: string, code: string, language: 'python' | 'javascript' = 'python'): FileResult => ({ path: p, status: 'changed', language, findings: [], original: '', code, edits: [] });
    try {
      const results = await Promise.all([
        verifier.verify(changed('ok.py', 'import os\n')),
        verifier.verify(changed('bad.py', 'def (:\n')),
        verifier.verify(changed('nul.py', 'x = 1\0\n')),
        verifier.verify(changed('deep.py', 'x = ' + '('.repeat(5000) + '1' + ')'.repeat(5000) + '\n')),
        verifier.verify(changed('ok2.py', 'from a import (b,\n c)\n')),
      ]);
      expect(results.map((r) => r.status)).toEqual(['changed', 'failed', 'failed', 'failed', 'changed']);
      const js = changed('a.ts', 'def (:', 'javascript');
      expect(await verifier.verify(js)).toBe(js);
    } finally {
      verifier.close();
    }
  });
});
