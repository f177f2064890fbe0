// String targets and mentions: plain string literals equal to a legacy dotted path (or starting with
// it and a dot) are rewritten keeping prefix and quotes; f-strings with expressions are manual;
// docstrings and comments are reported as mentions (rewritten only with options.rewriteComments).
import { addFinding, ignoreReason, isIgnored, type RewriteContext } from './context';
import { Tok } from './tokenizer';

export function rewriteStrings(ctx: RewriteContext): void {
  const t = ctx.tokens;
  const needle = mentionPattern(ctx);
  if (!needle) return;
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Comment) mention(ctx, t.start[k], t.end[k], 'comment', needle);
    if (kind !== Tok.String || t.code[k] === 2) continue;
    const raw = ctx.text.slice(t.start[k], t.end[k]);
    needle.lastIndex = 0;
    const hit = needle.test(raw);
    needle.lastIndex = 0;
    if (!hit) continue;
    if (isDocstring(ctx, k)) {
      mention(ctx, t.start[k], t.end[k], 'docstring', needle);
      continue;
    }
    stringTarget(ctx, t.start[k], raw, t.code[k] === 1);
  }
}

function stringTarget(ctx: RewriteContext, start: number, raw: string, isF: boolean): void {
  const prefix = /^[A-Za-z]*/.exec(raw)![0].length;
  const q = raw[prefix];
  const quote = raw.startsWith(q.repeat(3), prefix) && raw.length >= prefix + 6 ? 3 : 1;
  const body = raw.slice(prefix + quote, raw.length - quote);
  if (isF && /\{(?!\{)/.test(body.replace(/\{\{/g, ''))) {
    const mapped = firstMappable(ctx, body);
    if (mapped) addFinding(ctx, { offset: start, move: mapped, form: 'string-target', kind: 'manual', text: raw, reason: 'an f-string builds a legacy path; rewrite by hand' });
    return;
  }
  if (/[\\\r\n\s]/.test(body)) return;
  const mapped = ctx.index.mapPath(body);
  if (!mapped) return;
  const base = { offset: start, move: mapped.move, form: 'string-target' as const, text: raw };
  if (isIgnored(ctx, start, start + raw.length)) return addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
  const from = prefix + quote;
  ctx.edits.push({ start: start + from, end: start + from + body.length, text: mapped.path });
  addFinding(ctx, { ...base, kind: 'rewritten' });
}

function firstMappable(ctx: RewriteContext, body: string) {
  const re = mentionPattern(ctx)!;
  for (const m of body.matchAll(re)) {
    const mapped = ctx.index.mapPath(m[0]);
    if (mapped) return mapped.move;
  }
  return undefined;
}

/** Reports (and with rewriteComments, rewrites) each legacy dotted path inside a comment or docstring. */
function mention(ctx: RewriteContext, start: number, end: number, form: 'comment' | 'docstring', re: RegExp): void {
  const segment = ctx.text.slice(start, end);
  re.lastIndex = 0;
  for (const m of segment.matchAll(re)) {
    const mapped = ctx.index.mapPath(m[0]);
    if (!mapped) continue;
    const at = start + m.index!;
    const text = form === 'comment' ? segment : m[0];
    if (ctx.options.rewriteComments && !isIgnored(ctx, at, at)) {
      ctx.edits.push({ start: at, end: at + m[0].length, text: mapped.path });
      addFinding(ctx, { offset: at, move: mapped.move, form, kind: 'rewritten', text });
    } else addFinding(ctx, { offset: at, move: mapped.move, form, kind: 'mention', text });
  }
}

/** A string that makes up a whole expression statement on its own (docstrings and bare strings). */
function isDocstring(ctx: RewriteContext, k: number): boolean {
  const t = ctx.tokens;
  const boundary = (j: number) => j < 0 || t.kind[j] === Tok.Newline || t.kind[j] === Tok.Indent || t.kind[j] === Tok.Dedent || (t.kind[j] === Tok.Op && t.code[j] === 59);
  let j = k - 1;
  while (j >= 0 && (t.kind[j] === Tok.String || t.kind[j] === Tok.Nl || t.kind[j] === Tok.Comment)) j--;
  if (!boundary(j) && !(t.kind[j] === Tok.Op && t.code[j] === 58 && colonEndsHeader(ctx, j))) return false;
  let e = k + 1;
  while (e < t.count && (t.kind[e] === Tok.String || t.kind[e] === Tok.Nl || t.kind[e] === Tok.Comment)) e++;
  return t.kind[e] === Tok.Newline || t.kind[e] === Tok.End || (t.kind[e] === Tok.Op && t.code[e] === 59);
}

/** `class A: "doc"` — a `:` at bracket depth 0 on a line that starts with a compound keyword. */
function colonEndsHeader(ctx: RewriteContext, j: number): boolean {
  const t = ctx.tokens;
  let i = j;
  while (i > 0 && t.kind[i - 1] !== Tok.Newline && t.kind[i - 1] !== Tok.Indent && t.kind[i - 1] !== Tok.Dedent) i--;
  return t.kind[i] === Tok.Name && /^(def|class|async)$/.test(ctx.text.slice(t.start[i], t.end[i]));
}

/** A global regex matching dotted paths that start with any legacy module (word-bounded). */
function mentionPattern(ctx: RewriteContext): RegExp | undefined {
  const mods = ctx.index.legacyModules;
  if (mods.length === 0) return undefined;
  const alt = [...mods].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\w.])(?:${alt})(?:\\.[A-Za-z_]\\w*)*(?!\\w)`, 'g');
}
