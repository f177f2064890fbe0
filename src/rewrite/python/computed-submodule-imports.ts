// A package `__init__` importing its own submodules by computed names: textual's lazy widgets
// (`import_module(f"._{camel_to_snake(name)}", package="textual.widgets")`), tornado's
// (`importlib.import_module("." + name, __name__)`). A moved submodule may be one of them, and
// nothing in the text says which, so in the parent package of a moved module each such call is a
// manual finding: check it by hand, or keep a shim at the old path. A literal name is no such call
// (the strings pass and import-module-members.ts read those).
import type { Move } from '../../types';
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import { submoduleMovesOf } from './may-reference';
import { nextCodeToken, tokenHolding } from './token-search';
import { Tok } from './tokenizer';

const CALL = /(?<![\w.])(?:importlib\s*\.\s*)?(?:import_module|__import__)(?!\w)/g;

export function reportComputedSubmoduleImports(ctx: RewriteContext, moves: readonly Move[]): void {
  if (!ctx.text.includes('import_module') && !ctx.text.includes('__import__')) return;
  const submodules = submoduleMovesOf(ctx.file, moves);
  if (!submodules) return;
  const t = ctx.tokens;
  let k = 0;
  for (const m of ctx.text.matchAll(CALL)) {
    k = tokenHolding(t, m.index! + m[0].length - 1, k);
    if (k < 0) return;
    if (t.kind[k] !== Tok.Name) continue; // in a string or a comment
    const open = nextCodeToken(ctx.tokens, k);
    if (open === undefined || t.kind[open] !== Tok.Op || t.code[open] !== 40) continue;
    const first = nextCodeToken(ctx.tokens, open);
    if (first === undefined || (t.kind[first] === Tok.Op && t.code[first] === 41)) continue;
    const after = nextCodeToken(ctx.tokens, first);
    const literal = t.kind[first] === Tok.String && t.code[first] === 0 && after !== undefined && t.kind[after] === Tok.Op && (t.code[after] === 44 || t.code[after] === 41);
    if (literal) continue;
    const moved = [...submodules.values()];
    const close = matchingClose(ctx, open);
    const text = ctx.text.slice(m.index!, close === undefined ? t.end[open] : t.end[close]);
    const base = { offset: m.index!, move: moved[0], form: 'string-target' as const, text };
    if (isIgnored(ctx, m.index!, m.index! + m[0].length)) {
      addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
      continue;
    }
    const names = moved.map((mv) => mv.from.module);
    const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} (+${names.length - 3} more)` : names.join(', ');
    const reason = `${ctx.file!.module} imports its submodules by a computed name here; if it can name ${list}, which ${names.length === 1 ? 'moves' : 'move'}, the import fails once the old module is gone: check by hand, or keep a shim at the old path`;
    addFinding(ctx, { ...base, kind: 'manual', reason });
  }
}


function matchingClose(ctx: RewriteContext, open: number): number | undefined {
  const t = ctx.tokens;
  let depth = 0;
  for (let j = open; j < t.count; j++) {
    if (t.kind[j] !== Tok.Op) continue;
    const c = t.code[j];
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && --depth === 0) return j;
  }
  return undefined;
}
