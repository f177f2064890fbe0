// Legacy references inside the stretches of a broken file that no proof covers (an unclosed
// bracket or string, a line that does not tokenize): found by plain text patterns, never
// rewritten, each reported as a `manual` finding that says why (or `mention` in a comment line, and
// for a moved module's file path).
// Used by the tolerant rewriter (tolerant/rewrite.ts).
import type { Move, ReferenceForm } from '../../../types';
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from '../context';
import { dottedPathOf } from '../file-path-spelling';
import { resolveRelative } from '../module-path';
import type { HiddenRegion } from './provable-lines';

const FROM_IMPORT = /(?<![\w.])from\s+(\.*)\s*([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*)?\s+import\b([^#;]*)/g;
const PLAIN_IMPORT = /(?<![\w.])import\s+([^#;]*)/g;

/** Reports every reference in the hidden regions; `why` ends the manual findings' reason. */
export function reportHiddenReferences(ctx: RewriteContext, hidden: readonly HiddenRegion[], why: string): void {
  const dotted = ctx.index.legacyPathPattern;
  if (!dotted) return;
  for (const region of hidden) {
    const text = ctx.text.slice(region.start, region.end);
    for (const m of text.matchAll(/[^\r\n]+/g)) reportLine(ctx, region.start + m.index!, m[0], dotted, why);
  }
}

function reportLine(ctx: RewriteContext, at: number, line: string, dotted: RegExp, why: string): void {
  const covered: [number, number][] = [];
  const inCovered = (i: number) => covered.some(([s, e]) => i >= s && i < e);
  const report = (index: number, move: Move, form: ReferenceForm, text: string) => {
    const offset = at + index;
    if (ctx.frozen || isIgnored(ctx, offset, offset)) return addFinding(ctx, { offset, move, form, kind: 'ignored', text, reason: ignoreReason(ctx) });
    if (form === 'comment') return addFinding(ctx, { offset, move, form, kind: 'mention', text });
    addFinding(ctx, { offset, move, form, kind: 'manual', text, reason: `${why}; rewrite by hand` });
  };
  for (const m of line.matchAll(FROM_IMPORT)) {
    covered.push([m.index!, m.index! + m[0].length]);
    const level = m[1].length;
    const module = (m[2] ?? '').replace(/\s+/g, '');
    const absolute = resolveRelative(ctx.file?.package ?? [], level, module);
    if (absolute === undefined) continue;
    const names = m[3].replace(/[()\\]/g, ' ').split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean);
    const listed = names.map((name) => ctx.index.symbolTarget(absolute, name)?.move ?? ctx.index.moduleTarget(`${absolute}.${name}`)?.move);
    // A list cut short (continued on a hidden line) or a star may name any moved symbol.
    const open = names.length === 0 || names.includes('*') || /[(,\\]\s*$/.test(m[3]);
    const move = ctx.index.moduleTarget(absolute)?.move ?? listed.find(Boolean) ?? (open ? ctx.index.symbolMovesOf(absolute)[0] : undefined);
    if (move) report(m.index!, move, names.includes('*') ? 'star-import' : level > 0 ? 'relative' : 'from-import', m[0]);
  }
  for (const m of line.matchAll(PLAIN_IMPORT)) {
    if (inCovered(m.index!)) continue;
    covered.push([m.index!, m.index! + m[0].length]);
    const names = m[1].replace(/[()\\]/g, ' ').split(',').map((s) => s.trim().split(/\s+/)[0].replace(/\s+/g, ''));
    const move = names.map((name) => ctx.index.moduleTarget(name)?.move ?? ctx.index.symbolMovesOf(name)[0]).find(Boolean);
    if (move) report(m.index!, move, 'import-as', m[0]);
  }
  const commentAt = line.search(/^\s*#/);
  for (const m of line.matchAll(dotted)) {
    if (inCovered(m.index!)) continue;
    const mapped = ctx.index.mapPath(m[0]);
    if (!mapped) continue;
    const quoted = /['"]$/.test(line.slice(0, m.index!));
    const form: ReferenceForm = commentAt === 0 ? 'comment' : quoted ? 'string-target' : 'attribute';
    report(m.index!, mapped.move, form, form === 'comment' ? line : m[0]);
  }
  // A moved module's file path names a file, not the module: a mention wherever it is (file-path-mentions.ts).
  for (const m of ctx.index.legacyFilePattern ? line.matchAll(ctx.index.legacyFilePattern) : []) {
    const mapped = ctx.index.mapPath(dottedPathOf(m[0]));
    if (!mapped || mapped.move.from.symbol) continue;
    addFinding(ctx, { offset: at + m.index!, move: mapped.move, form: commentAt === 0 ? 'comment' : 'string-target', kind: 'mention', text: commentAt === 0 ? line : m[0] });
  }
}
