// The scope pass's state: CPython's symtable pass over the parsed tree, building the ScopeFacts
// (scopes and name occurrences with their roles) and raising the errors CPython's symtable raises
// while it builds them (duplicate parameters, `global` after use, misplaced walrus…). Statements are
// visited in scope-statements.ts, expressions in scope-expressions.ts; parse-python.ts runs it.
import { identifierName } from '../identifier';
import { PythonSyntaxProblem } from '../syntax-problem';
import type { Ast } from './ast';
import type { CompileError } from './parser-state';
import { type NameOccurrence, NameRole, type Scope, ScopeKind, type ScopeFacts } from './scope-facts';
import { type AnnotationBlock, Def, mangle, ScopeRecord } from './scope-symbols';

/** The symtable flag each occurrence role records (a type parameter is a Local|TypeParam instead of a Param). */
const ROLE_FLAGS: Record<NameRole, number> = {
  [NameRole.Load]: Def.Use,
  [NameRole.Store]: Def.Local,
  [NameRole.Del]: Def.Local,
  [NameRole.Param]: Def.Param,
  [NameRole.Import]: Def.Import,
  [NameRole.Definition]: Def.Local,
  [NameRole.ExceptAs]: Def.Local,
  [NameRole.Global]: Def.Global,
  [NameRole.Nonlocal]: Def.Nonlocal,
  [NameRole.Annotated]: 0,
};

interface NonlocalDirective {
  scope: ScopeRecord;
  name: string;
  offset: number;
}

export class ScopeWalker {
  readonly scopes: Scope[] = [];
  readonly names: NameOccurrence[] = [];
  cur: ScopeRecord;
  private readonly nonlocals: NonlocalDirective[] = [];

  /** Offsets [start, end) of annotation expressions CPython never compiles. */
  private readonly uncompiledSpans: number[] = [];

  constructor(
    readonly text: string,
    readonly ast: Ast,
    readonly futureAnnotations: boolean,
    private readonly compileErrors: readonly CompileError[] = [],
  ) {
    this.cur = this.open(undefined, ScopeKind.Module, 'top', 0, text.length, undefined, undefined);
  }

  facts(): ScopeFacts {
    this.checkNonlocals();
    // The compiler's errors come after the symtable's, and not from code it never compiles.
    const spans = this.uncompiledSpans;
    for (const e of this.compileErrors) {
      let uncompiled = false;
      for (let i = 0; i < spans.length && !uncompiled; i += 2) uncompiled = spans[i] <= e.offset && e.offset < spans[i + 1];
      if (!uncompiled) throw new PythonSyntaxProblem(e.message, e.offset);
    }
    this.names.sort((a, b) => a.start - b.start);
    return { scopes: this.scopes, names: this.names };
  }

  /** Opens a scope nested in the current one and makes it current. */
  enter(kind: ScopeKind, name: string, start: number, end: number, annotation?: AnnotationBlock, privateName = this.cur.privateName): ScopeRecord {
    const uncompiled = this.uncompiled();
    this.cur = this.open(this.cur, kind, name, start, end, annotation, privateName);
    this.cur.uncompiled = uncompiled;
    this.cur.firstName = this.names.length;
    if (kind === ScopeKind.Comprehension) this.cur.symbols = new Map();
    return this.cur;
  }

  private open(parent: ScopeRecord | undefined, kind: ScopeKind, name: string, start: number, end: number, annotation: AnnotationBlock | undefined, privateName: string | undefined): ScopeRecord {
    const id = this.scopes.length;
    const scope: Scope = { kind, parent: parent ? parent.id : -1, name, start, end };
    if (annotation) scope.annotation = annotation;
    if (privateName !== undefined) scope.privateName = privateName;
    this.scopes.push(scope);
    return new ScopeRecord(id, kind, parent, annotation, privateName);
  }

  /** Marks the annotation expression at [start, end) as code CPython never compiles (see CompileError). */
  markUncompiled(start: number, end: number): void {
    this.uncompiledSpans.push(start, end);
  }

  /** Nesting of local-variable annotations being visited (CPython does not compile them). */
  uncompiledAnnotations = 0;

  /** Whether the code being visited is never compiled by CPython, so the compiler's own checks do not apply. */
  uncompiled(): boolean {
    const rec = this.cur;
    return rec.uncompiled || rec.annotation === 'future' || this.uncompiledAnnotations > 0;
  }

  setCanSeeClassScope(rec: ScopeRecord): void {
    rec.canSeeClassScope = true;
    this.scopes[rec.id].canSeeClassScope = true;
  }

  /** Closes the current scope (checking what CPython checks once a function is compiled). */
  leave(): void {
    const rec = this.cur;
    if (rec.isAsync && rec.generator && rec.returnWithValue >= 0) throw new PythonSyntaxProblem("'return' with value in async generator", rec.returnWithValue);
    this.cur = rec.parent!;
  }

