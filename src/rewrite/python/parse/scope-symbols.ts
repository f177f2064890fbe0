// One scope's symbol table while the scope pass walks it, as CPython's symtable keeps it: flags per
// (mangled) name, and the per-block state its checks read (comprehension iteration targets, async,
// generator, the class a name mangles with). Used by scope-walker.ts and scope-expressions.ts.
import { ScopeKind } from './scope-facts';

/** Symbol flags, as symtable.h names them. */
export const enum Def {
  Global = 1,
  Local = 2,
  Param = 4,
  Nonlocal = 8,
  Use = 16,
  Import = 32,
  Annot = 64,
  CompIter = 128,
  TypeParam = 256,
  Bound = Local | Param | Import,
}

/** Which symtable block an Annotation scope is (CPython's block types). */
export type AnnotationBlock = 'future' | 'type-params' | 'type-alias' | 'type-variable';

export class ScopeRecord {
  /**
   * Flags per mangled name, built only when a check needs them (a `global`/`nonlocal` statement, a
   * walrus, comprehensions always) from this scope's occurrences, then kept up to date: most scopes never need one.
   */
  symbols: Map<string, number> | undefined;
  /** Index in the walker's occurrence list from which this scope's occurrences start. */
  firstName = 0;
  /** Parameter names so far (duplicate parameters and type parameters are refused). */
  params: string[] | undefined;
  /** Names given a simple annotation (`x: int`) here: CPython's DEF_ANNOT. */
  annotated: Set<string> | undefined;
  /** `async def` (and only that: CPython's IS_ASYNC_DEF). */
  isAsync = false;
  /** ste_coroutine: an `await` or an `async for` clause happened in this block. */
  coroutine = false;
  /** A `yield` happened in this block. */
  generator = false;
  /** Offset of the first `return <value>` in this block, or -1. */
  returnWithValue = -1;
  /** For comprehension scopes: the comprehension's kind ('list', 'set', 'dict', 'generator'). */
  comprehension: '' | 'list' | 'set' | 'dict' | 'generator' = '';
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  /**
   * Inside an annotation CPython never compiles (one kept as a string by `from __future__ import
   * annotations`, or a local variable's annotation in a function): only symtable's checks apply there.
   */
  uncompiled = false;
  /** For type-variable scopes: what CPython's messages call it ("a TypeVar bound"…). */
  info = '';

  constructor(
    readonly id: number,
    readonly kind: ScopeKind,
    readonly parent: ScopeRecord | undefined,
    readonly annotation: AnnotationBlock | undefined,
    /** The class name `__x` names mangle with here (CPython's st_private), if any. */
    readonly privateName: string | undefined,
  ) {
    if (parent) this.compIterExpr = parent.compIterExpr;
  }

  /** Function-like in CPython's sense (_PyST_IsFunctionLike): every block but module and class. */
  get functionLike(): boolean {
    return this.kind !== ScopeKind.Module && this.kind !== ScopeKind.Class;
  }
}

/** CPython's _Py_Mangle: `__x` inside class `C` is `_C__x` (not dunders, not dotted names). */
export function mangle(privateName: string | undefined, name: string): string {
  if (privateName === undefined || name.charCodeAt(0) !== 95 || name.charCodeAt(1) !== 95) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  let i = 0;
  while (privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return name;
  return '_' + privateName.slice(i) + name;
}
