// Legacy module specifiers outside module references: in comments, and in strings that name no
// module (a list of paths, `path.resolve(__dirname, '../types/registry.ts')`, a message). Reported
// as mentions, as the Python rewriter reports legacy paths in comments, docstrings and prose
// strings; with options.rewriteComments a comment's mention is re-pointed (spelled like the
// original), as Python's are. Only modules that move as a whole: a module that keeps living (only
// some of its names move) is still correctly named.
import type { File, Node } from '@babel/types';
import type { JsModuleKey, Move } from '../../types';
import { escapeRegExp } from '../escape-regexp';
import { addEdit, keyOf, reportAt, respell, type RewriteContext } from './context';
import { stripModuleSuffix } from './module-key';
import type { MoveIndex } from './move-index';
import type { ReferenceSite } from './references';
import { endOf, startOf, walk } from './walk';
import { wordPositions } from './word-positions';

/** A word that may spell a module: it holds a `/` (aliases, relative paths, package subpaths). */
const PATH_WORD = /(?<![\w@$./-])[@\w.$-]*\/[\w@.$/-]*[\w$]/g;
/** A file extension the comment spelled: such a path names a file, and is reported but not re-pointed. */
const EXTENSION = /\.[cm]?[jt]sx?$/;

/** What the scan looks for, derived from the plan's moves once (the index is one per plan, move-index.ts). */
interface MentionPatterns {
  wholeMoves: Move[];
  /** Words that may spell a moved module. */
  words: RegExp;
  /** The moved modules' last segments: a subtree without one holds no mention. */
  tails: RegExp;
}

const patterns = new WeakMap<MoveIndex, MentionPatterns | undefined>();

function patternsOf(moves: MoveIndex): MentionPatterns | undefined {
  if (patterns.has(moves)) return patterns.get(moves);
  const wholeMoves = [...moves.values()].flatMap((m) => (m.whole ? [m.whole] : []));
  const built =
    wholeMoves.length === 0
      ? undefined
      : { wholeMoves, words: wordPattern(wholeMoves), tails: new RegExp([...new Set(wholeMoves.map((m) => escapeRegExp(lastSegment(m.fromKey))))].join('|'), 'g') };
  patterns.set(moves, built);
  return built;
}

export function reportMentions(context: RewriteContext, file: File, sites: readonly ReferenceSite[], reported: ReadonlySet<Node>, rewriteComments: boolean): void {
  const scan = patternsOf(context.moves);
  if (!scan) return;
  const { words } = scan;
  // A legacy module's own text is left alone, as the Python rewriter leaves a legacy module's.
  const own = `file:${stripModuleSuffix(context.path)}`;
  const ignore = context.ignore; // the file's ignore comments (rewrite.ts reads them first)
  const rewrite = rewriteComments && !ignore?.wholeFile && !context.plan.moves.some((m) => !m.from.symbol && m.fromKey === own);
  // A JSDoc type import's specifier (jsdoc-sites.ts) and a triple-slash directive's path
  // (triple-slash-sites.ts) are reference sites of their own, not mentions.
  const inComments = sites.flatMap((s) => ((s.kind === 'type' && s.form === 'jsdoc-import') || s.kind === 'reference-directive' ? [s.literal] : []));
  for (const comment of file.comments ?? []) {
    const start = (comment.start ?? 0) + 2; // after `//` or `/*`
    for (const found of mentionsIn(context, comment.value, words)) {
      const at = start + found.index;
      const end = at + found.word.length;
      if (inComments.some((literal) => at >= startOf(literal) && at < endOf(literal))) continue;
      if (rewrite && !ignore?.ignoresAt(at) && !EXTENSION.test(found.word)) {
        addEdit(context, at, end, respell(context, found.word, found.move));
        reportAt(context, at, end, { move: found.move, form: 'comment', kind: 'rewritten' });
      } else reportAt(context, at, end, { move: found.move, form: 'comment', kind: 'mention' });
    }
  }
  reportStrings(context, file, sites, reported, scan);
}

