// Fills PythonPlan.usedInPlace: for each symbol moved out of a legacy module that stays (a symbol
// move, not a whole-module move), the first line where the legacy module itself still looks the
// symbol up when its code runs (a function or method body outside the moved definitions). There,
// `patch("legacy.X")` intercepts the legacy module's own use; re-pointed at "canonical.X" it no
// longer would ("patch where it is looked up"): pip's tests patch `unpacking.unzip_file` to catch
// `unpack_file`'s call; netra's patch `unified_manager._serialize_message_safely` catches the
// implementation class that stays there. Read once, when the manifest is loaded (load.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createLineIndex } from '../rewrite/line-index';
import { createResolver } from '../rewrite/python/parse/resolve-symbol';
import { NameRole, ScopeKind, type Scope } from '../rewrite/python/parse/scope-facts';
import { parseSource, readSource } from '../rewrite/python/read-source';
import type { PythonPlan } from '../types';

/** `module:Symbol` → the 1-based line of the legacy module's first call-time use of it in code that stays. */
export function readUsedInPlace(python: Pick<PythonPlan, 'moves'>, root: string, fileOf: (module: string) => string | undefined): Record<string, number> {
  const moving = new Map<string, Set<string>>();
  const wholeModules = new Set(python.moves.filter((m) => !m.from.symbol).map((m) => m.from.module));
  for (const move of python.moves) {
    if (!move.from.symbol || wholeModules.has(move.from.module)) continue;
    moving.set(move.from.module, (moving.get(move.from.module) ?? new Set()).add(move.from.symbol));
  }
  const out: Record<string, number> = {};
  for (const [module, symbols] of [...moving].sort(([a], [b]) => a.localeCompare(b))) {
    const file = fileOf(module);
    const text = file === undefined ? undefined : readText(path.join(root, file));
    if (text === undefined) continue;
    for (const [symbol, line] of usesInPlace(text, file!, symbols)) out[`${module}:${symbol}`] = line;
  }
  return out;
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Each moved symbol the module's staying code looks up when it runs, with the line of the first such use. */
function usesInPlace(text: string, file: string, symbols: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  let facts;
  try {
    const tokens = readSource(text, file).tokens;
    facts = parseSource(text, tokens, file);
  } catch {
    return found; // a legacy module that does not parse: nothing to say about it
  }
  if (!('scopes' in facts)) return found;
  const { scopes } = facts;
  // The moved definitions (module-level `def X` / `class X` of a moved name) leave with the symbol.
  const moved = scopes.filter((s) => s.parent === 0 && (s.kind === ScopeKind.Function || s.kind === ScopeKind.Class) && symbols.has(s.name));
  const resolver = createResolver(facts);
  const lines = createLineIndex(text);
  for (const symbol of symbols) {
    const use = resolver.occurrencesOf(0, symbol).find((o) => o.role === NameRole.Load && runsLater(scopes, o.scope) && !moved.some((s) => o.start >= s.start && o.end <= s.end));
    if (use) found.set(symbol, lines.position(use.start).line);
  }
  return found;
}

/** Whether code in this scope runs when called, after the module loaded (a function or lambda body, or inside one). */
function runsLater(scopes: readonly Scope[], scope: number): boolean {
  for (let s = scope; s > 0; s = scopes[s].parent) {
    if (scopes[s].kind === ScopeKind.Function || scopes[s].kind === ScopeKind.Lambda) return true;
  }
  return false;
}
