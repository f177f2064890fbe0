// The scope pass over PEP 695 forms: a def's, class's or alias's type-parameter scope (which sees
// the class it sits in), the scopes of bounds, constraints and defaults, and the value scope of
// `type X = …`. Used by scope-statements.ts.
import { N } from './ast';
import { visitExpression } from './scope-expressions';
import { NameRole, ScopeKind } from './scope-facts';
import { Def } from './scope-symbols';
import type { ScopeWalker } from './scope-walker';
import { TypeParamKind } from './type-params';

/** A PEP 695 type-parameter scope (visible class names when directly in a class body), with its parameters bound. */
export function enterTypeParams(w: ScopeWalker, name: string, start: number, end: number, className: string | undefined, typeParams: number): void {
  const inClass = w.cur.kind === ScopeKind.Class;
  const rec = w.enter(ScopeKind.Annotation, name, start, end, 'type-params', className ?? w.cur.privateName);
  if (inClass) w.setCanSeeClassScope(rec);
  const ast = w.ast;
  for (let p = ast.first[typeParams]; p !== 0; p = ast.next[p]) {
    const paramName = w.bind(ast.start[p], ast.end[p], NameRole.Param, Def.TypeParam | Def.Local);
    const kind = ast.aux[p] as TypeParamKind;
    const bound = ast.first[p];
    const value = ast.last[p];
    if (ast.kind[bound] !== N.Empty) visitTypeVariable(w, paramName, bound, ast.kind[bound] === N.Tuple ? 'a TypeVar constraint' : 'a TypeVar bound');
    if (ast.kind[value] !== N.Empty) {
      const what = kind === TypeParamKind.TypeVar ? 'TypeVar' : kind === TypeParamKind.TypeVarTuple ? 'TypeVarTuple' : 'ParamSpec';
      visitTypeVariable(w, paramName, value, `a ${what} default`);
    }
  }
}

function visitTypeVariable(w: ScopeWalker, name: string, expression: number, info: string): void {
  const seesClass = w.cur.canSeeClassScope;
  const rec = w.enter(ScopeKind.Annotation, name, w.ast.start[expression], w.ast.end[expression], 'type-variable');
  rec.info = info;
  if (seesClass) w.setCanSeeClassScope(rec);
  visitExpression(w, expression);
  w.leave();
}

export function visitTypeAlias(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  const nameNode = ast.first[n];
  const typeParams = ast.next[nameNode];
  const value = ast.next[typeParams];
  const inClass = w.cur.kind === ScopeKind.Class;
  const name = w.bind(ast.start[nameNode], ast.end[nameNode], NameRole.Store, Def.Local);
  const generic = ast.first[typeParams] !== 0;
  if (generic) enterTypeParams(w, name, ast.start[typeParams], ast.end[n], undefined, typeParams);
  const rec = w.enter(ScopeKind.Annotation, name, ast.start[value], ast.end[value], 'type-alias');
  if (inClass) w.setCanSeeClassScope(rec);
  visitExpression(w, value);
  w.leave();
  if (generic) w.leave();
}
