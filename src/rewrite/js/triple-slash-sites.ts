// TypeScript's triple-slash reference directives: `/// <reference path="./legacy/globals.d.ts" />`
// names a file (relative to this one, even without `./`; an extension-less path gets TypeScript's
// extensions appended) and `/// <reference types="pkg" />` a type package or module. They are
// compiler syntax, not prose: a moved file they name fails the build (TS6053), so they follow a
// whole-module move (form `triple-slash-reference`) instead of being comment mentions. Used by rewrite.ts.
import path from 'node:path';
import type { File, Node, StringLiteral } from '@babel/types';
import { report, replaceLiteral, respell, type RewriteContext } from './context';
import { isRelativeSpecifier, keyPath, stripModuleSuffix } from './module-key';
import type { ModuleMoves } from './move-index';
import type { ReferenceSite } from './references';

export type ReferenceDirectiveSite = Extract<ReferenceSite, { kind: 'reference-directive' }>;

/** `/ <reference path="…" />` (the comment's value after `//`), as TypeScript's pragma reader takes it: the attribute anywhere in the tag. */
const DIRECTIVE = /^\/\s*<reference\s[^>]*?\b(path|types)\s*=\s*(['"])([^'"\r\n]*)\2[^>]*\/>/d;

/** The reference directives at the head of the file: TypeScript reads them only before the first statement. */
export function collectTripleSlashSites(file: File): ReferenceDirectiveSite[] {
  const first = [...file.program.directives, ...file.program.body][0];
  const head = first?.start ?? Infinity;
  const sites: ReferenceDirectiveSite[] = [];
  for (const comment of file.comments ?? []) {
    if ((comment.start ?? 0) >= head) break;
    if (comment.type !== 'CommentLine') continue;
    const m = DIRECTIVE.exec(comment.value);
    if (!m || m[3] === '') continue;
    const attribute = m[1] as 'path' | 'types';
    const written = m[3];
    // A path is read from this file's folder with or without `./`; a rooted one names no repository file.
    if (attribute === 'path' && written.startsWith('/')) continue;
    const value = attribute === 'path' && !isRelativeSpecifier(written) ? `./${written}` : written;
    const base = (comment.start ?? 0) + 2; // after `//`
    const [from, to] = m.indices![3]!;
    const literal = pseudo<StringLiteral>('StringLiteral', base + from - 1, base + to + 1, { value: written });
    const node = pseudo<Node>('CommentLine', comment.start ?? 0, comment.end ?? 0);
    sites.push({ kind: 'reference-directive', node, literal, value, written, attribute, form: 'triple-slash-reference', statement: node });
  }
  return sites;
}

/** Re-points a directive at the moved module: a `path` at the target's file, a `types` name as a specifier is re-spelled. */
export function rewriteReferenceDirective(context: RewriteContext, site: ReferenceDirectiveSite, moves: ModuleMoves): void {
  const whole = moves.whole;
  if (!whole) return;
  const target = site.attribute === 'types' ? respell(context, site.written, whole) : pathTo(context, site, whole.to.module, whole.toKey);
  if (target === undefined) return;
  replaceLiteral(context, site.literal, target);
  report(context, { node: site.node, move: whole, form: site.form, kind: 'rewritten' });
}

/**
 * The target's file, from this file's folder, spelled like the original: `./` only where it had it,
 * no extension where it had none (TypeScript adds it back). The file is the one the manifest names
 * with its extension, else the repository's, else the moved one's name under the target's path
 * (a file below a moved folder keeps its name: `globals.d.ts`).
 */
function pathTo(context: RewriteContext, site: ReferenceDirectiveSite, module: string, key: string): string | undefined {
  const folder = keyPath(key);
  if (folder === undefined) return undefined;
  const original = path.posix.normalize(path.posix.join(path.posix.dirname(context.path), site.value));
  const suffix = original.slice(stripModuleSuffix(original).length);
  const file =
    isRelativeSpecifier(module) && /\.[^./]+$/.test(module) ? path.posix.normalize(module)
    : (context.plan.targetFiles?.[key] ?? `${folder}${suffix}`);
  let relative = path.posix.relative(path.posix.dirname(context.path), /\.[^./]+$/.test(site.written) ? file : stripModuleSuffix(file) + (INDEX_FILE.test(file) ? '/index' : ''));
  if (isRelativeSpecifier(site.written) && !relative.startsWith('../')) relative = `./${relative}`;
  return relative;
}

const INDEX_FILE = /(?:^|\/)index(?:\.d)?\.[cm]?[jt]sx?$/;

/** A stand-in node with the source range the rewriter's edits and findings are placed by. */
function pseudo<T extends Node>(type: string, start: number, end: number, rest: object = {}): T {
  return { type, start, end, ...rest } as unknown as T;
}
