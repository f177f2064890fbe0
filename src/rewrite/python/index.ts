// The Python rewriter (LanguageRewriter for .py/.pyi): reads the file with the tokenizer-level
// reader, then runs the import pass (with renames), the string-target pass and the mention pass,
// and returns splices, after the parser has confirmed that a file it changes parses (or said it
// cannot tell: RewriteOutcome.syntaxUnsure). Pure: no file system, no process, no clock.
import { applyEdits, dropOverlaps, effectiveEdits } from '../edits';
import type { LanguageRewriter, RewriteInput } from '../language';
import { createLineIndex, type LineIndex } from '../line-index';
import { SourceSyntaxError } from '../source-syntax-error';
import { SyntaxUnsure } from '../syntax-unsure';
import type { Move, PythonPlan, RewriteOutcome, SourcePosition } from '../../types';
import type { RewriteContext } from './context';
import { rewriteImports } from './imports-pass';
import { mayReference } from './may-reference';
import { moduleOfPath, type FileModule } from './module-path';
import { moveIndexOf } from './move-index';
import { scanNames } from './name-uses';
import { parseSource, readSource, requireVersion } from './read-source';
import { lazyScopes } from './scope-view';
import { rewriteStrings } from './strings-pass';
import { reportFilePathMentions } from './file-path-mentions';
import { rewriteImportModuleMembers } from './import-module-members';
import { reportAllListings } from './package-all-listing';
import { reportComputedImports } from './computed-imports';
import { rewriteTolerantly } from './tolerant/rewrite';
import { Tok, type Tokens } from './tokenizer';

function rewrite(input: RewriteInput): RewriteOutcome {
  const python = input.plan.python;
  if (!python) return { code: input.source, edits: [], findings: [] };
  const file = moduleOfPath(input.path, python.roots);
  // A file that cannot name any legacy module (see may-reference.ts) has nothing to rewrite or
  // report, so it is not even tokenized: like a file without a needle, it is not checked for syntax.
  // A moved module's carried relative imports (PythonPlan.relocated) name no legacy module: it always goes on.
  // Nor is a file whose ignore comments are to be judged (RewriteOptions.reportUnusedIgnores).
  const judgeIgnores = input.options?.reportUnusedIgnores === true && input.source.includes('ssot-codemod-ignore');
  if (!input.options?.exhaustive && !judgeIgnores && !python.relocated?.[input.path] && !mayReference(input.source, file, python.moves)) return { code: input.source, edits: [], findings: [] };
  return rewriteOrTolerate(input, python, file);
}

/** The rewrite without the mayReference shortcut (exported for the test proving the shortcut sound). */
export function rewriteEveryReference(input: RewriteInput): RewriteOutcome {
  const python = input.plan.python;
  if (!python) return { code: input.source, edits: [], findings: [] };
  return rewriteOrTolerate(input, python, moduleOfPath(input.path, python.roots));
}

/** With options.tolerant, a file that does not parse is rewritten on its provable lines only (tolerant/rewrite.ts). */
function rewriteOrTolerate(input: RewriteInput, python: PythonPlan, file: FileModule | undefined): RewriteOutcome {
  if (!input.options?.tolerant) return rewriteTokenized(input, python, file);
  try {
    return rewriteTokenized(input, python, file);
  } catch (error) {
    if (error instanceof SourceSyntaxError) return rewriteTolerantly(input, python, file, error);
    throw error;
  }
}

