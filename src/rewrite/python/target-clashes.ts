// Two patch targets that would name one object. Re-pointing `patch("legacy.X")` at "canonical.X"
// next to a `patch("canonical.X")` of the same test (stacked decorators, or one `with`) patches one
// attribute twice: only the innermost mock is seen and the other never records a call. Two keys of
// one dict display (sys.modules fakes) keep only the later value; keys of two displays do not clash.
// JS has the same rule for two module mocks (js/mock-clashes.ts). Such a string is left as written
// and reported for a human to merge.
// Lists and other places where a repeated path loses nothing (`for m in [...]: sys.modules.pop(m)`)
// are rewritten as before.
import { isDictKey } from './annotation-strings';
import type { RewriteContext } from './context';
import { stringLiteralParts } from './string-scanner';
import { Tok, type Tokens } from './tokenizer';

const AT = 64;
const OPEN_PAREN = 40;
const OPENERS = new Set([40, 91, 123]);
const CLOSERS = new Set([41, 93, 125]);

interface Named {
  body: string;
  offset: number;
  text: string;
  /** Where two names clash: the token index of a dict key's `{` (keys of one display), or -1 for a patch target (the whole statement). */
  place: number;
}

/** Per statement (cached while targets come in token order): its patch-like strings by the path they name after the rewrite. */
interface StatementNames {
  first: number;
  last: number;
  /** Decorators or a `with`: first arguments of calls there are patch targets. */
  patches: boolean;
  /** Each dict key's place (the `{` of its display). */
  keyPlaces: Map<number, number>;
  /** Path after the rewrite → the first string of each spelling (and kind) naming it: few per path, however long the statement. */
  byPath: Map<string, Map<string, Named>>;
}

export type ClashFinder = (k: number, body: string, path: string) => { offset: number; text: string } | undefined;

/** Finds, for the string target at `k` about to name `path`, another string that would then clash with it. Linear in the file. */
export function createClashFinder(ctx: RewriteContext): ClashFinder {
  let cached: StatementNames | undefined;
  return (k, body, path) => {
    const t = ctx.tokens;
    // A piece of an implicit concatenation is not a patch target or a key on its own.
    if ((k > 0 && t.kind[k - 1] === Tok.String) || (k + 1 < t.count && t.kind[k + 1] === Tok.String)) return undefined;
    const dictKey = isDictKey(t, k);
    if (!dictKey && !isFirstArgument(t, k)) return undefined;
    if (!cached || k < cached.first || k > cached.last) cached = statementNames(ctx, k);
    if (!dictKey && !cached.patches) return undefined;
    const place = dictKey ? cached.keyPlaces.get(k) : -1;
    // Another spelling of the same path before the rewrite names the same object already: no new clash.
    for (const other of cached.byPath.get(path)?.values() ?? []) if (other.place === place && other.body !== body) return other;
    return undefined;
  };
}

function statementNames(ctx: RewriteContext, k: number): StatementNames {
  const t = ctx.tokens;
  const [first, last] = statementRange(t, k);
  const byPath = new Map<string, Map<string, Named>>();
  const add = (path: string, named: Named) => {
    const spellings = byPath.get(path) ?? new Map<string, Named>();
    const spelling = `${named.place}:${named.body}`;
    if (!spellings.has(spelling)) spellings.set(spelling, named);
    byPath.set(path, spellings);
  };
  const keyPlaces = new Map<number, number>();
  const open: number[] = [];
  for (let j = first; j <= last; j++) {
    if (t.kind[j] === Tok.Op && OPENERS.has(t.code[j])) open.push(j);
    else if (t.kind[j] === Tok.Op && CLOSERS.has(t.code[j])) open.pop();
    if (t.kind[j] !== Tok.String || t.code[j] !== 0 || t.kind[j - 1] === Tok.String || t.kind[j + 1] === Tok.String) continue;
    const dictKey = isDictKey(t, j);
    if (!dictKey && !isFirstArgument(t, j)) continue;
    const place = dictKey ? (open[open.length - 1] ?? -2) : -1;
    if (dictKey) keyPlaces.set(j, place);
    const text = ctx.text.slice(t.start[j], t.end[j]);
    const named: Named = { body: stringLiteralParts(text).body, offset: t.start[j], text, place };
    add(named.body, named);
    const mapped = ctx.index.mapPath(named.body)?.path;
    if (mapped !== undefined && mapped !== named.body) add(mapped, named);
  }
  return { first, last, patches: startsWithAt(t, first) || startsWithWith(ctx, first), keyPlaces, byPath };
}

/** `f("…"`: the string is the first argument of a call (a patch target's place). */
function isFirstArgument(t: Tokens, k: number): boolean {
  return k >= 2 && t.kind[k - 1] === Tok.Op && t.code[k - 1] === OPEN_PAREN && t.kind[k - 2] === Tok.Name;
}

/** `with …` or `async with …`. */
function startsWithWith(ctx: RewriteContext, j: number): boolean {
  const t = ctx.tokens;
  const word = (i: number) => (t.kind[i] === Tok.Name ? ctx.text.slice(t.start[i], t.end[i]) : '');
  return word(j) === 'with' || (word(j) === 'async' && word(j + 1) === 'with');
}

/** Token range of the logical line holding `k`, widened over a run of decorator lines and the line they decorate. */
function statementRange(t: Tokens, k: number): [number, number] {
  let first = lineStart(t, k);
  let last = lineEnd(t, k);
  while (first > 0) {
    const previous = lineStart(t, first - 1);
    if (!startsWithAt(t, previous)) break;
    first = previous;
  }
  while (startsWithAt(t, first) && startsWithAt(t, lineStart(t, last)) && last + 1 < t.count) last = lineEnd(t, last + 1);
  return [first, last];
}

function lineStart(t: Tokens, k: number): number {
  let j = k;
  while (j > 0 && t.kind[j - 1] !== Tok.Newline) j--;
  while (j < k && (t.kind[j] === Tok.Indent || t.kind[j] === Tok.Dedent || t.kind[j] === Tok.Nl || t.kind[j] === Tok.Comment)) j++;
  return j;
}

function lineEnd(t: Tokens, k: number): number {
  let j = k;
  while (j + 1 < t.count && t.kind[j] !== Tok.Newline) j++;
  return j;
}

const startsWithAt = (t: Tokens, j: number) => t.kind[j] === Tok.Op && t.code[j] === AT;
