// Name-level facts over a file's tokens: bare NAME uses (not attributes, not inside imports),
// dotted attribute chains (`a.b.L.A`), and whether renaming a binding is safe (conservative:
// any rebinding, any collision, any mention in a string or f-string forbids it).
import type { ImportStatement } from './import-statements';
import { Tok, type Tokens } from './tokenizer';

export interface NameScan {
  /** Token indices of NAME tokens that are not attributes (`.x`) and not inside import statements. */
  bare: number[];
  text: string;
  tokens: Tokens;
  /** How many import bindings each local name has (`import a.b` binds `a`). */
  bindings: Map<string, number>;
  /** chainUses results per dotted name (one scan per name, however many imports repeat it). */
  chains: Map<string, Chain[]>;
}

export function scanNames(text: string, t: Tokens, imports: readonly ImportStatement[]): NameScan {
  const bare: number[] = [];
  let s = 0;
  for (let k = 0; k < t.count; k++) {
    if (t.kind[k] !== Tok.Name) continue;
    const start = t.start[k];
    while (s < imports.length && imports[s].end <= start) s++;
    if (s < imports.length && imports[s].start <= start) continue;
    if (k > 0 && t.kind[k - 1] === Tok.Op && t.code[k - 1] === 46 && t.end[k - 1] - t.start[k - 1] === 1) continue;
    bare.push(k);
  }
  const bindings = new Map<string, number>();
  for (const stmt of imports) {
    for (const item of stmt.items) {
      const local = stmt.kind === 'import' && !item.alias ? item.name.split('.')[0] : item.alias ?? item.name;
      bindings.set(local, (bindings.get(local) ?? 0) + 1);
    }
  }
  return { bare, text, tokens: t, bindings, chains: new Map() };
}

const word = (s: NameScan, k: number) => s.text.slice(s.tokens.start[k], s.tokens.end[k]);
const isDot = (s: NameScan, k: number) => s.tokens.kind[k] === Tok.Op && s.tokens.code[k] === 46 && s.tokens.end[k] - s.tokens.start[k] === 1;

export interface Chain {
  /** Token index of the chain's head. */
  first: number;
  start: number;
  end: number;
  /** Token index after the chain (to look at `.A` that follows). */
  next: number;
}

/** Uses of the dotted name `dotted` as the head of an attribute chain (`a.b.L` in `a.b.L.A(…)`). */
export function chainUses(s: NameScan, dotted: string): Chain[] {
  const cached = s.chains.get(dotted);
  if (cached) return cached;
  const parts = dotted.split('.');
  const out: Chain[] = [];
  const head = parts[0];
  for (const k of s.bare) {
    const start = s.tokens.start[k];
    if (s.tokens.end[k] - start !== head.length || !s.text.startsWith(head, start)) continue;
    let j = k;
    let ok = true;
    for (let p = 1; p < parts.length && ok; p++) {
      if (isDot(s, j + 1) && s.tokens.kind[j + 2] === Tok.Name && word(s, j + 2) === parts[p]) j += 2;
      else ok = false;
    }
    if (ok) out.push({ first: k, start: s.tokens.start[k], end: s.tokens.end[j], next: j + 1 });
  }
  s.chains.set(dotted, out);
  return out;
}

/** The attribute name right after a chain (`A` in `L.A`), if any. */
export function attributeAfter(s: NameScan, chain: Pick<Chain, 'next'>): string | undefined {
  const k = chain.next;
  return isDot(s, k) && s.tokens.kind[k + 1] === Tok.Name ? word(s, k + 1) : undefined;
}

/** Token indices of bare uses of `name`. */
export function bareUses(s: NameScan, name: string): number[] {
  return s.bare.filter((k) => s.tokens.end[k] - s.tokens.start[k] === name.length && s.text.startsWith(name, s.tokens.start[k]));
}

const BINDERS = new Set(['def', 'class', 'global', 'nonlocal', 'as', 'for', 'del']);

/**
 * Renaming `oldName` → `newName` everywhere is safe when `newName` appears nowhere as a name, `oldName`
 * is bound once (by imports) and never rebound, and neither occurs in any string or f-string.
 */
