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
  const byStart = new Map<number, NameOccurrence>();
  const byName = new Map<string, NameOccurrence[]>();
  for (const o of facts.names) {
    byStart.set(o.start, o);
    const list = byName.get(o.name);
    if (list) list.push(o);
    else byName.set(o.name, [o]);
  }
  return {
    facts,
    resolver,
    at: (offset) => byStart.get(offset),
    symbolOf: (o) => resolver.occurrencesOf(resolver.symbolScope(o), o.name),
    occurrencesNamed: (name) => byName.get(name) ?? [],
  };
}

/** Whether an occurrence binds its name (anything but a read, a `global`/`nonlocal` declaration or a bare annotation). */
export function binds(o: NameOccurrence): boolean {
  return o.role !== NameRole.Load && o.role !== NameRole.Global && o.role !== NameRole.Nonlocal && o.role !== NameRole.Annotated;
}
