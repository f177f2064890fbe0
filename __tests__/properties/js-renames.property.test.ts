// Rename properties of the JS/TS rewriter (issue: renames as a careful person writes them): on random
// files full of name traps (shadowing parameters, declarations that take a new name, uses through
// typeof), the TypeScript checker finds no unbound name the input did not have, and no file imports
// the same binding twice after a run unless a finding says why.
import { parse } from '@babel/parser';
import fc from 'fast-check';
import ts from 'typescript';
import { compilePlan } from '../../src/manifest/plan';
import { javascriptEditsProvablyParse } from '../../src/pipeline/javascript-safe-edits';
import { javascriptRewriter } from '../../src/rewrite/js';
import type { Finding, MigrationPlan } from '../../src/types';
import { runs, SEED, tsManifest, tsRenameFile } from '../helpers/source-arbitraries';

const FILE = 'src/consumer.ts';
const planOf = (manifest: object): MigrationPlan => compilePlan(manifest as never, { file: 'ssot-codemod.json' });

/** Names the TypeScript checker cannot find (no lib, modules unresolved: only local binding matters). */
function unboundNames(code: string): Set<string> {
  const options: ts.CompilerOptions = { noLib: true, noResolve: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };
  const host = ts.createCompilerHost(options);
  const source = ts.createSourceFile(FILE, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  host.getSourceFile = (name) => (name === FILE ? source : undefined);
  const program = ts.createProgram([FILE], options, host);
  const names = new Set<string>();
  for (const d of program.getSemanticDiagnostics(source)) {
    const match = /^Cannot find name '([^']+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    if (match) names.add(match[1]);
  }
  return names;
}

/** `module|name` → the locals the file's named imports bind it to (type imports apart). */
function namedImports(code: string): Map<string, Set<string>> {
  const program = parse(code, { sourceType: 'module', plugins: ['typescript'] }).program;
  const out = new Map<string, Set<string>>();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration') continue;
    for (const s of node.specifiers) {
      if (s.type !== 'ImportSpecifier') continue;
      const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
      const key = `${node.importKind === 'type' || s.importKind === 'type' ? 'type ' : ''}${node.source.value}|${imported}`;
      out.set(key, (out.get(key) ?? new Set()).add(s.local.name));
    }
  }
  return out;
}

describe('js-imports rename properties', () => {
  test('no new unbound name; no binding imported twice unless a finding says why', () => {
    let renamed = 0;
    let proven = 0;
    fc.assert(
      fc.property(tsRenameFile, tsManifest, (file, manifest) => {
        const plan = planOf(manifest);
        const out = javascriptRewriter.rewrite({ source: file.source, path: FILE, plan });
        if (out.code === file.source) return;
        const before = unboundNames(file.source);
        const newlyUnbound = [...unboundNames(out.code)].filter((n) => !before.has(n));
        expect(newlyUnbound).toEqual([]);
        const input = namedImports(file.source);
        const explained = (f: Finding) => f.reason?.includes('shadowed where') === true;
        for (const [key, locals] of namedImports(out.code)) {
          if (locals.size > 1 && (input.get(key)?.size ?? 0) < locals.size && !out.findings.some(explained)) {
            throw new Error(`${key} is imported as ${[...locals].join(', ')}`);
          }
        }
        if (out.edits.some((e) => /^[A-Za-z]+$/.test(e.text))) renamed++;
        // A rename proven parse-safe (the pipeline then skips the re-parse) does parse.
        if (javascriptEditsProvablyParse(file.source, out)) {
          expect(javascriptRewriter.checkSyntax(out.code, FILE)).toBeUndefined();
          proven++;
        }
      }),
      { seed: SEED, numRuns: runs(400) },
    );
    expect(renamed).toBeGreaterThan(30);
    expect(proven).toBeGreaterThan(10);
  });
});
