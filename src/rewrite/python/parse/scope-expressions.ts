// The scope pass over expressions: name loads and stores, lambdas, comprehensions (first iterable in
// the enclosing scope, walrus targets bound in the enclosing function), and the checks CPython's
// symtable and compiler make on yield, await and async comprehensions. Used by scope-statements.ts.
import { PythonSyntaxProblem } from '../syntax-problem';
import { F, N } from './ast';
import { bindParameters, visitDefaults } from './scope-statements';
import { NameRole, ScopeKind } from './scope-facts';
import { Def, type ScopeRecord } from './scope-symbols';
import type { ScopeWalker } from './scope-walker';

export function visitExpression(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  switch (ast.kind[n]) {
    case N.Name: {
      const flags = ast.flags[n];
      if (flags & (F.Store | F.Del)) w.bind(ast.start[n], ast.end[n], flags & F.Store ? NameRole.Store : NameRole.Del, Def.Local);
      else w.bind(ast.start[n], ast.end[n], NameRole.Load, Def.Use);
      return;
    }
    case N.Num:
    case N.Const:
    case N.Empty:
      return;
    case N.Attribute:
      return visitExpression(w, ast.first[n]);
    case N.Keyword:
      return visitExpression(w, ast.last[n]);
    case N.NamedExpr:
      return visitNamedExpr(w, n);
    case N.Lambda: {
      const args = ast.first[n];
      visitDefaults(w, args);
      w.enter(ScopeKind.Lambda, '<lambda>', ast.start[n], ast.end[n]);
      bindParameters(w, args);
      visitExpression(w, ast.last[n]);
      w.leave();
      return;
    }
    case N.ListComp:
    case N.SetComp:
    case N.DictComp:
    case N.GenExp:
      return visitComprehension(w, n);
    case N.Await:
      checkAnnotationBlock(w, 'await expression', n);
      visitExpression(w, ast.first[n]);
      w.cur.coroutine = true;
      return checkAwait(w, n);
    case N.Yield:
    case N.YieldFrom:
      return visitYield(w, n);
    default:
      for (let c = ast.first[n]; c !== 0; c = ast.next[c]) visitExpression(w, c);
  }
}

/** CPython refuses yield, await and walrus in annotation scopes, each block type with its own wording. */
function checkAnnotationBlock(w: ScopeWalker, what: string, n: number): void {
  const rec = w.cur;
  if (rec.annotation === undefined) return;
  const where =
    rec.annotation === 'future' ? 'an annotation'
    : rec.annotation === 'type-variable' ? rec.info
    : rec.annotation === 'type-alias' ? 'a type alias'
    : 'the definition of a generic';
  throw new PythonSyntaxProblem(`${what} cannot be used within ${where}`, w.ast.start[n]);
}

function visitYield(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  checkAnnotationBlock(w, 'yield expression', n);
  if (ast.first[n]) visitExpression(w, ast.first[n]);
  const rec = w.cur;
  rec.generator = true;
  if (rec.comprehension) {
    const what = rec.comprehension === 'generator' ? 'generator expression' : `${rec.comprehension} comprehension`;
    throw new PythonSyntaxProblem(`'yield' inside ${what}`, ast.start[n]);
  }
  if (w.uncompiled()) return;
  if (!rec.functionLike) throw new PythonSyntaxProblem("'yield' outside function", ast.start[n]);
  if (ast.kind[n] === N.YieldFrom && rec.isAsync) throw new PythonSyntaxProblem("'yield from' inside async function", ast.start[n]);
}

/** Comprehensions CPython 3.12+ compiles inline (all but generator expressions, except next to a class's annotation scope). */
function inlined(rec: ScopeRecord): boolean {
  return rec.comprehension !== '' && rec.comprehension !== 'generator' && !rec.parent!.canSeeClassScope;
}

/** The compiler's rule: `await` only in an async function or a (non-inlined) comprehension (not checked in annotations kept as strings). */
function checkAwait(w: ScopeWalker, n: number): void {
  if (w.uncompiled()) return;
  let unit = w.cur;
  while (inlined(unit)) unit = unit.parent!;
  if (!unit.functionLike) throw new PythonSyntaxProblem("'await' outside function", w.ast.start[n]);
  if (!unit.isAsync && !unit.comprehension) throw new PythonSyntaxProblem("'await' outside async function", w.ast.start[n]);
}

