// Module paths built at run time, which no rewrite can follow, so each is a manual finding (as the JS
// rewriter reports a computed specifier whose static text may name a legacy module):
// - in a package `__init__` whose direct submodule moves, any computed import: textual's lazy widgets
//   (`import_module(f"._{camel_to_snake(name)}", package="textual.widgets")`), tornado's
//   (`importlib.import_module("." + name, __name__)`), docutils' writers (`'docutils.writers.' + name`);
// - anywhere, a path whose static start is a package above a module that moves whole and ends
//   there with a dot (`import_module("app.ws." + name)`, `__import__(f"app.{x}")`, `"app.ws.%s" % x`):
//   it may name that module; so may a relative start resolved against the call's package
//   (`import_module("." + name, "app.ws")`: relative-import-names.ts reads the package). A path whose
//   static text holds a legacy path itself is the strings pass's (an f-string is manual there, a
//   plain piece is rewritten). A literal relative name (`import_module(".manager", __package__)`)
//   goes to relative-import-names.ts; any other literal name is no such call.
// The prefilter's spelling of these is computed-call-spelling.ts's computedCallSource: a one-quote
// string right after the parenthesis, as this pass reads it.
import type { Move } from '../../types';
import { addFinding, type RewriteContext } from './context';
import { submoduleMovesOf } from './submodule-moves';
import { stringLiteralParts } from './string-scanner';
import { nextCodeToken, tokenHolding } from './token-search';
import { resolveRelative } from './module-path';
import { callArguments, keepPackageString, movedAnchor, packageArgument, rewriteRelativeName, type PackageArgument } from './relative-import-names';
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
    const first = nameArgument(ctx, nextCodeToken(t, open));
    if (first === undefined || (t.kind[first] === Tok.Op && t.code[first] === 41)) continue;
    const after = nextCodeToken(t, first);
    const literal = t.kind[first] === Tok.String && t.code[first] === 0 && after !== undefined && t.kind[after] === Tok.Op && (t.code[after] === 44 || t.code[after] === 41);
    // A relative name is resolved against the package argument (import_module only: __import__ takes a level instead).
    const relative = m[0].endsWith('import_module') && t.kind[first] === Tok.String && /^[A-Za-z]*(?:'|")\./.test(ctx.text.slice(t.start[first], t.end[first]));
    if (literal && !relative) continue; // an absolute name is the strings pass's
    const args = callArguments(ctx, open);
    const text = ctx.text.slice(m.index!, args.close === undefined ? t.end[open] : t.end[args.close]);
    const pkg = relative ? packageArgument(ctx, args.starts) : 'unknown';
    if (literal) {
      rewriteRelativeName(ctx, first, pkg, text);
      continue;
    }
    const found = submodules ? submoduleFinding(ctx, [...submodules.values()]) : underPackageFinding(ctx, first, whole, pkg);
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

/**
 * The first argument opens with a one-quote string whose static text is `pkg.` for a package above a
 * whole move, or a relative `.sub.` (or `.`) that resolves to one against a package the call names.
 */
function underPackageFinding(ctx: RewriteContext, first: number, whole: readonly Move[], pkg: PackageArgument): Found | undefined {
  const t = ctx.tokens;
  if (t.kind[first] !== Tok.String || t.code[first] === 2) return undefined;
  const { prefix, quote, body } = stringLiteralParts(ctx.text.slice(t.start[first], t.end[first]));
  if (quote !== 1) return undefined;
  const fString = /f/i.test(ctx.text.slice(t.start[first], t.start[first] + prefix));
  // Where the static text ends: an f-string's first field, a `%` format; a plain string's end.
  const stop = fString ? body.search(/\{(?!\{)/) : body.indexOf('%');
  const staticText = stop < 0 ? body : body.slice(0, stop);
  const start = absoluteStart(staticText, pkg);
  // The strings pass re-pointed the package: the name must land where it did, or where that moved.
  const anchor = staticText.startsWith('.') ? movedAnchor(ctx, pkg) : undefined;
  const now = anchor ? absoluteStart(staticText, { components: anchor.components }) : start;
  if (anchor && start !== undefined && now !== start && now !== `${ctx.index.mapPath(start.slice(0, -1))?.path}.`) {
    keepPackageString(ctx, pkg, `re-pointed at ${anchor.components.join('.')}, this package would make the name built at run time beside it resolve under ${now?.slice(0, -1)}, not ${start.slice(0, -1)}: rewrite the call by hand`);
  }
  if (start === undefined || !start.endsWith('.')) return undefined;
  const move = whole.find((mv) => mv.from.module.startsWith(start));
  if (!move) return undefined;
  const reason = `this import builds a module path under ${start.slice(0, -1)} at run time; it may name ${move.from.module}, which moves to ${move.to.module}, and would fail once the old module is gone: check by hand, or keep a shim at the old path`;
  return { move, reason };
}

/** The static text as an absolute path: a relative start (`.`, `..sub.`) resolved against the call's package, when known. */
function absoluteStart(start: string, pkg: PackageArgument): string | undefined {
  if (!start.startsWith('.')) return start;
  const level = /^\.*/.exec(start)![0].length;
  const rest = start.slice(level);
  if (pkg === 'unknown' || (rest !== '' && !rest.endsWith('.'))) return undefined;
  const base = resolveRelative(pkg.components, level, rest.slice(0, -1));
  return base === undefined ? undefined : `${base}.`;
}

/** The token opening the name argument: the first one, or the value of `name=` written there. */
function nameArgument(ctx: RewriteContext, first: number | undefined): number | undefined {
  const t = ctx.tokens;
  if (first === undefined || t.kind[first] !== Tok.Name || ctx.text.slice(t.start[first], t.end[first]) !== 'name') return first;
  const eq = nextCodeToken(t, first);
  return eq !== undefined && t.kind[eq] === Tok.Op && t.code[eq] === 61 ? nextCodeToken(t, eq) : first;
}