/** Strings that are no module reference but spell a moved module somewhere in their text. */
function reportStrings(context: RewriteContext, file: File, sites: readonly ReferenceSite[], reported: ReadonlySet<Node>, { words, tails: tailPattern }: MentionPatterns): void {
  // A computed or glob call reported as such is skipped whole; one that names nothing moved is read for mentions.
  const references = new Set<Node>([...reported, ...sites.flatMap((s) => (s.kind === 'computed' || s.kind === 'glob' ? [] : [s.literal]))]);
  // Subtrees whose text holds no moved module's last segment hold no mention: skipped whole.
  const tails = wordPositions(context.source, tailPattern);
  walk(file.program, (node, at) => {
    if (node.start == null || node.end == null || !tails.within(node.start, node.end)) return false;
    if (references.has(node)) return false;
    const value = node.type === 'StringLiteral' ? node.value : node.type === 'TemplateElement' ? node.value.cooked : undefined;
    if (value == null) return;
    // Offsets inside a string's value match its source text only without escapes; the mention is placed at the literal.
    const mentions = mentionsIn(context, value, words);
    if (mentions.length === 0) return;
    const setting = node.type === 'StringLiteral' ? runnerSetting(node, at.ancestors) : undefined;
    for (const found of mentions) {
      if (setting === undefined) reportAt(context, node.start, node.end, { move: found.move, form: 'string-target', kind: 'mention' });
      else reportAt(context, node.start, node.end, { move: found.move, form: 'string-target', kind: 'manual', reason: runnerReason(setting, found.move) });
    }
  });
}

/**
 * Test runner settings that name files the runner loads (jest's and vitest's config): a moved file
 * named there is not loaded any more, so it is manual, not a mention. Not re-pointed: the runner
 * reads the path from its root (`root`, `rootDir`, `<rootDir>`, a workspace project), not from this file.
 */
const RUNNER_FILE_SETTINGS = new Set(['setupFiles', 'setupFilesAfterEnv', 'globalSetup', 'globalTeardown']);

/** The runner setting a string is the value of (`setupFiles: ['./x.ts']`, `globalSetup: './x.ts'`), if any. */
function runnerSetting(node: Node, ancestors: readonly Node[]): string | undefined {
  let holder = ancestors[ancestors.length - 1];
  if (holder?.type === 'ArrayExpression') holder = ancestors[ancestors.length - 2];
  if (holder?.type !== 'ObjectProperty' || holder.computed || holder.key === node) return undefined;
  const key = holder.key.type === 'Identifier' ? holder.key.name : holder.key.type === 'StringLiteral' ? holder.key.value : undefined;
  return key !== undefined && RUNNER_FILE_SETTINGS.has(key) ? key : undefined;
}

function runnerReason(setting: string, move: Move): string {
  return `the test runner's ${setting} names ${move.from.module}, which moves to ${move.to.module}; re-point it by hand, from the runner's root (rootDir)`;
}

interface Mention {
  index: number;
  word: string;
  move: Move;
}

function mentionsIn(context: RewriteContext, text: string, words: RegExp): Mention[] {
  const found: Mention[] = [];
  words.lastIndex = 0;
  for (const m of text.matchAll(words)) {
    const move = context.moves.get(keyOf(context, m[0]))?.whole ?? besideThisFile(context, m[0]) ?? fromTheRoot(context, m[0]);
    if (move) found.push({ index: m.index!, word: m[0], move });
  }
  return found;
}

/**
 * A file path written from this file's directory without `./` (`files: ["lib/nodejs/esm-utils.cjs"]`
 * in eslint.config.cjs, a build script's list): with its extension it names that file, not a package.
 */
function besideThisFile(context: RewriteContext, word: string): Move | undefined {
  if (!EXTENSION.test(word) || /^[.@/]/.test(word)) return undefined;
  return context.moves.get(keyOf(context, `./${word}`))?.whole;
}

/**
 * A file path written from the repository's root, alone or ending a longer path (`'src/legacy.ts'` in
 * a build script, `/home/ci/repo/src/legacy.ts`): with its extension it names that file, as a Python
 * module's file path does (python/file-path-mentions.ts).
 */
function fromTheRoot(context: RewriteContext, word: string): Move | undefined {
  if (!EXTENSION.test(word) || word.startsWith('.')) return undefined;
  const path = stripModuleSuffix(word);
  for (const move of patternsOf(context.moves)?.wholeMoves ?? []) {
    if (!move.fromKey.startsWith('file:')) continue;
    const file = move.fromKey.slice('file:'.length);
    if (path === file || path.endsWith(`/${file}`)) return move;
  }
  return undefined;
}

/** PATH_WORD, plus the moved bare package names (`old-lodash`), which hold no `/`. */
function wordPattern(wholeMoves: readonly Move[]): RegExp {
  const bare = wholeMoves.filter((m) => m.fromKey.startsWith('pkg:') && !m.fromKey.includes('/')).map((m) => escapeRegExp(m.fromKey.slice(4)));
  if (bare.length === 0) return new RegExp(PATH_WORD.source, 'g');
  return new RegExp(`${PATH_WORD.source}|(?<![\\w@$./-])(?:${bare.join('|')})(?![\\w$/-])`, 'g');
}

function lastSegment(key: JsModuleKey): string {
  const parts = key.slice(key.indexOf(':') + 1).split('/');
  const last = parts[parts.length - 1];
  return last === 'index' && parts.length > 1 ? parts[parts.length - 2] : last;
}
