// `run --tolerant` end to end with the real Python rewriter on temporary git repositories: the
// `changed (tolerant)` marker in diffs, summary and JSON, the not-parsed count and its hint, apply,
// --verify python (CPython compiles input and output; the output must fail where the input did),
// and `check`/`scan --tolerant`, which count the references of broken files.
import fs from 'node:fs';
import path from 'node:path';
import { startPythonVerifier } from '../../src/pipeline/python-verifier';
import { TOLERANT_HINT } from '../../src/pipeline/syntax-error-tally';
import { pythonRewriter } from '../../src/rewrite/python';
import type { LanguageRewriter } from '../../src/rewrite/language';
import type { FileResult } from '../../src/types';
import { pythonMinor } from '../helpers/python-oracle';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo, type FileMap } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const HAS_PYTHON = pythonMinor() !== undefined;
const MANIFEST = JSON.stringify({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] } });
const BROKEN = 'from pkg.legacy import A\n\n\nclass C(object)\n    x = A\n';
const FILES: FileMap = {
  'ssot-codemod.json': MANIFEST,
  'broken.py': BROKEN,
  'hidden.py': 'x = (\nfrom pkg.legacy import A\n',
  'fine.py': 'from pkg.legacy import A\n',
};
const python = [pythonRewriter];

