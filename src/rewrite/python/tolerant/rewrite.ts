// The tolerant rewrite (--tolerant) of a Python file that does not parse: reads its provable lines,
// runs the import and string passes over those lines only, reports every legacy reference in the
// rest as manual, and marks the outcome with the input's parse error. Everything outside the edits
// stays byte for byte. Called by the Python rewriter (python/index.ts) when the ordinary read fails.
import { applyEdits, dropOverlaps, effectiveEdits } from '../../edits';
import type { RewriteInput } from '../../language';
import { createLineIndex } from '../../line-index';
import { parseErrorAt } from '../../parse-error-at';
import type { SourceSyntaxError } from '../../source-syntax-error';
import type { PythonPlan, RewriteOutcome } from '../../../types';
import type { RewriteContext } from '../context';
import type { FileModule } from '../module-path';
import { moveIndexOf } from '../move-index';
import { scanNames } from '../name-uses';
import { SyntaxUnsure } from '../../syntax-unsure';
import { rewriteStrings } from '../strings-pass';
import { reportFilePathMentions } from '../file-path-mentions';
import { reportHiddenReferences } from './hidden-references';
import { readIgnoreCommentsInText } from './ignore-comments';
import { rewriteImportsTolerantly, type HiddenText } from './imports';
import { readProvableLines } from './provable-lines';

export function rewriteTolerantly(input: RewriteInput, python: PythonPlan, file: FileModule | undefined, error: SourceSyntaxError): RewriteOutcome {
  const { source, path } = input;
  const parseError = parseErrorAt(error, path);
  const read = readProvableLines(source);
  const lines = createLineIndex(source);
  const ctx: RewriteContext = {
    text: source,
    path,
    tokens: read.tokens,
    imports: read.imports,
    // Scopes of a file that does not parse are unknown: every rename falls back to an alias.
    scopes: { view: () => new SyntaxUnsure('the file does not parse', parseError.line ?? 1, parseError.column ?? 1), parsed: undefined },
    index: moveIndexOf(python.moves),
    provided: python.provided,
    loadsFrom: python.loadsFrom,
    usedInPlace: python.usedInPlace,
    starLists: python.starLists,
    parentLoads: python.parentLoads,
    renamedLocals: new Map(),
    file,
    lines,
    eol: /\r\n|\n|\r/.exec(source)?.[0] ?? '\n',
    options: input.options ?? {},
    edits: [],
    findings: [],
    ignoreOwnLines: new Set(),
    ignoreTrailingLines: new Set(),
    handledUses: new Map(),
  };
  readIgnoreCommentsInText(ctx);
  const hiddenText = read.hidden.map((r) => source.slice(r.start, r.end)).join('\n');
  const where = `the file does not parse: ${parseError.message} at line ${parseError.line}`;
  const hidden: HiddenText = { spells: (re) => re.test(hiddenText), why: where };
  rewriteImportsTolerantly(ctx, scanNames(source, read.tokens, read.imports), hidden);
  rewriteStrings(ctx);
  reportFilePathMentions(ctx);
  reportHiddenReferences(ctx, read.hidden, `in lines the reader cannot prove (${where})`);
  const edits = dropOverlaps(effectiveEdits(source, ctx.edits));
  const findings = ctx.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { code: applyEdits(source, edits), edits, findings, tolerant: parseError };
}
