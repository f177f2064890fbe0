// The scope pass over statements, in CPython symtable's order: def/class (defaults and decorators
// outside, PEP 695 type-parameter scopes, future-annotation scopes), assignments, imports, global
// and nonlocal, try/except, with, match patterns, and the compiler's async-statement checks.
// Used by parse-python.ts through visitModule.
import { PythonSyntaxProblem } from '../syntax-problem';
import { F, N } from './ast';
import { visitExpression } from './scope-expressions';
import { NameRole, ScopeKind } from './scope-facts';
import { Def } from './scope-symbols';
import type { ScopeWalker } from './scope-walker';
import { enterTypeParams, visitTypeAlias } from './scope-type-params';

export function visitModule(w: ScopeWalker, module: number): void {
  visitBody(w, module);
}

function visitBody(w: ScopeWalker, seq: number): void {
  for (let s = w.ast.first[seq]; s !== 0; s = w.ast.next[s]) visitStatement(w, s);
}

function visitStatement(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  switch (ast.kind[n]) {
    case N.FunctionDef:
      return visitFunctionDef(w, n);
    case N.ClassDef:
      return visitClassDef(w, n);
    case N.Return: {
      const value = ast.first[n];
      if (value) {
        visitExpression(w, value);
        if (w.cur.returnWithValue < 0) w.cur.returnWithValue = ast.start[n];
      }
      return;
    }
    case N.AnnAssign:
      return visitAnnAssign(w, n);
    case N.TypeAlias:
      return visitTypeAlias(w, n);
    case N.For:
    case N.With:
      if (ast.flags[n] & F.Async && !w.cur.isAsync) {
        throw new PythonSyntaxProblem(`'async ${ast.kind[n] === N.For ? 'for' : 'with'}' outside async function`, ast.start[n]);
      }
      return visitChildren(w, n);
    case N.Handler: {
      const [type, name, body] = [ast.first[n], ast.child(n, 1), ast.last[n]];
      if (ast.kind[type] !== N.Empty) visitExpression(w, type);
      if (ast.kind[name] === N.Ident) w.bind(ast.start[name], ast.end[name], NameRole.ExceptAs, Def.Local);
      return visitBody(w, body);
    }
    case N.Import:
    case N.ImportFrom:
      return visitImport(w, n);
    case N.Global:
    case N.Nonlocal:
      for (let c = ast.first[n]; c !== 0; c = ast.next[c]) w.declare(ast.start[c], ast.end[c], ast.kind[n] === N.Global, ast.start[n]);
      return;
    case N.MatchCase: {
      visitPattern(w, ast.first[n]);
      const guard = ast.child(n, 1);
      if (ast.kind[guard] !== N.Empty) visitExpression(w, guard);
      return visitBody(w, ast.last[n]);
    }
    case N.Seq:
    case N.If:
    case N.While:
    case N.Try:
    case N.Match:
    case N.WithItem:
    case N.Assign:
    case N.AugAssign:
    case N.Delete:
    case N.Raise:
    case N.Assert:
    case N.ExprStmt:
      return visitChildren(w, n);
    case N.Pass:
    case N.Break:
    case N.Continue:
    case N.Empty:
      return;
    default:
      return visitExpression(w, n);
  }
}

/** Children in order: statements (and the Seq/Handler/WithItem/MatchCase containers) or expressions. */
function visitChildren(w: ScopeWalker, n: number): void {
  for (let c = w.ast.first[n]; c !== 0; c = w.ast.next[c]) visitStatement(w, c);
}

function visitFunctionDef(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  const nameNode = ast.first[n];
  const decorators = ast.next[nameNode];
  const typeParams = ast.next[decorators];
  const args = ast.next[typeParams];
  const returns = ast.next[args];
  const body = ast.next[returns];
  const name = w.bind(ast.start[nameNode], ast.end[nameNode], NameRole.Definition, Def.Local);
  visitDefaults(w, args);
  visitBody(w, decorators);
  const generic = ast.first[typeParams] !== 0;
  if (generic) enterTypeParams(w, name, ast.start[typeParams], ast.end[n], undefined, typeParams);
  visitAnnotations(w, args, returns);
  const fn = w.enter(ScopeKind.Function, name, ast.start[n], ast.end[n]);
  fn.isAsync = (ast.flags[n] & F.Async) !== 0;
  if (fn.isAsync) fn.coroutine = true;
  bindParameters(w, args);
  visitBody(w, body);
  w.leave();
  if (generic) w.leave();
}

/** Default values are evaluated where the def or lambda is (positional ones first, then keyword-only). */
export function visitDefaults(w: ScopeWalker, args: number): void {
  const ast = w.ast;
  for (let p = ast.first[args]; p !== 0; p = ast.next[p]) {
    const value = ast.last[p];
    if (ast.kind[value] !== N.Empty) visitExpression(w, value);
  }
}

export function bindParameters(w: ScopeWalker, args: number): void {
  const ast = w.ast;
  for (let p = ast.first[args]; p !== 0; p = ast.next[p]) w.bind(ast.start[p], ast.end[p], NameRole.Param, Def.Param);
}