  /** Records `flag` for `name` in `rec`'s symbol table (symtable_add_def_helper), with its checks. */
  addDef(rec: ScopeRecord, name: string, flag: number, offset: number): void {
    const key = mangle(rec.privateName, name);
    if (flag & (Def.Param | Def.TypeParam)) {
      rec.params ??= [];
      if (rec.params.includes(key)) {
        throw new PythonSyntaxProblem(flag & Def.Param ? `duplicate argument '${name}' in function definition` : `duplicate type parameter '${name}'`, offset);
      }
      rec.params.push(key);
    }
    if (flag & Def.Annot) (rec.annotated ??= new Set()).add(key);
    const symbols = rec.symbols;
    if (!symbols) return;
    let value = (symbols.get(key) ?? 0) | flag;
    if (rec.compIterTarget) {
      if (value & (Def.Global | Def.Nonlocal)) throw new PythonSyntaxProblem(`comprehension inner loop cannot rebind assignment expression target '${name}'`, offset);
      value |= Def.CompIter;
    }
    symbols.set(key, value);
  }

  flagsOf(rec: ScopeRecord, name: string): number {
    return this.symbolsOf(rec).get(mangle(rec.privateName, name)) ?? 0;
  }

  /** The scope's symbol table, built from its occurrences so far the first time a check needs it. */
  private symbolsOf(rec: ScopeRecord): Map<string, number> {
    if (rec.symbols) return rec.symbols;
    const symbols = new Map<string, number>();
    const names = this.names;
    const typeParams = rec.annotation === 'type-params';
    for (let i = rec.firstName; i < names.length; i++) {
      const o = names[i];
      if (o.scope !== rec.id) continue;
      const flag = o.role === NameRole.Param && typeParams ? Def.TypeParam | Def.Local : ROLE_FLAGS[o.role];
      const key = mangle(rec.privateName, o.name);
      symbols.set(key, (symbols.get(key) ?? 0) | flag | (rec.annotated?.has(key) ? Def.Annot : 0));
    }
    rec.symbols = symbols;
    return symbols;
  }

  /** Adds the occurrence of the identifier at [start, end) to the facts; returns its name. */
  occur(start: number, end: number, scope: ScopeRecord, role: NameRole): string {
    const name = identifierName(this.text, start, end);
    this.names.push({ start, end, name, scope: scope.id, role });
    return name;
  }

  /** An identifier that binds (or uses) a name in the current scope: the occurrence plus the symtable flag. */
  bind(start: number, end: number, role: NameRole, flag: number): string {
    const name = this.occur(start, end, this.cur, role);
    this.addDef(this.cur, name, flag, start);
    return name;
  }

  /** `global` / `nonlocal` statement names (symtable_visit_stmt's checks). */
  declare(start: number, end: number, global: boolean, statement: number): void {
    const rec = this.cur;
    const name = this.occur(start, end, rec, global ? NameRole.Global : NameRole.Nonlocal);
    const flags = this.flagsOf(rec, name);
    const word = global ? 'global' : 'nonlocal';
    if (flags & (Def.Param | Def.Local | Def.Use | Def.Annot)) {
      const message =
        flags & Def.Param ? `name '${name}' is parameter and ${word}`
        : flags & Def.Use ? `name '${name}' is used prior to ${word} declaration`
        : flags & Def.Annot ? `annotated name '${name}' can't be ${word}`
        : `name '${name}' is assigned to before ${word} declaration`;
      throw new PythonSyntaxProblem(message, statement);
    }
    if (flags & (global ? Def.Nonlocal : Def.Global)) throw new PythonSyntaxProblem(`name '${name}' is nonlocal and global`, statement);
    if (!global) {
      if (rec.kind === ScopeKind.Module) throw new PythonSyntaxProblem('nonlocal declaration not allowed at module level', statement);
      this.nonlocals.push({ scope: rec, name, offset: statement });
    }
    this.addDef(rec, name, global ? Def.Global : Def.Nonlocal, start);
  }

  /** Every `nonlocal x` needs an enclosing function scope binding x (CPython's analyze_name). */
  private checkNonlocals(): void {
    for (const { scope, name, offset } of this.nonlocals) {
      for (let s = scope.parent; ; s = s.parent) {
        if (!s || s.kind === ScopeKind.Module) throw new PythonSyntaxProblem(`no binding for nonlocal '${name}' found`, offset);
        if (s.kind === ScopeKind.Class || s.annotation === 'future') continue;
        const flags = this.flagsOf(s, name);
        if (flags & Def.Global) throw new PythonSyntaxProblem(`no binding for nonlocal '${name}' found`, offset);
        if (flags & Def.Bound && !(flags & Def.Nonlocal)) {
          if (flags & Def.TypeParam) throw new PythonSyntaxProblem(`nonlocal binding not allowed for type parameter '${name}'`, offset);
          break;
        }
      }
    }
  }
}
