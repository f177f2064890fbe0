// The parser's scope facts as the rewriter asks about them: which symbol a binding at some offset
// is, every occurrence that denotes it (as CPython's symtable resolves names), and where else a name
// occurs. Parsed once per file, on the first question (most rewrites never rename anything); the
// same verdict later tells index.ts whether the file parses, so no file is parsed twice.
import { SyntaxUnsure } from '../syntax-unsure';
import { parseSource } from './read-source';
import { createResolver, type Resolver } from './parse/resolve-symbol';
import { NameRole, type NameOccurrence, type ScopeFacts } from './parse/scope-facts';
import type { Tokens } from './tokenizer';

export interface ScopeView {
  facts: ScopeFacts;
  resolver: Resolver;
  /** The occurrence that starts at `offset` (a name token the parser saw), if any. */
  at(offset: number): NameOccurrence | undefined;
  /** Every occurrence denoting the same symbol as `occurrence`, in source order (itself included). */
  symbolOf(occurrence: NameOccurrence): NameOccurrence[];
  /** Every occurrence of `name` in the file, any scope, any role, in source order. */
  occurrencesNamed(name: string): readonly NameOccurrence[];
}

/** A file's parse, made on first use: the view, or why scope questions cannot be answered. */
export interface LazyScopes {
  /** Throws SourceSyntaxError when CPython surely rejects the file (as the final check would). */
  view(): ScopeView | SyntaxUnsure;
  /** The verdict when the file was parsed already; undefined when no one asked. */
  readonly parsed: ScopeFacts | SyntaxUnsure | undefined;
}

export function lazyScopes(text: string, tokens: Tokens, path: string): LazyScopes {
  let parsed: ScopeFacts | SyntaxUnsure | undefined;
  let view: ScopeView | SyntaxUnsure | undefined;
  return {
    view() {
      parsed ??= parseSource(text, tokens, path);
      return (view ??= parsed instanceof SyntaxUnsure ? parsed : createScopeView(parsed));
    },
    get parsed() {
      return parsed;
    },
  };
}

export function createScopeView(facts: ScopeFacts): ScopeView {
  const resolver = createResolver(facts);
  const names = facts.names;
  // Occurrences come in source order: `at` is a binary search; the index by name is made on the
  // first question about a name (one pass; many rewrites only ask `at`).
  const byName = new Map<string, NameOccurrence[]>();
  const bySymbol = new Map<string, NameOccurrence[]>();
  let indexed = false;
  const view: ScopeView = {
    facts,
    resolver,
    at: (offset) => {
      let lo = 0;
      let hi = names.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = names[mid].start;
        if (start === offset) return names[mid];
        if (start < offset) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
    // Same spelling, same binding scope: the same symbol (asked name by name, so the resolver never groups the whole file).
    symbolOf: (o) => {
      const scope = resolver.symbolScope(o);
      const key = `${scope}\0${o.name}`;
      let list = bySymbol.get(key);
      if (!list) bySymbol.set(key, (list = view.occurrencesNamed(o.name).filter((x) => x === o || resolver.symbolScope(x) === scope)));
      return list;
    },
    occurrencesNamed: (name) => {
      if (!indexed) {
        indexed = true;
        for (const o of names) {
          const list = byName.get(o.name);
          if (list) list.push(o);
          else byName.set(o.name, [o]);
        }
      }
      return byName.get(name) ?? [];
    },
  };
  return view;
}

/** Whether an occurrence binds its name (anything but a read, a `global`/`nonlocal` declaration or a bare annotation). */
export function binds(o: NameOccurrence): boolean {
  return o.role !== NameRole.Load && o.role !== NameRole.Global && o.role !== NameRole.Nonlocal && o.role !== NameRole.Annotated;
}
