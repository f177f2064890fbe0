// The one fixture table: every __testfixtures__/<transform>/<case>.input.<ext> is run through
// transforms/<transform>.ts by its jscodeshift signature and must give exactly <case>.output.<ext>
// (bytes, no trimming), be idempotent, re-parse, and report the expected findings.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { planFromManifestText } from '../src/manifest/load';
import { SourceSyntaxError } from '../src/rewrite/source-syntax-error';
import { failsWhereInputDid } from '../src/pipeline/tolerant-check';
import type { Edit, Finding, RewriteOutcome } from '../src/types';
import type { Transform } from '../transforms/jscodeshift-adapter';
import { casePath, discoverCases, transformNames, type FixtureCase } from './helpers/fixture-cases';
import { compileWithCPython } from './helpers/python-error-oracle';
import { parseWithCPython, pythonMinor } from './helpers/python-oracle';

function run(transform: Transform, c: FixtureCase, source: string): { code: string; findings: Finding[]; edits: Edit[]; tolerant: boolean } {
  const plan = planFromManifestText(fs.readFileSync(c.manifestFile, 'utf8'), c.manifestFile, c.dir);
  if (c.options.provided && plan.python) plan.python = { ...plan.python, provided: { ...plan.python.provided, ...c.options.provided } };
  let outcome: RewriteOutcome | undefined;
  const result = transform(
    { path: casePath(c), source },
    { report: () => undefined },
    { plan, rewriteComments: c.options.rewriteComments, tolerant: c.options.tolerant, onOutcome: (o) => (outcome = o) },
  );
  return { code: result ?? source, findings: outcome?.findings ?? [], edits: outcome?.edits ?? [], tolerant: outcome?.tolerant !== undefined };
}

function typeScriptSyntaxErrors(code: string, fileName: string): string[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : fileName.match(/\.[cm]?js$/) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const diagnostics = (sourceFile as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const minor = pythonMinor();

for (const name of transformNames()) {
  const modulePath = path.join(__dirname, '..', 'transforms', `${name}.ts`);
  if (!fs.existsSync(modulePath)) continue;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const transform = (require(modulePath) as { default: Transform }).default;
  const cases = discoverCases(name);

  describe(name, () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
      if (c.name.startsWith('syntax-error-')) {
        // A broken input is refused (the pipeline reports it as failed: parse) and never rewritten.
        expect(() => run(transform, c, c.input)).toThrow(SourceSyntaxError);
        expect(c.output).toBe(c.input);
        return;
      }
      const first = run(transform, c, c.input);
      expect(first.code).toBe(c.output);
      if (c.name.startsWith('no-change-')) expect(first.code).toBe(c.input);
      const second = run(transform, c, first.code);
      expect(second.code).toBe(first.code);
      if (c.findingsFile) {
        const expected = JSON.parse(fs.readFileSync(c.findingsFile, 'utf8')) as Partial<Finding>[];
        // Compared on the union of keys the expected entries name (a key absent from one entry, like
        // `reason` on a rewritten finding, must then be absent or undefined in the actual one too).
        const keys = [...new Set(expected.flatMap((e) => Object.keys(e)))] as (keyof Finding)[];
        const actual = first.findings.map((f) => pick(f, keys));
        expect(actual).toEqual(expected);
      }
      if (c.name.startsWith('manual-')) expect(first.findings.some((f) => f.kind === 'manual')).toBe(true);
      if (['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'].includes(c.ext) && !c.options.noTypeScriptCheck) {
        expect(typeScriptSyntaxErrors(first.code, casePath(c))).toEqual([]);
      }
    });

    const pythonCases = cases.filter((c) => (c.ext === 'py' || c.ext === 'pyi') && !c.options.tolerant);
    if (pythonCases.length > 0) {
      test('every Python output parses with CPython', () => {
        const checkable = pythonCases.filter((c) => !c.options.cpython || minor === undefined || minor >= Number(c.options.cpython.split('.')[1]));
        const verdicts = parseWithCPython(checkable.map((c) => c.output.replace(/^\uFEFF/, '')));
        const failures = checkable.map((c, i) => ({ name: c.name, ...verdicts[i] })).filter((v) => !v.ok && !v.name.startsWith('syntax-error-'));
        expect(failures).toEqual([]);
      });
    }

    const tolerantCases = cases.filter((c) => c.options.tolerant);
    if (tolerantCases.length > 0) {
      // Tolerant inputs are broken on purpose: the output must fail with CPython's very error for the
      // input, at its line moved only by the line count of the edits above it.
      test('every tolerant Python output fails where its input did (CPython)', () => {
        const runs = tolerantCases.map((c) => run(transform, c, c.input));
        expect(runs.map((r, i) => [tolerantCases[i].name, r.tolerant])).toEqual(tolerantCases.map((c) => [c.name, true]));
        const strip = (s: string) => s.replace(/^\uFEFF/, '');
        const inputs = compileWithCPython(tolerantCases.map((c) => strip(c.input)));
        const outputs = compileWithCPython(runs.map((r) => strip(r.code)));
        const verdicts = tolerantCases.map((c, i) => ({ name: c.name, input: inputs[i], output: outputs[i] }));
        expect(verdicts.filter((v) => v.input.ok)).toEqual([]);
        expect(verdicts.filter((v, i) => !failsWhereInputDid(tolerantCases[i].input, runs[i].edits, v.input, v.output))).toEqual([]);
      });
    }
  });
}

function pick<T extends object>(value: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Partial<T>;
}
