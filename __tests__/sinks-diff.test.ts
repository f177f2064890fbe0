// diff sink and git-style formatting: exact bytes (CRLF, missing final newline, quoting, color)
// and, above all, `git apply` accepting the output.
import fs from 'node:fs';
import path from 'node:path';
import { createDiffSink } from '../src/sinks/diff';
import { formatGitDiff, quotePath } from '../src/sinks/git-diff';
import { captureOutput, cleanupTempDirs, git, makeTempRepo } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

/** Applies `patch` to a repository holding `before` and checks the result is `after`, byte for byte, and back. */
function expectGitApplies(file: string, before: string, after: string, patch: string) {
  const repo = makeTempRepo({ [file]: before });
  fs.writeFileSync(path.join(repo, 'change.patch'), patch);
  git(repo, 'apply', '--check', 'change.patch');
  git(repo, 'apply', 'change.patch');
  expect(fs.readFileSync(path.join(repo, file), 'utf8')).toBe(after);
  git(repo, 'apply', '-R', 'change.patch');
  expect(fs.readFileSync(path.join(repo, file), 'utf8')).toBe(before);
}

describe('diff', () => {
  test('formats a git-style unified diff', () => {
    const before = 'a\nb\nfrom pkg.legacy import x\nc\nd\ne\nf\n';
    const after = 'a\nb\nfrom pkg.core import x\nc\nd\ne\nf\n';
    const patch = formatGitDiff('src/m.py', before, after);
    expect(patch).toBe(
      [
        'diff --git a/src/m.py b/src/m.py',
        '--- a/src/m.py',
        '+++ b/src/m.py',
        '@@ -1,6 +1,6 @@',
        ' a',
        ' b',
        '-from pkg.legacy import x',
        '+from pkg.core import x',
        ' c',
        ' d',
        ' e',
        '',
      ].join('\n'),
    );
    expectGitApplies('src/m.py', before, after, patch);
  });

  test('keeps CRLF line endings inside the lines', () => {
    const before = "import a from 'legacy-lib';\r\nconst x = 1;\r\n";
    const after = "import a from 'core-lib';\r\nconst x = 1;\r\n";
    const patch = formatGitDiff('a.ts', before, after);
    expect(patch).toContain("-import a from 'legacy-lib';\r\n+import a from 'core-lib';\r\n const x = 1;\r\n");
    expectGitApplies('a.ts', before, after, patch);
  });

  test('marks a missing final newline the way git does', () => {
    const before = "x = 1\nfrom pkg.legacy import y";
    const after = "x = 1\nfrom pkg.core import y";
    const patch = formatGitDiff('a.py', before, after);
    expect(patch.endsWith('-from pkg.legacy import y\n\\ No newline at end of file\n+from pkg.core import y\n\\ No newline at end of file\n')).toBe(true);
    expectGitApplies('a.py', before, after, patch);
  });

  test('quotes unusual paths like git and still applies', () => {
    expect(quotePath('a/plain name.ts')).toBe('a/plain name.ts');
    expect(quotePath('a/é.ts')).toBe('"a/\\303\\251.ts"');
    expectGitApplies('dir/é "q".py', 'import pkg.legacy\n', 'import pkg.core\n', formatGitDiff('dir/é "q".py', 'import pkg.legacy\n', 'import pkg.core\n'));
  });

  test('the sink prints changed files only, colored only when asked', () => {
    const plain = captureOutput();
    const colored = captureOutput();
    const changed = { path: 'a.py', status: 'changed' as const, language: 'python' as const, findings: [], original: 'a\n', code: 'b\n', edits: [] };
    for (const [out, color] of [[plain, false], [colored, true]] as const) {
      const sink = createDiffSink({ out, color });
      sink.onResult({ path: 'u.py', status: 'unchanged', language: 'python', findings: [] });
      sink.onResult(changed);
    }
    expect(plain.text()).toBe('diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1,1 +1,1 @@\n-a\n+b\n');
    expect(colored.text()).toContain('\u001b[31m-a\u001b[39m');
    expect(plain.text()).not.toContain('\u001b');
  });
});
