// The per-file state one rewrite shares between its passes (imports, names, strings, mentions):
// the text, tokens, imports, move index, and the edit/finding collectors. Created per call; never global.
import type { Edit, Finding, FindingKind, Move, ReferenceForm, RewriteOptions, SourcePosition } from '../../types';
import type { LineIndex } from '../line-index';
import { withRebaseNote } from '../rebase-note';
import { loadCycleReason, SELF_IMPORT_REASON } from '../import-cycle-reason';
import type { ImportStatement } from './import-statements';
import type { FileModule } from './module-path';
import type { PythonPlan } from '../../types';
import type { MoveIndex } from './move-index';
import type { NamespaceState } from './namespace-state';
import type { LazyScopes } from './scope-view';
import type { Tokens } from './tokenizer';

export interface RewriteContext {
  text: string;
  path: string;
  tokens: Tokens;
  imports: ImportStatement[];
  /** The parser's scope facts, parsed on the first question. */
  scopes: LazyScopes;
  index: MoveIndex;
  /**
   * A moved file's relative imports that now name the file itself (`from .utils import f` in a module
   * moved to `sub/utils.py`): the index with their carried moves (PythonPlan.relocated), read by those
   * statements alone. Everything else in the file that names its own module means the module.
   */
  selfIndex?: MoveIndex;
  /** Local names the rename policy changed in from-imports (old → new, reused names included), set by
   * from-import-bindings.ts before plain imports are edited: namespace members read them. */
  renamedLocals: Map<string, string>;
  /** What canonical modules provide to from-imports, as the plan read it (rule 6; provided-names.ts). */
  provided: PythonPlan['provided'];
  /** What each target module imports when it loads, as the plan read it (importCycle). */
  loadsFrom: PythonPlan['loadsFrom'];
  /** Moved symbols a legacy module still uses itself, as the plan read them (patch targets of them stay). */
  usedInPlace?: PythonPlan['usedInPlace'];
  /** What star imports of legacy modules bring, as the plan read it (star-imports.ts). */
  starLists?: PythonPlan['starLists'];
  /** Modules their parent package loads, as the plan read them (parent-chains.ts). */
  parentLoads?: PythonPlan['parentLoads'];
  file: FileModule | undefined;
  lines: LineIndex;
  /** The file's line ending (`\r\n` when its first line break is one). */
  eol: string;
  options: RewriteOptions;
  edits: Edit[];
  findings: Finding[];
  /** Why the whole file is left alone (`# ssot-codemod-ignore-file`). */
  frozen?: string;
  /** 1-based lines carrying a `# ssot-codemod-ignore` comment: alone on its line (applies to the next
   * line) or after code (applies to its own line). */
  ignoreOwnLines: Set<number>;
  ignoreTrailingLines: Set<number>;
  /** The lines of those comments that opted a reference out (isIgnored), for RewriteOptions.reportUnusedIgnores. */
  usedIgnoreLines?: Set<number>;
  /** Where each ignore comment is (line → its position), and the leading `ssot-codemod-ignore-file` comment. */
  ignoreComments?: Map<number, SourcePosition>;
  fileIgnore?: SourcePosition;
  /** Attribute uses already handled, by offset → whether rewritten (several imports may bind one chain). */
  handledUses: Map<number, boolean>;
  /** Unaliased `import x.y` modules per block, built on first need. */
  plainImports?: Map<number, Set<string>>;
  /** What the plain-import editors remember across statements (namespace-state.ts), made on first need. */
  namespaces?: NamespaceState;
}

export interface FindingInput {
  offset: number;
  move: Move;
  form: ReferenceForm;
  kind: FindingKind;
  text: string;
  reason?: string;
}

/** Where a finding at `offset` is reported: its 1-based line and column (a BOM is not a column). */
export function findingPosition(ctx: RewriteContext, offset: number): SourcePosition {
  const { line, column } = ctx.lines.position(offset);
  return { line, column: line === 1 && ctx.text.charCodeAt(0) === 0xfeff ? column - 1 : column };
}

export function addFinding(ctx: RewriteContext, f: FindingInput): void {
  const { line, column } = findingPosition(ctx, f.offset);
  // What the codemod cannot rewrite, a person may have checked and kept: their ignore comment makes it
  // ignored, as it does a reference the codemod would rewrite (an f-string path, a computed import_module…).
  const kept = f.kind === 'manual' && isIgnored(ctx, f.offset, f.offset + f.text.length);
  const kind = kept ? 'ignored' : f.kind;
  const reason = kept ? ignoreReason(ctx) : withRebaseNote(f.move, f.reason);
  const finding = { path: ctx.path, line, column, move: f.move.id, form: f.form, kind, text: f.text.replace(/\s+/g, ' ').trim() };
  ctx.findings.push(reason ? { ...finding, reason } : finding);
}

/** True when a statement spanning [start, end) is opted out by an ignore comment above it or on its lines. */
export function isIgnored(ctx: RewriteContext, start: number, end: number): boolean {
  if (ctx.frozen) return true;
  const first = ctx.lines.position(start).line;
  const last = ctx.lines.position(end).line;
  if (ctx.ignoreOwnLines.has(first - 1)) return used(ctx, first - 1);
  for (let l = first; l <= last; l++) if (ctx.ignoreTrailingLines.has(l)) return used(ctx, l);
  return false;
}

function used(ctx: RewriteContext, line: number): true {
  (ctx.usedIgnoreLines ??= new Set()).add(line);
  return true;
}

/**
 * Why this file cannot import from `module`, if it cannot: it is that module (it would import
 * itself), or the module runs this file when it loads (the two would import each other,
 * and the file would run while the module is only partly initialized). An import inside a
 * function (`deferred`) runs once both have loaded, the way click's core.py reaches
 * shell_completion, which imports core: it closes no load-time cycle.
 */
export function importCycle(ctx: RewriteContext, module: string, deferred = false): string | undefined {
  if (ctx.file && module === ctx.file.module) return SELF_IMPORT_REASON;
  if (!deferred && ctx.loadsFrom?.[module]?.includes(ctx.path)) return loadCycleReason(module);
  return undefined;
}

/** Why a reference is left alone when the file or the line is opted out. */
export function ignoreReason(ctx: RewriteContext): string {
  return ctx.frozen ?? 'ssot-codemod-ignore comment';
}
