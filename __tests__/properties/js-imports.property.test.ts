// Property-based tests of the JS/TS rewriter (fast-check, seeded by FC_SEED, shrinking): on random
// TS files of import/export/require/import()/jest.mock forms and inert code under random manifests,
// the output parses with the TypeScript compiler, a second pass changes nothing and finds nothing
// left to rewrite, inert code is byte-identical, and the edits reproduce the output.
import fc from 'fast-check';
import { javascriptEditsProvablyParse } from '../../src/pipeline/javascript-safe-edits';
import ts from 'typescript';
import { compilePlan } from '../../src/manifest/plan';
import { applyEdits } from '../../src/rewrite/edits';
import { javascriptRewriter } from '../../src/rewrite/js';
import type { MigrationPlan } from '../../src/types';
import { assertOnlySyntaxErrors, inertSpans, runs, SEED, touchesSpan, tsFile, tsManifest } from '../helpers/source-arbitraries';

const FILE = 'src/consumer.ts';
const planOf = (manifest: object): MigrationPlan => compilePlan(manifest as never, { file: 'ssot-codemod.json' });
const rewrite = (source: string, plan: MigrationPlan) => javascriptRewriter.rewrite({ source, path: FILE, plan });

/** The TypeScript compiler's own syntax diagnostics (independent of the Babel parser the rewriter uses). */
function tsSyntaxErrors(code: string): string[] {
  const file = ts.createSourceFile(FILE, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('js-imports properties', () => {
  test('output parses (TypeScript), idempotent, complete, minimal, edits reproduce the output', () => {
    let changed = 0;
    let proved = 0;
    fc.assert(
      fc.property(tsFile, tsManifest, (file, manifest) => {
        expect(tsSyntaxErrors(file.source)).toEqual([]);
        const plan = planOf(manifest);
        const first = rewrite(file.source, plan);
        expect(applyEdits(file.source, first.edits)).toBe(first.code);
        for (const edit of first.edits) {
          for (const span of inertSpans(file)) {
            if (touchesSpan(edit, span)) throw new Error(`edit ${JSON.stringify(edit)} touches inert code ${JSON.stringify(file.source.slice(...span))}`);
          }
        }
        expect(tsSyntaxErrors(first.code)).toEqual([]);
        // Whenever the pipeline would skip the re-parse, Babel's re-parse agrees that the output parses.
        if (javascriptEditsProvablyParse(file.source, first)) {
          expect(javascriptRewriter.checkSyntax(first.code, FILE)).toBeUndefined();
          proved++;
        }
        const second = rewrite(first.code, plan);
        expect(second.code).toBe(first.code);
        expect(second.findings.filter((f) => f.kind === 'rewritten')).toEqual([]);
        if (first.code !== file.source) changed++;
      }),
      { seed: SEED, numRuns: runs(1500) },
    );
    expect(changed).toBeGreaterThan(500);
    expect(proved).toBeGreaterThan(50);
  });

  test('unparseable input is a SourceSyntaxError, never another exception', () => {
    const plan = planOf({ javascript: { moves: [{ from: '@/legacy/old', to: '@/core/new' }] } });
    assertOnlySyntaxErrors(tsFile, ['{', '}', '(', "'", '`', 'import', 'from', '/*'], (source) => rewrite(source, plan));
  });
});