function visitNamedExpr(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  checkAnnotationBlock(w, 'named expression', n);
  const rec = w.cur;
  if (rec.compIterExpr > 0) throw new PythonSyntaxProblem('assignment expression cannot be used in a comprehension iterable expression', ast.start[n]);
  const target = ast.first[n];
  if (!rec.comprehension) {
    visitExpression(w, ast.last[n]);
    visitExpression(w, target);
    return;
  }
  const start = ast.start[target];
  const end = ast.end[target];
  const scope = bindingScopeOfWalrus(w, start, end);
  visitExpression(w, ast.last[n]);
  const name = w.occur(start, end, scope, NameRole.Store);
  w.addDef(rec, name, Def.Local, start);
}

/** symtable_extend_namedexpr_scope: the nearest enclosing function (or the module) binds a walrus target in a comprehension. */
function bindingScopeOfWalrus(w: ScopeWalker, start: number, end: number): ScopeRecord {
  const name = w.text.slice(start, end);
  const cur = w.cur;
  for (let s: ScopeRecord | undefined = cur; s; s = s.parent) {
    if (s.comprehension) {
      const flags = w.flagsOf(s, name);
      if (flags & Def.CompIter && flags & Def.Local) {
        throw new PythonSyntaxProblem(`assignment expression cannot rebind comprehension iteration variable '${name}'`, start);
      }
      continue;
    }
    if (s.kind === ScopeKind.Function || s.kind === ScopeKind.Lambda) {
      w.addDef(cur, name, w.flagsOf(s, name) & Def.Global ? Def.Global : Def.Nonlocal, start);
      w.addDef(s, name, Def.Local, start);
      return s;
    }
    if (s.kind === ScopeKind.Module) {
      w.addDef(cur, name, Def.Global, start);
      w.addDef(s, name, Def.Global, start);
      return s;
    }
    if (s.kind === ScopeKind.Class) throw new PythonSyntaxProblem('assignment expression within a comprehension cannot be used in a class body', start);
    if (s.annotation === 'type-params') throw new PythonSyntaxProblem('assignment expression within a comprehension cannot be used within the definition of a generic', start);
    if (s.annotation === 'type-alias') throw new PythonSyntaxProblem('assignment expression within a comprehension cannot be used in a type alias', start);
    if (s.annotation === 'type-variable') throw new PythonSyntaxProblem('assignment expression within a comprehension cannot be used in a TypeVar bound', start);
  }
  throw new PythonSyntaxProblem('assignment expression outside any scope', start);
}

const COMPREHENSION_NAMES: Partial<Record<N, [ScopeRecord['comprehension'], string]>> = {
  [N.ListComp]: ['list', '<listcomp>'],
  [N.SetComp]: ['set', '<setcomp>'],
  [N.DictComp]: ['dict', '<dictcomp>'],
  [N.GenExp]: ['generator', '<genexpr>'],
};

function visitComprehension(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  const element = ast.first[n];
  const first = ast.next[element];
  const outer = w.cur;
  // The first iterable is evaluated in the enclosing scope.
  outer.compIterExpr++;
  visitExpression(w, ast.child(first, 1));
  outer.compIterExpr--;
  const [kind, name] = COMPREHENSION_NAMES[ast.kind[n] as N]!;
  const rec = w.enter(ScopeKind.Comprehension, name, ast.start[n], ast.end[n]);
  rec.comprehension = kind;
  for (let clause = first; clause !== 0; clause = ast.next[clause]) {
    if (ast.flags[clause] & F.Async) rec.coroutine = true;
    const target = ast.first[clause];
    const iter = ast.next[target];
    rec.compIterTarget = true;
    visitExpression(w, target);
    rec.compIterTarget = false;
    if (clause !== first) {
      rec.compIterExpr++;
      visitExpression(w, iter);
      rec.compIterExpr--;
    }
    for (let c = ast.next[iter]; c !== 0; c = ast.next[c]) visitExpression(w, c);
  }
  visitExpression(w, element);
  const isAsync = rec.coroutine && kind !== 'generator';
  w.leave();
  // CPython 3.13 makes this check when compiling, which some annotations never are.
  if (isAsync && !outer.isAsync && !outer.comprehension && !w.uncompiled()) {
    throw new PythonSyntaxProblem('asynchronous comprehension outside of an asynchronous function', ast.start[n]);
  }
  if (isAsync) outer.coroutine = true;
}
