// String targets and mentions: plain string literals equal to a legacy dotted path (or starting with
// it and a dot) are rewritten keeping prefix and quotes; f-strings with expressions are manual;
// docstrings and comments are reported as mentions (rewritten only with options.rewriteComments).
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import { missingNameReason } from '../missing-name-reason';
import { retargetSpec, type RetargetedSpec } from './entry-point-strings';
import { missingStep } from './provided-names';
import { stringLiteralParts } from './string-scanner';
import { createClashFinder, type ClashFinder } from './target-clashes';
import { tokenHolding } from './token-search';
import { Tok } from './tokenizer';

export function rewriteStrings(ctx: RewriteContext): void {
  const t = ctx.tokens;
  const needle = ctx.index.legacyPathPattern;
  if (!needle) return;
  let docs: Set<number> | undefined;
  let clashes: ClashFinder | undefined;
  // One search over the whole text, not a slice per string: a match inside a string or comment
  // starts inside its token (they begin with a quote, a prefix or `#`, which no dotted path spells,
  // and end at a quote or a line break), so it is found here exactly as in that token's own text.
  let k = 0;
  let seen = -1;
  for (const m of ctx.text.matchAll(needle)) {
    const at = m.index!;
    k = tokenHolding(t, at, k);
    if (k < 0) break;
    if (k === seen || t.start[k] > at) continue;
    const kind = t.kind[k];
    if (kind !== Tok.Comment && (kind !== Tok.String || t.code[k] === 2)) continue;
    seen = k;
    if (kind === Tok.Comment) mention(ctx, t.start[k], t.end[k], 'comment', needle);
    else if ((docs ??= bareStringStatements(ctx)).has(k)) mention(ctx, t.start[k], t.end[k], 'docstring', needle);
    else stringTarget(ctx, k, ctx.text.slice(t.start[k], t.end[k]), t.code[k] === 1, (clashes ??= createClashFinder(ctx)));
  }
}

