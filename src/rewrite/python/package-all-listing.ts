// A package's `__all__` naming a legacy submodule by its leaf (`__all__ = ["escape", …]` in
// `tornado/__init__.py`): `from tornado import *` imports every submodule `__all__` lists, and a
// PEP 562 `__getattr__` that imports what `__all__` lists (tornado's lazy submodules, lazy_loader's
// `attach`) does the same for `tornado.escape`. Once the module is gone from there, both fail. The
// name is the package's public attribute, so it cannot simply follow the move: each listing is a
// manual finding (keep a shim module there, or drop the name). Only in the parent package's own
// `__init__`, where `__all__` can name a submodule.
import type { Move } from '../../types';
import { addFinding, type RewriteContext } from './context';
import { submoduleMovesOf } from './submodule-moves';
import { stringLiteralParts } from './string-scanner';
import { Tok } from './tokenizer';

/** Reports each string of an `__all__` statement (`=`, `+=`, an annotation, `.append`/`.extend`/`.insert`) that lists a moved submodule. */
export function reportAllListings(ctx: RewriteContext, moves: readonly Move[]): void {
  if (!ctx.text.includes('__all__')) return;
  const submodules = submoduleMovesOf(ctx.file, moves);
  if (!submodules) return;
  const t = ctx.tokens;
  let bound: Set<string> | undefined;
  for (let k = 0; k < t.count; k++) {
    if (t.kind[k] !== Tok.Name || !atStatementStart(ctx, k) || ctx.text.slice(t.start[k], t.end[k]) !== '__all__' || !changesAll(ctx, k + 1)) continue;
    for (k++; k < t.count && t.kind[k] !== Tok.Newline; k++) {
      if (t.kind[k] !== Tok.String || t.code[k] !== 0) continue;
      const raw = ctx.text.slice(t.start[k], t.end[k]);
      const leaf = stringLiteralParts(raw).body;
      const move = submodules.get(leaf);
      // The package binding the name itself (`from .text import escape`, as the import pass writes
      // `from . import escape`): the listing names that attribute, which stays.
      if (!move || (bound ??= boundNames(ctx)).has(leaf)) continue;
      const pkg = ctx.file!.module;
      const reason = `__all__ lists submodule ${move.from.module}, which moves to ${move.to.module}: \`from ${pkg} import *\` (and a __getattr__ importing what __all__ lists) fails once it is gone; keep a shim module there or drop the name`;
      // An ignore comment on its line makes it ignored (addFinding).
      addFinding(ctx, { offset: t.start[k], move, form: 'string-target', text: raw, kind: 'manual', reason });
    }
  }
}

/** Names this file binds by import, `def`, `class` or a plain `name =` statement. */
function boundNames(ctx: RewriteContext): Set<string> {
  const names = new Set<string>();
  for (const s of ctx.imports) for (const item of s.items) names.add(item.alias ?? (s.kind === 'from' ? item.name : item.name.split('.')[0]));
  const t = ctx.tokens;
  for (let k = 0; k + 1 < t.count; k++) {
    if (t.kind[k] !== Tok.Name) continue;
    const word = ctx.text.slice(t.start[k], t.end[k]);
    if ((word === 'def' || word === 'class') && t.kind[k + 1] === Tok.Name) names.add(ctx.text.slice(t.start[k + 1], t.end[k + 1]));
    else if (t.kind[k + 1] === Tok.Op && ctx.text.slice(t.start[k + 1], t.end[k + 1]) === '=' && atStatementStart(ctx, k)) names.add(word);
  }
  return names;
}

function atStatementStart(ctx: RewriteContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j >= 0 && (t.kind[j] === Tok.Nl || t.kind[j] === Tok.Comment)) j--;
  if (j < 0) return true;
  const kind = t.kind[j];
  return kind === Tok.Newline || kind === Tok.Indent || kind === Tok.Dedent || (kind === Tok.Op && t.code[j] === 59);
}

/** `= …`, `+= …`, `: list[str] = …`, or `.append(…)`, `.extend(…)`, `.insert(…)` after `__all__`. */
function changesAll(ctx: RewriteContext, k: number): boolean {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== Tok.Op) return false;
  const op = ctx.text.slice(t.start[k], t.end[k]);
  if (op === '=' || op === '+=' || op === ':') return true;
  if (op !== '.' || k + 1 >= t.count) return false;
  return ['append', 'extend', 'insert'].includes(ctx.text.slice(t.start[k + 1], t.end[k + 1]));
}
