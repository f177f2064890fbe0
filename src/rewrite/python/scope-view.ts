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
  // Occurrences come in source order: `at` is a binary search, and each name's list is gathered on
  // its first question (a rewrite asks about a handful of names; a file may hold hundreds of thousands).
  const byName = new Map<string, NameOccurrence[]>();
  return {
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
    symbolOf: (o) => resolver.occurrencesOf(resolver.symbolScope(o), o.name),
    occurrencesNamed: (name) => {
      let list = byName.get(name);
      if (!list) byName.set(name, (list = names.filter((o) => o.name === name)));
      return list;
    },
  };
}

/** Whether an occurrence binds its name (anything but a read, a `global`/`nonlocal` declaration or a bare annotation). */
export function binds(o: NameOccurrence): boolean {
  return o.role !== NameRole.Load && o.role !== NameRole.Global && o.role !== NameRole.Nonlocal && o.role !== NameRole.Annotated;
}