function stringTarget(ctx: RewriteContext, k: number, raw: string, isF: boolean, clashingTarget: ClashFinder): void {
  const start = ctx.tokens.start[k];
  const { prefix, quote, body } = stringLiteralParts(raw);
  if (isF && /\{(?!\{)/.test(body.replace(/\{\{/g, ''))) {
    const mapped = firstMappable(ctx, body);
    if (mapped) addFinding(ctx, { offset: start, move: mapped, form: 'string-target', kind: 'manual', text: raw, reason: 'an f-string builds a legacy path; rewrite by hand' });
    return;
  }
  const mapped = /[\\\r\n\s]/.test(body) ? undefined : ctx.index.mapPath(body);
  const entry = mapped || /[\\\r\n]/.test(body) ? undefined : retargetSpec(ctx.index, body);
  if (entry) return entryPointTarget(ctx, start, prefix + quote, raw, body, entry);
  if (!mapped) {
    // Source text or prose inside a string (`"from L import X"`): reported, never rewritten.
    const inside = firstMappable(ctx, body);
    if (inside) addFinding(ctx, { offset: start, move: inside, form: 'string-target', kind: 'mention', text: raw });
    return;
  }
  const base = { offset: start, move: mapped.move, form: 'string-target' as const, text: raw };
  if (isIgnored(ctx, start, start + raw.length)) return addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
  // `patch("legacy.X")` where legacy's own staying code looks X up: the patch intercepts that use.
  // `patch("legacy.X.attr")` changes the object itself, which both modules hand out: it follows the move.
  const legacy = mapped.move.from;
  const usedAt = legacy.symbol ? ctx.usedInPlace?.[`${legacy.module}:${legacy.symbol}`] : undefined;
  if (usedAt !== undefined && body === `${legacy.module}.${legacy.symbol}` && (isPatchTarget(ctx, k) || patchedThroughName(ctx, k))) {
    const reason = `${legacy.module} still uses ${legacy.symbol} itself (line ${usedAt}, in code that stays there), and this patch intercepts that use; re-pointed at ${mapped.path} it would not: keep it, or patch where the code under test looks the name up, by hand`;
    return addFinding(ctx, { ...base, kind: 'manual', reason });
  }
  // `mock.patch("a.gone.Z")` re-pointed at a module or name the canonical side lacks would fail when the test runs.
  // Only the dotted names count: `"pkg.main:app"` (an entry point) names the module `pkg.main`, `"pkg."` a prefix.
  const dotted = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/.exec(mapped.path)?.[0];
  const absent = mapped.move.from.symbol || dotted === undefined ? undefined : missingStep({ provided: ctx.provided }, dotted);
  if (absent) return addFinding(ctx, { ...base, kind: 'manual', reason: missingNameReason(absent.module, absent.name) });
  const clash = clashingTarget(k, body, mapped.path);
  if (clash) {
    const line = ctx.lines.position(clash.offset).line;
    const reason = `re-pointed, this would name ${mapped.path} a second time in one statement (line ${line} has ${clash.text}), and only one of two patches or dict keys applies; merge the two by hand`;
    return addFinding(ctx, { ...base, kind: 'manual', reason });
  }
  const from = prefix + quote;
  ctx.edits.push({ start: start + from, end: start + from + body.length, text: mapped.path });
  addFinding(ctx, { ...base, kind: 'rewritten' });
}

/** `"tool = pkg.cli:main"`: the spec re-pointed whole, unless the module it names would be missing. */
function entryPointTarget(ctx: RewriteContext, start: number, open: number, raw: string, body: string, entry: RetargetedSpec): void {
  const base = { offset: start, move: entry.move, form: 'string-target' as const, text: raw };
  if (isIgnored(ctx, start, start + raw.length)) return addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
  const absent = entry.move.from.symbol ? undefined : missingStep({ provided: ctx.provided }, entry.module);
  if (absent) return addFinding(ctx, { ...base, kind: 'manual', reason: missingNameReason(absent.module, absent.name) });
  ctx.edits.push({ start: start + open, end: start + open + body.length, text: entry.text });
  addFinding(ctx, { ...base, kind: 'rewritten' });
}

/** The string at token `k` is the first argument of a call named `patch` or `setattr` (`mock.patch(`, `@patch(`, `mocker.patch(`, `monkeypatch.setattr(`). */
function isPatchTarget(ctx: RewriteContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j >= 0 && (t.kind[j] === Tok.Nl || t.kind[j] === Tok.Comment)) j--;
  if (j < 1 || t.kind[j] !== Tok.Op || t.code[j] !== 40) return false;
  j--;
  while (j >= 0 && (t.kind[j] === Tok.Nl || t.kind[j] === Tok.Comment)) j--;
  if (j < 0 || t.kind[j] !== Tok.Name) return false;
  const callee = ctx.text.slice(t.start[j], t.end[j]);
  return callee === 'patch' || callee === 'setattr';
}

/**
 * Whether the string is assigned to a name (`TARGET = "legacy.X"`) that the file hands to a patch
 * call (`patch(TARGET, …)`, `mock.patch(target=TARGET)`, `monkeypatch.setattr(TARGET, v)`): a patch
 * target held in a variable (a networkx trial's test then no longer reached the legacy module's call).
 */
function patchedThroughName(ctx: RewriteContext, k: number): boolean {
  const t = ctx.tokens;
  if (k < 2 || t.kind[k - 1] !== Tok.Op || ctx.text.slice(t.start[k - 1], t.end[k - 1]) !== '=' || t.kind[k - 2] !== Tok.Name) return false;
  const name = ctx.text.slice(t.start[k - 2], t.end[k - 2]);
  return new RegExp(`(?<!\\w)(?:patch|setattr)\\s*\\(\\s*(?:target\\s*=\\s*)?${name}(?!\\w)`).test(ctx.text);
}

function firstMappable(ctx: RewriteContext, body: string) {
  const re = ctx.index.legacyPathPattern!;
  for (const m of body.matchAll(re)) {
    const mapped = ctx.index.mapPath(m[0]);
    if (mapped) return mapped.move;
  }
  return undefined;
}

/** Reports (and with rewriteComments, rewrites) each legacy dotted path inside a comment or docstring. */
function mention(ctx: RewriteContext, start: number, end: number, form: 'comment' | 'docstring', re: RegExp): void {
  const segment = ctx.text.slice(start, end);
  for (const m of segment.matchAll(re)) {
    const mapped = ctx.index.mapPath(m[0]);
    if (!mapped) {
      if (form === 'docstring') doctestSymbolImport(ctx, start + m.index!, m[0]);
      continue;
    }
    const at = start + m.index!;
    const text = form === 'comment' ? segment : m[0];
    const doctest = form === 'docstring' && onDoctestLine(ctx.text, at);
    if (ctx.options.rewriteComments && !isIgnored(ctx, at, at)) {
      ctx.edits.push({ start: at, end: at + m[0].length, text: mapped.path });
      addFinding(ctx, { offset: at, move: mapped.move, form: doctest ? 'doctest' : form, kind: 'rewritten', text });
    } else addFinding(ctx, { offset: at, move: mapped.move, form: doctest ? 'doctest' : form, kind: 'mention', text, ...(doctest ? { reason: DOCTEST } : {}) });
  }
}

const DOCTEST = 'a doctest example, run as code by doctest and pytest --doctest-modules; --rewrite-comments rewrites it';

/**
 * `>>> from pkg.misc import as_int` in a docstring, with `pkg.misc:as_int` moved: the module path
 * maps to nothing (only the symbol moved), yet the example fails once the name is gone. A mention
 * (the example is text to the codemod: splitting its statement is left to a person).
 */
function doctestSymbolImport(ctx: RewriteContext, at: number, module: string): void {
  if (!/(?:^|[\s;])from[ \t]+$/.test(ctx.text.slice(Math.max(0, at - 12), at)) || !onDoctestLine(ctx.text, at)) return;
  const names = /^[ \t]+import[ \t]+\(?([\w \t,]+)/.exec(ctx.text.slice(at + module.length, at + module.length + 400))?.[1];
  for (const item of names?.split(',') ?? []) {
    const name = item.trim().split(/[ \t]+/)[0];
    const target = name ? ctx.index.symbolTarget(module, name) : undefined;
    if (!target) continue;
    const renamed = target.symbol !== undefined && target.symbol !== name ? target.symbol : undefined;
    const where = target.module === module ? `which is renamed ${renamed} there` : `which moved to ${target.module}${renamed ? ` as ${renamed}` : ''}`;
    const reason = `a doctest example imports ${name} from ${module}, ${where}; doctest and pytest --doctest-modules run it: rewrite the example by hand`;
    addFinding(ctx, { offset: at, move: target.move, form: 'doctest', kind: 'mention', text: `from ${module} import ${name}`, reason });
  }
}

/** Whether `at` lies on a docstring line that is a doctest example (`>>> ` or its `... ` continuation). */
function onDoctestLine(text: string, at: number): boolean {
  // Back to the line's start by hand: lastIndexOf('\r') in a file without one scans to its start, for every mention.
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  return /^[ \t]*(?:>>>|\.\.\.)(?: |$)/.test(text.slice(lineStart, at));
}

/** Token indices of strings that make up a whole expression statement (docstrings, bare strings). One pass. */
export function bareStringStatements(ctx: RewriteContext): Set<number> {
  const t = ctx.tokens;
  const docs = new Set<number>();
  let run: number[] = [];
  let onlyStrings = true;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Nl || kind === Tok.Comment) continue;
    if (kind === Tok.Newline || kind === Tok.Indent || kind === Tok.Dedent || kind === Tok.End || (kind === Tok.Op && t.code[k] === 59)) {
      if (onlyStrings) for (const s of run) docs.add(s);
      run = [];
      onlyStrings = true;
    } else if (kind === Tok.String && onlyStrings) run.push(k);
    else {
      onlyStrings = false;
      run = [];
    }
  }
  return docs;
}
