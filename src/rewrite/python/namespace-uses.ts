// The uses of a module bound as one name (`import legacy as m`, `import mock`): member reads
// `m.attr` (rewritable one by one) and escapes, where the module itself is used as a value
// (`f(m)`, `getattr(m, n)`, `x = m`) or a member is assigned or deleted (`m.A = …`, `del m.A`).
// Scope-aware when the parser decides the file; else a token scan, flagged `scoped: false`.
import type { RewriteContext } from './context';
import { symbolOccurrences } from './binding-uses';
import { namespaceState } from './namespace-state';
import { NameRole, type NameOccurrence } from './parse/scope-facts';
import { binds } from './scope-view';
import { SyntaxUnsure } from '../syntax-unsure';
import { attributeAfter, bareTokenAt, bareUses, memberNamedByString, type NameScan } from './name-uses';
import type { ScopeView } from './scope-view';
import { Tok } from './tokenizer';

export interface MemberUse {
  /** Offset of the module name (`m`), and the attribute's span and name. */
  start: number;
  attr: string;
  attrStart: number;
  attrEnd: number;
  /** The scope the use is evaluated in (0 when scopes are unknown). */
  scope: number;
  /** Named by a string (`getattr(m, 'A')`, `patch.object(m, 'A')`): the span is the string's inside. */
  quoted?: boolean;
}

export interface Escape {
  start: number;
  end: number;
  /** `the module is used as a value`, `m.A is assigned`, … */
  why: string;
  /** For `m.A = …` and `del m.A`: `A`, which matters only when A itself moves. */
  stored?: string;
}

export interface NamespaceUses {
  members: MemberUse[];
  escapes: Escape[];
  /** Offsets of other bindings of the same name (`m = None` in an `except`), which make bare-name rewrites unsafe. */
  rebound: number[];
  /** False when the parser could not decide the file's scopes (uses found by tokens, shadows included). */
  scoped: boolean;
  view?: ScopeView;
  /** The scope the import binds the name in (0 when scopes are unknown). */
  bindingScope: number;
}

const IDENT = /^\.([A-Za-z_][A-Za-z0-9_]*)/;

/** A symbol's member uses and escapes, and the occurrences binding it (cached per symbol: NamespaceState). */
export interface SymbolUses {
  members: MemberUse[];
  escapes: Escape[];
  binders: NameOccurrence[];
}

export function namespaceUses(ctx: RewriteContext, names: NameScan, local: string, bindingStart: number): NamespaceUses {
  const view = ctx.scopes.view();
  const binding = view instanceof SyntaxUnsure ? undefined : view.at(bindingStart);
  if (view instanceof SyntaxUnsure || !binding || binding.role !== NameRole.Import) return tokenUses(names, local);
  const symbols = namespaceState(ctx).symbols;
  const key = `${view.resolver.symbolScope(binding)}\0${binding.name}`;
  let uses = symbols.get(key);
  if (!uses) symbols.set(key, (uses = classifyAll(ctx, names, local, symbolOccurrences(view, binding))));
  const rebound = uses.binders.filter((o) => o !== binding).map((o) => o.start);
  // A name several imports bind (one symbol): the uses an earlier one handled are not looked at again.
  const fresh = (u: { start: number }) => rebound.length === 0 || !ctx.handledUses.has(u.start);
  return { members: uses.members.filter(fresh), escapes: uses.escapes.filter(fresh), rebound, scoped: true, view, bindingScope: binding.scope };
}

function classifyAll(ctx: RewriteContext, names: NameScan, local: string, occurrences: readonly NameOccurrence[]): SymbolUses {
  const out: SymbolUses = { members: [], escapes: [], binders: occurrences.filter(binds) };
  for (const o of occurrences) {
    if (o.role !== NameRole.Load) continue;
    const k = bareTokenAt(names, o.start);
    if (k === undefined) {
      // inside an f-string replacement field: no tokens, but `m.attr` is spelled right there
      const m = IDENT.exec(ctx.text.slice(o.end, o.end + 200));
      if (m) out.members.push({ start: o.start, attr: m[1], attrStart: o.end + 1, attrEnd: o.end + m[0].length, scope: o.scope });
      else out.escapes.push({ start: o.start, end: o.end, why: `\`${local}\` is used as a value` });
      continue;
    }
    classify(names, k, o.scope, local, out);
  }
  return out;
}

function tokenUses(names: NameScan, local: string): NamespaceUses {
  const out: NamespaceUses = { members: [], escapes: [], rebound: [], scoped: false, bindingScope: 0 };
  if ((names.bindings.get(local) ?? 0) > 1) out.rebound.push(-1);
  for (const k of bareUses(names, local)) classify(names, k, 0, local, out);
  return out;
}

function classify(names: NameScan, k: number, scope: number, local: string, out: { members: MemberUse[]; escapes: Escape[] }): void {
  const t = names.tokens;
  const start = t.start[k];
  const attr = attributeAfter(names, { next: k + 1 });
  const quoted = attr === undefined ? memberNamedByString(names, k, k) : undefined;
  if (quoted) {
    out.members.push({ start, ...quoted, scope, quoted: true });
    return;
  }
  if (attr === undefined) {
    out.escapes.push({ start, end: t.end[k], why: `\`${local}\` is used as a value` });
    return;
  }
  const a = k + 2;
  const after = t.kind[a + 1] === Tok.Op ? names.text.slice(t.start[a + 1], t.end[a + 1]) : '';
  const before = k > 0 && t.kind[k - 1] === Tok.Name ? names.text.slice(t.start[k - 1], t.end[k - 1]) : '';
  if (before === 'del' || (after.endsWith('=') && !['==', '!=', '<=', '>='].includes(after))) {
    out.escapes.push({ start, end: t.end[a], why: `\`${local}.${attr}\` is assigned or deleted`, stored: attr });
    return;
  }
  out.members.push({ start, attr, attrStart: t.start[a], attrEnd: t.end[a], scope });
}