describe('run --tolerant', () => {
  test('without the flag: broken files are failed: parse, counted, with the hint', async () => {
    const root = makeTempRepo(FILES);
    const { code, stdout } = await runCli(['run', '--no-verify'], root, { rewriters: python });
    expect(code).toBe(1);
    expect(stdout).toContain('3 files scanned: 1 changed, 0 unchanged, 0 skipped, 2 failed');
    expect(stdout).toContain(`2 files not parsed (syntax errors): ${TOLERANT_HINT}`);
    const json = JSON.parse((await runCli(['run', '--no-verify', '--format', 'json'], root, { rewriters: python })).stdout);
    expect(json.summary.syntaxErrors).toEqual({ notParsed: 2, tolerant: 0, hint: TOLERANT_HINT });
  });

  test('with it: the diff, the summary and the JSON say changed (tolerant) with the parse error', async () => {
    const root = makeTempRepo(FILES);
    const { code, stdout } = await runCli(['run', '--no-verify', '--tolerant'], root, { rewriters: python });
    expect(code).toBe(1); // hidden.py: nothing provable to rewrite, still failed: parse
    expect(stdout).toContain('# changed (tolerant): broken.py:5:5: unexpected indent (the input does not parse; only provable lines were rewritten)\ndiff --git a/broken.py b/broken.py\n');
    expect(stdout).toContain('-from pkg.legacy import A\n+from pkg.core import A\n');
    expect(stdout).toContain('3 files scanned: 2 changed (1 tolerant), 0 unchanged, 0 skipped, 1 failed');
    expect(stdout).toContain('  changed (tolerant) broken.py:5:5: unexpected indent\n');
    expect(stdout).toContain('1 file not parsed (syntax errors)\n');
    expect(stdout).toMatch(/manual hidden\.py:2:1: pkg\.legacy → pkg\.core: in lines the reader cannot prove \(the file does not parse: '\(' was never closed at line 1\)/);
    const json = JSON.parse((await runCli(['run', '--no-verify', '--tolerant', '--format', 'json'], root, { rewriters: python })).stdout);
    const entry = json.files.find((f: { path: string }) => f.path === 'broken.py');
    expect(entry).toMatchObject({ status: 'changed', tolerant: { line: 5, column: 5, message: 'unexpected indent' } });
    expect(json.summary.syntaxErrors).toEqual({ notParsed: 1, tolerant: 1 });
  });

  test('--apply writes the tolerant rewrite', async () => {
    const root = makeTempRepo(FILES);
    const { code } = await runCli(['run', '--no-verify', '--tolerant', '--apply'], root, { rewriters: python });
    expect(code).toBe(1);
    expect(fs.readFileSync(path.join(root, 'broken.py'), 'utf8')).toBe(BROKEN.replace('pkg.legacy', 'pkg.core'));
    expect(fs.readFileSync(path.join(root, 'hidden.py'), 'utf8')).toBe(FILES['hidden.py']);
  });

  (HAS_PYTHON ? test : test.skip)('--verify python: CPython agrees the output fails where the input did', async () => {
    const root = makeTempRepo(FILES);
    const { stdout } = await runCli(['run', '--no-verify', '--tolerant', '--verify', 'python', '--format', 'json'], root, { rewriters: python });
    expect(JSON.parse(stdout).files.map((f: { path: string; status: string }) => `${f.path} ${f.status}`)).toEqual(['broken.py changed', 'fine.py changed', 'hidden.py failed']);
  });

  (HAS_PYTHON ? test : test.skip)('--verify python: an output failing anywhere else is output-unparseable and not written', async () => {
    // A rewriter that also breaks a line of its own above the input's error.
    const sloppy: LanguageRewriter = {
      ...pythonRewriter,
      rewrite(input) {
        const outcome = pythonRewriter.rewrite(input);
        if (!outcome.tolerant) return outcome;
        const edits = [...outcome.edits, { start: 25, end: 25, text: 'x = )\n' }];
        return { ...outcome, edits, code: outcome.code.replace('\n\n\n', '\nx = )\n\n\n') };
      },
    };
    // The built-in re-parse is made to agree, so only CPython can catch it.
    const blind: LanguageRewriter = { ...sloppy, checkSyntax: (source, p) => pythonRewriter.checkSyntax(source.replace('x = )\n', '\n'), p) };
    const root = makeTempRepo(FILES);
    const { stdout } = await runCli(['run', '--no-verify', '--tolerant', '--verify', 'python', '--apply', '--format', 'json'], root, { rewriters: [blind] });
    const entry = JSON.parse(stdout).files.find((f: { path: string }) => f.path === 'broken.py');
    expect(entry).toMatchObject({ status: 'failed', error: { code: 'output-unparseable', line: 2 } });
    expect(entry.error.message).toMatch(/must fail where its input does \("expected ':'" at output line 5\), but CPython reports "unmatched '\)'" at output line 2/);
    expect(fs.readFileSync(path.join(root, 'broken.py'), 'utf8')).toBe(BROKEN);
  });

  (HAS_PYTHON ? test : test.skip)('the verifier: an input CPython accepts must give an output it accepts', async () => {
    const verifier = startPythonVerifier()!;
    const changed = (original: string, code: string): FileResult => ({
      path: 'a.py', status: 'changed', language: 'python', findings: [], original, code, edits: [], tolerant: { line: 1, message: 'reader only' },
    });
    try {
      expect((await verifier.verify(changed('x = 1\n', 'x = 2\n'))).status).toBe('changed');
      expect(await verifier.verify(changed('x = 1\n', 'x = (\n'))).toMatchObject({ status: 'failed', error: { message: expect.stringContaining('must parse, as its input does') } });
    } finally {
      verifier.close();
    }
  });

  test('check and scan: without --tolerant a broken file hides its references; with it they count', async () => {
    const root = makeTempRepo({ 'ssot-codemod.json': MANIFEST, 'broken.py': BROKEN, 'hidden.py': FILES['hidden.py'] });
    const before = await runCli(['check'], root, { rewriters: python });
    expect(before.code).toBe(0);
    const after = await runCli(['check', '--tolerant'], root, { rewriters: python });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('broken.py:1:1');
    expect(after.stdout).toContain('hidden.py:2:1');
    const scan = JSON.parse((await runCli(['scan', '--tolerant', '--format', 'json'], root, { rewriters: python })).stdout);
    expect(scan.totals).toMatchObject({ references: 2, automatic: 1, manual: 1 });
  });
});