/** Parameter and return annotations: in a `future` annotation scope when the module has `from __future__ import annotations`. */
function visitAnnotations(w: ScopeWalker, args: number, returns: number): void {
  const ast = w.ast;
  let any = ast.kind[returns] !== N.Empty;
  for (let p = ast.first[args]; p !== 0 && !any; p = ast.next[p]) any = ast.kind[ast.first[p]] !== N.Empty;
  if (!any) return;
  const future = w.futureAnnotations;
  if (future) w.enter(ScopeKind.Annotation, '<annotation>', ast.start[args], Math.max(ast.end[args], ast.end[returns]), 'future');
  for (let p = ast.first[args]; p !== 0; p = ast.next[p]) {
    const annotation = ast.first[p];
    if (ast.kind[annotation] === N.Empty) continue;
    if (future) w.markUncompiled(ast.start[annotation], ast.end[annotation]);
    visitExpression(w, annotation);
  }
  if (ast.kind[returns] !== N.Empty) {
    if (future) w.markUncompiled(ast.start[returns], ast.end[returns]);
    visitExpression(w, returns);
  }
  if (future) w.leave();
}

function visitClassDef(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  const nameNode = ast.first[n];
  const decorators = ast.next[nameNode];
  const typeParams = ast.next[decorators];
  const bases = ast.next[typeParams];
  const body = ast.next[bases];
  const name = w.bind(ast.start[nameNode], ast.end[nameNode], NameRole.Definition, Def.Local);
  visitBody(w, decorators);
  const generic = ast.first[typeParams] !== 0;
  if (generic) enterTypeParams(w, name, ast.start[typeParams], ast.end[n], name, typeParams);
  visitChildren(w, bases);
  w.enter(ScopeKind.Class, name, ast.start[n], ast.end[n], undefined, name);
  visitBody(w, body);
  w.leave();
  if (generic) w.leave();
}

function visitAnnAssign(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  const target = ast.first[n];
  const annotation = ast.next[target];
  const value = ast.next[annotation];
  const simple = ast.aux[n] === 1;
  const hasValue = ast.kind[value] !== N.Empty;
  if (ast.kind[target] === N.Name) {
    const start = ast.start[target];
    const end = ast.end[target];
    const rec = w.cur;
    const name = w.occur(start, end, rec, simple || hasValue ? NameRole.Store : NameRole.Annotated);
    const flags = w.flagsOf(rec, name);
    if (flags & (Def.Global | Def.Nonlocal) && rec.kind !== ScopeKind.Module && simple) {
      throw new PythonSyntaxProblem(`annotated name '${name}' can't be ${flags & Def.Global ? 'global' : 'nonlocal'}`, ast.start[n]);
    }
    if (simple) w.addDef(rec, name, Def.Annot | Def.Local, start);
    else if (hasValue) w.addDef(rec, name, Def.Local, start);
  } else visitExpression(w, target);
  // A local variable's annotation is never evaluated, so CPython never compiles it (its symtable still visits it).
  const local = w.cur.kind !== ScopeKind.Module && w.cur.kind !== ScopeKind.Class;
  if (w.futureAnnotations || local) w.markUncompiled(ast.start[annotation], ast.end[annotation]);
  if (w.futureAnnotations) w.enter(ScopeKind.Annotation, '<annotation>', ast.start[annotation], ast.end[annotation], 'future');
  else if (local) w.uncompiledAnnotations++;
  visitExpression(w, annotation);
  if (w.futureAnnotations) w.leave();
  else if (local) w.uncompiledAnnotations--;
  if (hasValue) visitExpression(w, value);
}

function visitImport(w: ScopeWalker, n: number): void {
  const ast = w.ast;
  const text = w.text;
  const from = ast.kind[n] === N.ImportFrom;
  for (let alias = from ? ast.next[ast.first[n]] : ast.first[n]; alias !== 0; alias = ast.next[alias]) {
    if (from && ast.aux[alias] === 1) {
      if (w.cur.kind !== ScopeKind.Module) throw new PythonSyntaxProblem('import * only allowed at module level', ast.start[alias]);
      continue;
    }
    const asName = ast.first[alias];
    let start = ast.start[alias];
    let end = ast.end[alias];
    if (asName) {
      start = ast.start[asName];
      end = ast.end[asName];
    } else if (!from) {
      // `import a.b` binds `a`: the head of the dotted name.
      let i = start;
      while (i < end && text.charCodeAt(i) !== 46 && !isSpace(text.charCodeAt(i))) i++;
      end = i;
    }
    w.bind(start, end, NameRole.Import, Def.Import);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 92 || c === 35;
}

/** Patterns: captures bind in the current scope; value patterns and class names are loads. */
function visitPattern(w: ScopeWalker, p: number): void {
  const ast = w.ast;
  switch (ast.kind[p]) {
    case N.PatCapture:
    case N.PatRest:
      w.bind(ast.start[p], ast.end[p], NameRole.Store, Def.Local);
      return;
    case N.PatStar:
      if (ast.aux[p]) w.bind(ast.start[p], ast.end[p], NameRole.Store, Def.Local);
      return;
    case N.PatAs: {
      visitPattern(w, ast.first[p]);
      const name = ast.last[p];
      w.bind(ast.start[name], ast.end[name], NameRole.Store, Def.Local);
      return;
    }
    case N.PatValue:
      return visitExpression(w, ast.first[p]);
    case N.PatClass:
      visitExpression(w, ast.first[p]);
      for (let c = ast.next[ast.first[p]]; c !== 0; c = ast.next[c]) visitPattern(w, ast.kind[c] === N.PatKeyword ? ast.last[c] : c);
      return;
    case N.PatKey:
      visitPattern(w, ast.first[p]);
      visitPattern(w, ast.last[p]);
      return;
    case N.PatSeq:
    case N.PatMapping:
    case N.PatOr:
      for (let c = ast.first[p]; c !== 0; c = ast.next[c]) visitPattern(w, c);
      return;
    default:
      return;
  }
}
