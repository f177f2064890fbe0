// Module paths built at run time, which no rewrite can follow, so each is a manual finding (as the JS
// rewriter reports a computed specifier whose static text may name a legacy module):
// - in a package `__init__` whose direct submodule moves, any computed import: textual's lazy widgets
//   (`import_module(f"._{camel_to_snake(name)}", package="textual.widgets")`), tornado's
//   (`importlib.import_module("." + name, __name__)`), docutils' writers (`'docutils.writers.' + name`);
// - anywhere, a path whose static start is a package above a module that moves whole and ends
//   there with a dot (`import_module("app.ws." + name)`, `__import__(f"app.{x}")`, `"app.ws.%s" % x`):
//   it may name that module. A path whose static text holds a legacy path itself is the strings
//   pass's (an f-string is manual there, a plain piece is rewritten), and a literal name is no such call.
// The prefilter's spelling of the second kind is computed-call-spelling.ts's computedCallSource: a one-quote
// string right after the parenthesis, as this pass reads it.
import type { Move } from '../../types';
import { addFinding, type RewriteContext } from './context';
import { submoduleMovesOf } from './submodule-moves';
import { stringLiteralParts } from './string-scanner';
import { nextCodeToken, tokenHolding } from './token-search';
import { Tok } from './tokenizer';

const CALL = /(?<![\w.])(?:importlib\s*\.\s*)?(?:import_module|__import__)(?!\w)/g;

export function reportComputedImports(ctx: RewriteContext, moves: readonly Move[]): void {
  if (!ctx.text.includes('import_module') && !ctx.text.includes('__import__')) return;
  const submodules = submoduleMovesOf(ctx.file, moves);
  const whole = moves.filter((m) => !m.from.symbol);
  const t = ctx.tokens;
  let k = 0;
  for (const m of ctx.text.matchAll(CALL)) {
    k = tokenHolding(t, m.index! + m[0].length - 1, k);
    if (k < 0) return;
    if (t.kind[k] !== Tok.Name) continue; // in a string or a comment
    const open = nextCodeToken(t, k);
    if (open === undefined || t.kind[open] !== Tok.Op || t.code[open] !== 40) continue;
    const first = nextCodeToken(t, open);
    if (first === undefined || (t.kind[first] === Tok.Op && t.code[first] === 41)) continue;
    const after = nextCodeToken(t, first);
    const literal = t.kind[first] === Tok.String && t.code[first] === 0 && after !== undefined && t.kind[after] === Tok.Op && (t.code[after] === 44 || t.code[after] === 41);
    if (literal) continue;
    const close = matchingClose(ctx, open);
    const text = ctx.text.slice(m.index!, close === undefined ? t.end[open] : t.end[close]);
    const found = submodules ? submoduleFinding(ctx, [...submodules.values()]) : underPackageFinding(ctx, first, whole);
    if (!found) continue;
    // An ignore comment on the call's lines makes it ignored (addFinding).
    addFinding(ctx, { offset: m.index!, move: found.move, form: 'string-target', text, kind: 'manual', reason: found.reason });
  }
}

interface Found {
  move: Move;
  reason: string;
}

function submoduleFinding(ctx: RewriteContext, moved: readonly Move[]): Found {
  const names = moved.map((mv) => mv.from.module);
  const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} (+${names.length - 3} more)` : names.join(', ');
  const reason = `${ctx.file!.module} imports its submodules by a computed name here; if it can name ${list}, which ${names.length === 1 ? 'moves' : 'move'}, the import fails once the old module is gone: check by hand, or keep a shim at the old path`;
  return { move: moved[0], reason };
}

/** The first argument opens with a one-quote string whose static text is `pkg.` for a package above a whole move. */
function underPackageFinding(ctx: RewriteContext, first: number, whole: readonly Move[]): Found | undefined {
  const t = ctx.tokens;
  if (t.kind[first] !== Tok.String || t.code[first] === 2) return undefined;
  const { prefix, quote, body } = stringLiteralParts(ctx.text.slice(t.start[first], t.end[first]));
  if (quote !== 1) return undefined;
  const fString = /f/i.test(ctx.text.slice(t.start[first], t.start[first] + prefix));
  // Where the static text ends: an f-string's first field, a `%` format; a plain string's end.
  const stop = fString ? body.search(/\{(?!\{)/) : body.indexOf('%');
  const start = stop < 0 ? body : body.slice(0, stop);
  if (!start.endsWith('.') || start.startsWith('.')) return undefined;
  const move = whole.find((mv) => mv.from.module.startsWith(start));
  if (!move) return undefined;
  const reason = `this import builds a module path under ${start.slice(0, -1)} at run time; it may name ${move.from.module}, which moves to ${move.to.module}, and would fail once the old module is gone: check by hand, or keep a shim at the old path`;
  return { move, reason };
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