function rewriteTokenized(input: RewriteInput, python: PythonPlan, file: FileModule | undefined): RewriteOutcome {
  const { source, path } = input;
  const { tokens, imports } = readSource(source, path);
  const carried = python.relocated?.[path];
  const eol = /\r\n|\n|\r/.exec(source)?.[0] ?? '\n';
  const ctx: RewriteContext = {
    text: source,
    path,
    tokens,
    imports,
    scopes: lazyScopes(source, tokens, path),
    ...carriedIndexes(python.moves, carried, file),
    provided: python.provided,
    loadsFrom: python.loadsFrom,
    usedInPlace: python.usedInPlace,
    starLists: python.starLists,
    parentLoads: python.parentLoads,
    renamedLocals: new Map(),
    file,
    lines: lazyLineIndex(source),
    eol,
    options: input.options ?? {},
    edits: [],
    findings: [],
    ignoreOwnLines: new Set(),
    ignoreTrailingLines: new Set(),
    handledUses: new Map(),
  };
  readIgnoreComments(ctx, tokens);
  const names = scanNames(source, tokens, imports);
  rewriteImports(ctx, names);
  rewriteStrings(ctx);
  reportFilePathMentions(ctx);
  rewriteImportModuleMembers(ctx);
  reportAllListings(ctx, python.moves);
  reportComputedImports(ctx, python.moves);
  const edits = dropOverlaps(effectiveEdits(source, ctx.edits));
  const findings = ctx.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  // A file this rewrite changes must be one CPython accepts: the parser decides (throwing
  // SourceSyntaxError when it surely does not), or says it cannot and the pipeline asks python3.
  const verdict = edits.length > 0 ? ctx.scopes.parsed ?? parseSource(source, tokens, path) : undefined;
  // …and one the project's Python (the manifest's python.version) reads: 3.13's grammar is the reader's own.
  if (edits.length > 0 && python.version !== undefined) requireVersion(source, tokens, path, python.version);
  const outcome: RewriteOutcome = { code: applyEdits(source, edits), edits, findings };
  if (input.options?.reportUnusedIgnores) outcome.unusedIgnores = unusedIgnores(ctx);
  if (verdict instanceof SyntaxUnsure) outcome.syntaxUnsure = { line: verdict.line, column: verdict.column, reason: verdict.reason };
  return outcome;
}

/** Line starts are computed on the first finding or ignore comment, not for every file. */
function lazyLineIndex(source: string): LineIndex {
  let index: LineIndex | undefined;
  return { position: (offset) => (index ??= createLineIndex(source)).position(offset) };
}

/**
 * The ignore comments that opted no reference out: a line comment isIgnored never took, the file
 * comment of a file with nothing ignored. A legacy module is left alone whatever its comments say.
 */
function unusedIgnores(ctx: RewriteContext): SourcePosition[] {
  if (ctx.fileIgnore) return ctx.findings.some((f) => f.kind === 'ignored') ? [] : [ctx.fileIgnore];
  if (ctx.frozen) return [];
  return [...(ctx.ignoreComments?.values() ?? [])].filter((at) => !ctx.usedIgnoreLines?.has(at.line));
}

/** `# ssot-codemod-ignore` lines, and `# ssot-codemod-ignore-file` among the leading comments. */
function readIgnoreComments(ctx: RewriteContext, t: Tokens): void {
  // Most files have none: one native search instead of a slice and two tests per comment.
  if (!ctx.text.includes('ssot-codemod-ignore')) return;
  let leading = true;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Comment) {
      const c = ctx.text.slice(t.start[k], t.end[k]);
      if (/#\s*ssot-codemod-ignore-file\b/.test(c)) {
        if (leading) {
          ctx.frozen = 'ssot-codemod-ignore-file comment';
          ctx.fileIgnore = ctx.lines.position(t.start[k]);
        }
      } else if (/#\s*ssot-codemod-ignore\b/.test(c)) {
        const own = k === 0 || [Tok.Nl, Tok.Newline, Tok.Indent, Tok.Dedent].includes(t.kind[k - 1]);
        const at = ctx.lines.position(t.start[k]);
        (own ? ctx.ignoreOwnLines : ctx.ignoreTrailingLines).add(at.line);
        (ctx.ignoreComments ??= new Map()).set(at.line, at);
      }
    } else if (kind !== Tok.Nl) leading = false;
  }
}

function checkSyntax(source: string, path: string): SourceSyntaxError | SyntaxUnsure | undefined {
  try {
    const verdict = parseSource(source, readSource(source, path).tokens, path);
    return verdict instanceof SyntaxUnsure ? verdict : undefined;
  } catch (error) {
    if (error instanceof SourceSyntaxError) return error;
    throw error;
  }
}

export const pythonRewriter: LanguageRewriter = {
  language: 'python',
  extensions: ['.py', '.pyi'],
  rewrite,
  checkSyntax,
};

/** The file's move index, with its carried relative imports; those that name the file itself only in `selfIndex`. */
function carriedIndexes(moves: readonly Move[], carried: readonly Move[] | undefined, file: FileModule | undefined): Pick<RewriteContext, 'index' | 'selfIndex'> {
  if (!carried) return { index: moveIndexOf(moves) };
  const others = carried.filter((m) => m.from.module !== file?.module);
  const index = moveIndexOf(others.length > 0 ? [...moves, ...others] : moves);
  return others.length === carried.length ? { index } : { index, selfIndex: moveIndexOf([...moves, ...carried]) };
}
