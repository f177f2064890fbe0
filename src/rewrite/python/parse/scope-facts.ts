// What the Python parser tells the rewriter about names: every scope of the file and every
// occurrence of a name in it (including names inside f-string replacement fields), with the role
// the occurrence plays. The rename policy uses it to find, scope-aware, every reference to one
// binding; resolve-symbol.ts answers which binding an occurrence refers to, as CPython's symtable would.

/**
 * The kinds of scope CPython's symtable knows. `annotation` covers PEP 695 type-parameter and `type X = …`
 * scopes (and their bound/default scopes), and the annotations of a module with `from __future__ import
 * annotations`, which CPython keeps as strings: see Scope.annotation.
 */
export const enum ScopeKind {
  Module = 0,
  Function = 1,
  Lambda = 2,
  Class = 3,
  Comprehension = 4,
  Annotation = 5,
}

export interface Scope {
  kind: ScopeKind;
  /** Enclosing scope's id (index into `scopes`); -1 for the module scope, which is always id 0. */
  parent: number;
  /** `f` for `def f`, `C` for `class C`, `<lambda>`, `<listcomp>`, `<genexpr>`, … (messages and the symtable test). */
  name: string;
  /**
   * Offsets spanning the code that belongs to the scope (for a def: from `def` or `async` to the end
   * of its body; a comprehension or lambda: the whole expression; type parameters: from `[` to the end
   * of the def, class or alias; a bound, alias value or future annotation: that expression).
   */
  start: number;
  end: number;
  /**
   * Annotation scopes only, CPython's block type: `type-params` (`def f[T]`, `class C[T]`, `type X[T]`),
   * `type-alias` (the value of `type X = …`), `type-variable` (a bound, constraints or default), or `future`
   * (the annotations of one def or one annotated assignment under `from __future__ import annotations`:
   * CPython never resolves these names; the resolver resolves them as if written in the parent scope).
   */
  annotation?: 'future' | 'type-params' | 'type-alias' | 'type-variable';
  /** PEP 695 scopes directly inside a class body see the class's names (CPython's ste_can_see_class_scope). */
  canSeeClassScope?: true;
  /** The class whose name mangles `__x` names here (CPython's st_private); absent outside classes. */
  privateName?: string;
}

/** What an occurrence of a name does. Anything that is not a name (attributes, keyword-argument names, module paths in imports) is not an occurrence. */
export const enum NameRole {
  /** Read (`x`, `x.y`, `f(x)`, a decorator, a default value, a base class). */
  Load = 0,
  /** Bound by assignment, augmented assignment, annotated assignment (`x: T` with a value or not, `(x): T` with one), `for`, `with … as`, walrus, a match capture, `type X`. */
  Store = 1,
  /** `del x`. */
  Del = 2,
  /** A parameter of a def or lambda (also `*args`, `**kw`), or a PEP 695 type parameter. */
  Param = 3,
  /** Bound by an import: the alias, the name of `from m import name`, or the head `a` of `import a.b`. */
  Import = 4,
  /** Bound by `def name` or `class name`. */
  Definition = 5,
  /** `except E as name`. */
  ExceptAs = 6,
  /** The name in a `global name` statement. */
  Global = 7,
  /** The name in a `nonlocal name` statement. */
  Nonlocal = 8,
  /** `(x): T` without a value: a target in the AST, but it binds nothing (CPython's symtable skips it). */
  Annotated = 9,
}

export interface NameOccurrence {
  /** Offsets of the identifier in the file's text (also when it sits inside an f-string). */
  start: number;
  end: number;
  /** The name CPython binds: NFKC-normalized when not ASCII (`ℌ` is `H`), so it may differ from the text at [start, end). */
  name: string;
  /** The scope the occurrence belongs to, where CPython evaluates or binds it: a default value or a
   * decorator belongs to the enclosing scope, a comprehension's first iterable to the scope around it,
   * a walrus target inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  scope: number;
  role: NameRole;
}

/** The parser's result for a file CPython accepts. */
export interface ScopeFacts {
  scopes: Scope[];
  /** Every occurrence, in source order. */
  names: NameOccurrence[];
}
