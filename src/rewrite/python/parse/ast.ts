// The parser's syntax tree, stored as parallel typed arrays (kind, offsets, first child, next sibling,
// one payload int, flags), so a multi-megabyte file costs a few array writes per node and no objects.
// Built by the parser (expressions.ts, statements.ts, …), read by the scope pass (scope-*.ts).
// Node 0 is "no node"; children are linked in source order.

export const enum N {
  Null = 0,
  // expressions
  Name, Num, Str, Const, BoolOp, BinOp, UnaryOp, Compare, Lambda, IfExp, Dict, Pair, DictSplat, Set, List, Tuple,
  ListComp, SetComp, DictComp, GenExp, Comprehension, Await, Yield, YieldFrom, Call, Keyword, Attribute, Subscript,
  Starred, NamedExpr, Slice, Empty,
  // identifiers that are not expressions (def/class names, parameters, import aliases, `global` names…)
  Ident,
  // statements
  Module, FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, TypeAlias, For, While, If, With,
  WithItem, Match, MatchCase, Raise, Try, Handler, Assert, Import, ImportFrom, Alias, Global, Nonlocal, ExprStmt,
  Pass, Break, Continue, Seq, Arguments, Param, TypeParam,
  // patterns
  PatValue, PatCapture, PatWildcard, PatStar, PatSeq, PatMapping, PatKey, PatRest, PatClass, PatKeyword, PatOr, PatAs,
}

/** Node flags. */
export const enum F {
  /** The expression was written in parentheses. */
  Paren = 1,
  /** Name/Attribute/Subscript/Starred/Tuple/List used as an assignment target. */
  Store = 2,
  /** … as a `del` target. */
  Del = 4,
  /** FunctionDef, For, With, Comprehension: the `async` form. */
  Async = 8,
  /** Str: contains bytes; Try: `except*`. */
  Bytes = 16,
  /** Str: contains an f-string. */
  Formatted = 32,
  /** ImportFrom: `from __future__ import …`. */
  Future = 64,
}

/** Const node payloads. */
export const enum C {
  None = 0,
  True = 1,
  False = 2,
  Ellipsis = 3,
}

/** Param node payloads (the parameter's kind). */
export const enum P {
  PosOnly = 0,
  Normal = 1,
  VarArg = 2,
  KwOnly = 3,
  KwArg = 4,
}

export class Ast {
  kind: Uint8Array;
  flags: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  first: Int32Array;
  next: Int32Array;
  last: Int32Array;
  /** Payload: an operator, a Const or Param kind, an import level, an attribute's name offset… */
  aux: Int32Array;
  count = 1;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.kind = new Uint8Array(cap);
    this.flags = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.first = new Int32Array(cap);
    this.next = new Int32Array(cap);
    this.last = new Int32Array(cap);
    this.aux = new Int32Array(cap);
  }

  /** A new node without children. */
  node(kind: N, start: number, end: number, aux = 0): number {
    const n = this.count;
    if (n === this.kind.length) this.grow();
    this.kind[n] = kind;
    this.flags[n] = 0;
    this.start[n] = start;
    this.end[n] = end;
    this.first[n] = 0;
    this.next[n] = 0;
    this.last[n] = 0;
    this.aux[n] = aux;
    this.count = n + 1;
    return n;
  }

  /** Appends `child` (a node not yet attached anywhere) to `parent`'s children. */
  add(parent: number, child: number): void {
    const last = this.last[parent];
    if (last === 0) this.first[parent] = child;
    else this.next[last] = child;
    this.last[parent] = child;
  }

  /** A node with two children. */
  node2(kind: N, start: number, end: number, a: number, b: number, aux = 0): number {
    const n = this.node(kind, start, end, aux);
    this.add(n, a);
    this.add(n, b);
    return n;
  }

  /** A node with one child. */
  node1(kind: N, start: number, end: number, a: number, aux = 0): number {
    const n = this.node(kind, start, end, aux);
    this.add(n, a);
    return n;
  }

  /** The i-th child (0-based), or 0. */
  child(n: number, i: number): number {
    let c = this.first[n];
    while (i-- > 0 && c !== 0) c = this.next[c];
    return c;
  }

  childCount(n: number): number {
    let k = 0;
    for (let c = this.first[n]; c !== 0; c = this.next[c]) k++;
    return k;
  }

  private grow(): void {
    const cap = this.kind.length * 2;
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    this.kind = grow8(this.kind);
    this.flags = grow8(this.flags);
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.first = grow32(this.first);
    this.next = grow32(this.next);
    this.last = grow32(this.last);
    this.aux = grow32(this.aux);
  }
}
