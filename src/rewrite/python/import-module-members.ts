// `importlib.import_module("legacy").X` where X moved on its own: the twin of JS's
// `import('legacy').then((m) => m.X)` (call-sites.ts). The string names a module that lives on, so
// the strings pass does not see it; the member decides: `import_module("canonical").X` (renamed
// when X is). A module object kept (`m = import_module("legacy")`, passed on) in a file that spells
// a moved name as an attribute is left for a human, as JS's whole-module use of a moved member is.
// A module that moves whole has its string re-pointed by the strings pass; its members' own moves
// (a rename in the target) are still this pass's: renamed on the call, manual on a kept object.
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import { stringLiteralParts } from './string-scanner';
import { nextCodeToken, tokenHolding } from './token-search';
import { Tok } from './tokenizer';
import { escapeRegExp } from '../escape-regexp';

const CALL = /(?<![\w.])(?:importlib\s*\.\s*)?import_module(?!\w)/g;

export function rewriteImportModuleMembers(ctx: RewriteContext): void {
  if (!ctx.text.includes('import_module')) return;
  const t = ctx.tokens;
  let k = 0;
  for (const m of ctx.text.matchAll(CALL)) {
    k = tokenHolding(t, m.index! + m[0].length - 1, k);
    if (k < 0) return;
    if (t.kind[k] !== Tok.Name) continue; // in a string or comment
    const open = nextCodeToken(ctx.tokens, k);
    const literal = open === undefined || t.kind[open] !== Tok.Op || t.code[open] !== 40 ? undefined : nextCodeToken(ctx.tokens, open);
    if (literal === undefined || t.kind[literal] !== Tok.String || t.code[literal] !== 0) continue;
    const close = nextCodeToken(ctx.tokens, literal);
    if (close === undefined || t.kind[close] !== Tok.Op || t.code[close] !== 41) continue;
    const raw = ctx.text.slice(t.start[literal], t.end[literal]);
    const { prefix, quote, body } = stringLiteralParts(raw);
    const moved = ctx.index.symbolMovesOf(body);
    if (moved.length === 0) continue;
    // A module moving whole: the strings pass re-points the string; its members' own moves are this pass's.
    const whole = ctx.index.moduleTarget(body);
    const dot = nextCodeToken(ctx.tokens, close);
    const member = dot !== undefined && t.kind[dot] === Tok.Op && t.code[dot] === 46 ? nextCodeToken(ctx.tokens, dot) : undefined;
    const start = m.index!;
    const end = member !== undefined ? t.end[member] : t.end[close];
    const text = ctx.text.slice(start, end);
    if (member !== undefined && t.kind[member] === Tok.Name) {
      const name = ctx.text.slice(t.start[member], t.end[member]);
      const target = ctx.index.symbolTarget(body, name);
      if (!target || !moved.includes(target.move)) continue;
      const base = { offset: start, move: target.move, form: 'string-target' as const, text };
      if (isIgnored(ctx, start, end)) {
        addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
        continue;
      }
      if (whole && target.module !== whole.module) {
        addFinding(ctx, { ...base, kind: 'manual', reason: `${name} moved to ${target.module}, not with its module (${whole.module}); point this use at ${target.module} by hand` });
        continue;
      }
      const at = t.start[literal] + prefix + quote;
      if (!whole) ctx.edits.push({ start: at, end: at + body.length, text: target.module });
      if (target.symbol !== undefined && target.symbol !== name) ctx.edits.push({ start: t.start[member], end: t.end[member], text: target.symbol });
      addFinding(ctx, { ...base, kind: 'rewritten' });
      continue;
    }
    // The module object is kept: a moved name spelled as an attribute anywhere here may be its use.
    for (const move of moved) {
      const symbol = move.from.symbol!;
      if (!new RegExp(`\\.\\s*${escapeRegExp(symbol)}(?!\\w)`).test(ctx.text)) continue;
      const now = move.to.symbol && move.to.symbol !== symbol ? `${move.to.module} as ${move.to.symbol}` : move.to.module;
      const reason = `${symbol} moved to ${now}, but this import_module returns the module as a whole; point the ${symbol} use at ${now} by hand`;
      addFinding(ctx, { offset: start, move, form: 'string-target', kind: 'manual', text, reason });
    }
  }
}