export function renameIsSafe(s: NameScan, imports: readonly ImportStatement[], oldName: string, newName: string): boolean {
  const t = s.tokens;
  let importBindings = 0;
  for (const stmt of imports) {
    for (const item of stmt.items) {
      const local = stmt.kind === 'import' && !item.alias ? item.name.split('.')[0] : item.alias ?? item.name;
      if (local === oldName) importBindings++;
      if (local === newName || item.name === newName) return false;
    }
  }
  if (importBindings !== 1) return false;
  const wordRe = new RegExp(`(?<![\\w.])(${escape(oldName)}|${escape(newName)})(?!\\w)`);
  let lineFirst = true; // the token starts a logical line
  let defLine = false; // a `def` or `lambda` appeared earlier on this logical line
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Newline || kind === Tok.Indent || kind === Tok.Dedent) {
      lineFirst = true;
      defLine = false;
      continue;
    }
    if (kind === Tok.Nl || kind === Tok.Comment) continue;
    const first = lineFirst;
    lineFirst = false;
    if (kind === Tok.String && wordRe.test(s.text.slice(t.start[k], t.end[k]))) return false;
    if (kind !== Tok.Name) continue;
    const w = word(s, k);
    if (w === 'def' || w === 'lambda') defLine = true;
    if (w === newName) return false;
    if (w !== oldName) continue;
    if (k > 0 && t.kind[k - 1] === Tok.Name && BINDERS.has(word(s, k - 1))) return false;
    const after = t.kind[k + 1] === Tok.Op ? s.text.slice(t.start[k + 1], t.end[k + 1]) : '';
    if (after.endsWith('=') && !['==', '!=', '<=', '>='].includes(after)) return false; // = := += …
    if (after === ':' || after === ',' || after === ')') {
      // a parameter (`def f(Old, …)`, `lambda Old: …`) or a statement-level target (`Old: int`, `Old, x = …`)
      const prev = k > 0 ? s.text.slice(t.start[k - 1], t.end[k - 1]) : '';
      if (first || (defLine && ['(', ',', '*', '**', 'lambda'].includes(prev))) return false;
    }
  }
  return true;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The bare-use token index whose name starts at `offset`, if any (a name inside an f-string has none). */
export function bareTokenAt(s: NameScan, offset: number): number | undefined {
  let lo = 0;
  let hi = s.bare.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = s.tokens.start[s.bare[mid]];
    if (at === offset) return s.bare[mid];
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Reads of a member by name: `getattr(m, 'A'[, d])`, `hasattr(m, 'A')`; patches of it: `patch.object(m, 'A')`, `monkeypatch.setattr(m, 'A', v)`. */
const READ_BY_NAME = new Set(['getattr', 'hasattr']);
const PATCH_BY_NAME = new Set(['object', 'setattr', 'delattr']);

/**
 * The module name or chain at tokens `first`..`last` as the first argument of a call that names one
 * member by a plain string literal (the member it reads or patches is that attribute of the module):
 * the name and the string's inside. Bare `setattr(m, …)`/`delattr(m, …)` assign: not a member read.
 */
export function memberNamedByString(names: NameScan, first: number, last: number): { attr: string; attrStart: number; attrEnd: number } | undefined {
  const t = names.tokens;
  const text = names.text;
  const sig = (i: number, step: 1 | -1) => {
    while (i >= 0 && i < t.count && (t.kind[i] === Tok.Nl || t.kind[i] === Tok.Comment)) i += step;
    return i;
  };
  const op = (i: number, c: string) => i >= 0 && t.kind[i] === Tok.Op && t.end[i] - t.start[i] === 1 && text[t.start[i]] === c;
  const open = sig(first - 1, -1);
  const callee = sig(open - 1, -1);
  if (!op(open, '(') || callee < 0 || t.kind[callee] !== Tok.Name) return undefined;
  const name = text.slice(t.start[callee], t.end[callee]);
  const dotted = op(sig(callee - 1, -1), '.');
  if (!(dotted ? PATCH_BY_NAME.has(name) : READ_BY_NAME.has(name))) return undefined;
  const comma = sig(last + 1, 1);
  const str = sig(comma + 1, 1);
  const after = sig(str + 1, 1);
  if (!op(comma, ',') || t.kind[str] !== Tok.String || !(op(after, ',') || op(after, ')'))) return undefined;
  const m = /^(['"])([A-Za-z_][A-Za-z0-9_]*)\1$/.exec(text.slice(t.start[str], t.end[str]));
  return m ? { attr: m[2], attrStart: t.start[str] + 1, attrEnd: t.end[str] - 1 } : undefined;
}
