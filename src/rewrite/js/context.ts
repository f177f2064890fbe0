// The per-file state one JS rewrite threads through its passes: the original text, the plan's
// move index, the edits and findings being collected, and helpers to key and re-spell specifiers.
// Created fresh for every rewrite() call (no module-level state).
import type { Node } from '@babel/types';
import type { Edit, Finding, FindingKind, JavascriptPlan, JsModuleKey, Move, ReferenceForm } from '../../types';
import type { LineIndex } from '../line-index';
import { withRebaseNote } from '../rebase-note';
import type { IgnoreRules } from './ignore-comments';
import { baseUrlKey, isRelativeSpecifier, moduleKeyOf, selfCarriedKey, withoutQuery, type SpecifierContext } from './module-key';
import type { ModuleMoves, MoveIndex } from './move-index';
import { specifierFor } from './specifier';
import { collapseWhitespace, lineEndingOf } from './style';
import { endOf, startOf } from './walk';

export interface RewriteContext {
  source: string;
  path: string;
  plan: JavascriptPlan;
  moves: MoveIndex;
  lines: LineIndex;
  eol: string;
  edits: Edit[];
  findings: Finding[];
  /** Edits made by replaceLiteral (the text between a string literal's quotes), by identity. */
  literalEdits: Set<Edit>;
  /** The file modules the plan names (legacy and canonical ends): what a bare specifier may reach through baseUrl. */
  knownFiles: ReadonlySet<JsModuleKey>;
  /** The carried moves' keys of the relative specifiers that name this moved file itself from its new place (module-key.ts selfCarriedKey). */
  selfCarried: ReadonlySet<JsModuleKey>;
  /** Legacy module mocks left alone because re-pointing them would mock one module twice (mock-clashes.ts), with the reason. */
  mockClashes: ReadonlyMap<Node, string>;
  /** The file's ignore comments, once read: a manual finding they cover is reported as ignored (reportAt). */
  ignore?: IgnoreRules;
}

export function createContext(source: string, path: string, plan: JavascriptPlan, moves: MoveIndex, lines: LineIndex): RewriteContext {
  const selfCarried = new Set(plan.moves.filter((m) => m.carried && m.fromKey.startsWith('self:')).map((m) => m.fromKey));
  return { source, path, plan, moves, lines, eol: lineEndingOf(source), edits: [], findings: [], literalEdits: new Set(), knownFiles: knownFiles(plan), mockClashes: new Map(), selfCarried };
}

function knownFiles(plan: JavascriptPlan): Set<JsModuleKey> {
  const keys = new Set<JsModuleKey>();
  for (const move of plan.moves) for (const key of [move.fromKey, move.toKey]) if (key.startsWith('file:')) keys.add(key);
  return keys;
}

export function keyOf(context: RewriteContext, specifier: string): JsModuleKey {
  const self = selfCarriedKey(specifier);
  if (context.selfCarried.has(self)) return self;
  return moduleKeyOf(specifier, specifierContext(context));
}

function specifierContext(context: RewriteContext): SpecifierContext {
  return { importer: context.path, aliases: context.plan.aliases, baseUrl: context.plan.baseUrl, knownFiles: context.knownFiles, explicitFiles: context.plan.explicitFiles };
}

export function movesFor(context: RewriteContext, specifier: string): ModuleMoves | undefined {
  return context.moves.get(keyOf(context, specifier));
}

/** The specifier for `move`'s target, spelled like `original`. */
export function respell(context: RewriteContext, written: string, move: Move, targetKey: JsModuleKey = move.toKey): string {
  // A bundler's query (`?worker`, `?raw`) stays on the new specifier.
  const original = withoutQuery(written);
  const query = written.slice(original.length);
  const baseUrl = !isRelativeSpecifier(original) && baseUrlKey(original, specifierContext(context)) !== undefined ? context.plan.baseUrl : undefined;
  const targetFile = context.plan.targetFiles?.[targetKey];
  return specifierFor({ original, importer: context.path, targetKey, targetModule: move.to.module, aliases: context.plan.aliases, baseUrl, targetFile }) + query;
}

export function addEdit(context: RewriteContext, start: number, end: number, text: string): void {
  context.edits.push({ start, end, text });
}

/** Replaces the text inside a string (or template) literal's quotes, keeping the quotes. */
export function replaceLiteral(context: RewriteContext, literal: Node, value: string): void {
  addEdit(context, startOf(literal) + 1, endOf(literal) - 1, value.replace(/\\/g, '\\\\'));
  context.literalEdits.add(context.edits[context.edits.length - 1]);
}

export interface FindingRequest {
  node: Node;
  move: Move;
  form: ReferenceForm;
  kind: FindingKind;
  reason?: string;
}

export function report(context: RewriteContext, request: FindingRequest): void {
  reportAt(context, startOf(request.node), endOf(request.node), request);
}

/** A finding for the source text between `start` and `end` (a node's range, or a word inside a comment). */
export function reportAt(context: RewriteContext, start: number, end: number, request: Omit<FindingRequest, 'node'>): void {
  const position = context.lines.position(start);
  const bom = position.line === 1 && context.source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const finding: Finding = {
    path: context.path,
    line: position.line,
    column: position.column - bom,
    move: request.move.id,
    form: request.form,
    kind: request.kind,
    text: collapseWhitespace(context.source.slice(start, end)),
  };
  const reason = withRebaseNote(request.move, request.reason);
  if (reason) finding.reason = reason;
  // What the codemod cannot rewrite, a person may have checked and kept: their ignore comment makes it
  // ignored, as it does a reference the codemod would rewrite (a computed require, a glob pattern…).
  if (finding.kind === 'manual' && context.ignore?.ignoresSpan(start, end)) {
    finding.kind = 'ignored';
    finding.reason = context.ignore.wholeFile ? 'ssot-codemod-ignore-file comment' : 'ssot-codemod-ignore comment';
  }
  const duplicate = context.findings.some(
    (f) => f.line === finding.line && f.column === finding.column && f.move === finding.move && f.kind === finding.kind,
  );
  if (!duplicate) context.findings.push(finding);
}

export function textOf(context: RewriteContext, node: Node): string {
  return context.source.slice(startOf(node), endOf(node));
}
