// Statements: the module, a statement's dispatch, and simple statements (expressions, assignments,
// `return`, `del`, `global`, `type X = …`…) with the structural checks CPython's compiler makes
// (`break` outside a loop, `return` outside a function, in except*). Compound statements are in
// compound-statements.ts, imports in imports.ts, `match` in match-statement.ts.
import { Tok } from '../tokenizer';
import { F, N } from './ast';
import { parseBlockStatement, parseDecorated } from './compound-statements';
import { parseExpression, parseStarExpressions, parseYieldExpr, startsExpression } from './expressions';
import { parseImport, parseImportFrom } from './imports';
import { tryParseMatch } from './match-statement';
import type { ParserState } from './parser-state';
import { checkAnnotationTarget, checkAugTarget, checkDelTarget, checkStoreTarget, isDebug } from './targets';
import { Kw, Op } from './token-view';
import { parseTypeParams } from './type-params';

export function parseModule(ps: ParserState): number {
  const module = ps.ast.node(N.Module, 0, ps.text.length);
  while (ps.kind !== Tok.End) parseStatement(ps, module);
  return module;
}

/** One statement, or one line of `;`-separated simple statements, appended to `owner`. */
export function parseStatement(ps: ParserState, owner: number): void {
  const kind = ps.kind;
  if (kind === Tok.Name) {
    const code = ps.code;
    if (code === Kw.If || code === Kw.While || code === Kw.For || code === Kw.Try || code === Kw.With || code === Kw.Def || code === Kw.Class || code === Kw.Async) {
      parseBlockStatement(ps, owner);
      ps.futureAllowed = false;
      return;
    }
    if (code === Kw.Match && tryParseMatch(ps, owner)) {
      ps.futureAllowed = false;
      return;
    }
  } else if (kind === Tok.Op && ps.code === Op.At) {
    parseDecorated(ps, owner);
    ps.futureAllowed = false;
    return;
  } else if (kind === Tok.Indent) {
    throw ps.error('unexpected indent');
  }
  parseSimpleStatements(ps, owner);
}

/** simple_stmts: simple statements separated by `;`, up to the NEWLINE. */
export function parseSimpleStatements(ps: ParserState, owner: number): void {
  const ast = ps.ast;
  for (;;) {
    const statement = parseSimpleStatement(ps);
    ast.add(owner, statement);
    if (ps.blockDepth === 0) noteModuleStatement(ps, owner, statement);
    if (!ps.eatOp(Op.Semi) || ps.kind === Tok.Newline) {
      if (ps.kind !== Tok.Newline) throw statementEndError(ps, statement);
      ps.p++;
      return;
    }
  }
}

/** After a module-level statement: future imports stay allowed only after a docstring or other future imports. */
function noteModuleStatement(ps: ParserState, module: number, statement: number): void {
  const ast = ps.ast;
  if (!ps.futureAllowed) return;
  if (ast.kind[statement] === N.ImportFrom && ast.flags[statement] & F.Future) return;
  const value = ast.first[statement];
  const docstring = ast.kind[statement] === N.ExprStmt && ast.first[module] === statement && ast.kind[value] === N.Str && !(ast.flags[value] & (F.Bytes | F.Formatted));
  if (!docstring) ps.futureAllowed = false;
}

function statementEndError(ps: ParserState, statement: number): Error {
  const ast = ps.ast;
  const value = ast.first[statement];
  if (ast.kind[statement] === N.ExprStmt && ast.kind[value] === N.Name && !(ast.flags[value] & F.Paren) && startsExpression(ps)) {
    const word = ps.text.slice(ast.start[value], ast.end[value]);
    if (word === 'print' || word === 'exec') return ps.error(`Missing parentheses in call to '${word}'. Did you mean ${word}(...)?`, ast.start[value]);
  }
  return ps.error();
}

function parseSimpleStatement(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  if (ps.kind === Tok.Name) {
    switch (ps.code) {
      case Kw.Pass:
        ps.p++;
        return ast.node(N.Pass, start, ps.prevEnd);
      case Kw.Break:
      case Kw.Continue: {
        const isBreak = ps.code === Kw.Break;
        if (ps.loopDepth === 0) throw ps.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop");
        if (ps.exceptStarLoop === ps.loopDepth) throw ps.error("'break', 'continue' and 'return' cannot appear in an except* block");
        ps.p++;
        return ast.node(isBreak ? N.Break : N.Continue, start, ps.prevEnd);
      }
      case Kw.Return: {
        if (!ps.inFunction) throw ps.error("'return' outside function");
        if (ps.exceptStarLoop >= 0) throw ps.error("'break', 'continue' and 'return' cannot appear in an except* block");
        ps.p++;
        const n = ast.node(N.Return, start, ps.prevEnd);
        if (startsExpression(ps)) ast.add(n, checkNotStarred(ps, parseStarExpressions(ps)));
        ast.end[n] = ps.prevEnd;
        return n;
      }
      case Kw.Raise: {
        ps.p++;
        const n = ast.node(N.Raise, start, 0);
        if (startsExpression(ps)) {
          ast.add(n, parseExpression(ps));
          if (ps.eatKw(Kw.From)) ast.add(n, parseExpression(ps));
        }
        ast.end[n] = ps.prevEnd;
        return n;
      }
      case Kw.Global:
      case Kw.Nonlocal:
        return parseNameList(ps, ps.code === Kw.Global ? N.Global : N.Nonlocal);
      case Kw.Del: {
        ps.p++;
        const targets = parseStarExpressions(ps);
        checkDelTarget(ps, targets);
        return ast.node1(N.Delete, start, ps.prevEnd, targets);
      }
      case Kw.Assert: {
        ps.p++;
        const n = ast.node1(N.Assert, start, 0, parseExpression(ps));
        if (ps.eatOp(Op.Comma)) ast.add(n, parseExpression(ps));
        ast.end[n] = ps.prevEnd;
        return n;
      }
      case Kw.Import:
        return parseImport(ps);
      case Kw.From:
        return parseImportFrom(ps);
      case Kw.Yield: {
        const value = parseYieldExpr(ps);
        if (ps.isOp(Op.Equal)) return parseAssignment(ps, start, value);
        return ast.node1(N.ExprStmt, start, ps.prevEnd, value);
      }
      case Kw.Type:
        if (ps.v.kind[ps.p + 1] === Tok.Name && (ps.v.code[ps.p + 1] === Kw.None || ps.v.code[ps.p + 1] > Kw.LastHard)) return parseTypeAlias(ps);
        break;
    }
  }
  const first = parseStarExpressions(ps);
  if (ps.kind === Tok.Op) {
    const op = ps.code;
    if (op === Op.Equal) return parseAssignment(ps, start, first);
    if (op === Op.Colon) return parseAnnotated(ps, start, first);
    if ((op >= Op.PlusEqual && op <= Op.DoubleStarEqual) || op === Op.DoubleSlashEqual || op === Op.AtEqual) {
      checkAugTarget(ps, first);
      ps.p++;
      const value = parseAssignedValue(ps);
      return ast.node2(N.AugAssign, start, ps.prevEnd, first, value, op);
    }
  }
  return ast.node1(N.ExprStmt, start, ps.prevEnd, checkNotStarred(ps, first));
}

function parseAssignment(ps: ParserState, start: number, first: number): number {
  const ast = ps.ast;
  const n = ast.node(N.Assign, start, 0);
  checkStoreTarget(ps, first, true);
  ast.add(n, first);
  while (ps.eatOp(Op.Equal)) {
    const value = parseAssignedValue(ps);
    if (ps.isOp(Op.Equal)) checkStoreTarget(ps, value, true);
    ast.add(n, value);
  }
  ast.end[n] = ps.prevEnd;
  return n;
}

function parseAnnotated(ps: ParserState, start: number, target: number): number {
  const ast = ps.ast;
  const simple = checkAnnotationTarget(ps, target);
  ps.p++;
  const annotation = parseExpression(ps);
  const value = ps.eatOp(Op.Equal) ? parseAssignedValue(ps) : ast.node(N.Empty, ps.start, ps.start);
  const n = ast.node2(N.AnnAssign, start, ps.prevEnd, target, annotation, simple ? 1 : 0);
  ast.add(n, value);
  return n;
}

/** The right-hand side of `=`, `+=`, `: T =`: a yield expression or star_expressions (a lone `*x` only as a further target). */
function parseAssignedValue(ps: ParserState): number {
  if (ps.isKw(Kw.Yield)) return parseYieldExpr(ps);
  const value = parseStarExpressions(ps);
  if (!ps.isOp(Op.Equal)) checkNotStarred(ps, value);
  return value;
}

function checkNotStarred(ps: ParserState, n: number): number {
  if (ps.ast.kind[n] === N.Starred) ps.compileError("can't use starred expression here", ps.ast.start[n]);
  return n;
}

/** `global a, b` / `nonlocal a, b`. */
function parseNameList(ps: ParserState, kind: N.Global | N.Nonlocal): number {
  const n = ps.ast.node(kind, ps.start, 0);
  ps.p++;
  do {
    if (!ps.isName()) throw ps.error();
    ps.ast.add(n, ps.ast.node(N.Ident, ps.start, ps.end));
    ps.p++;
  } while (ps.eatOp(Op.Comma));
  ps.ast.end[n] = ps.prevEnd;
  return n;
}

/** `type X[T] = value` (PEP 695). */
function parseTypeAlias(ps: ParserState): number {
  const ast = ps.ast;
  const start = ps.start;
  ps.p++;
  if (isDebug(ps, ps.start, ps.end)) ps.compileError('cannot assign to __debug__');
  const name = ast.node(N.Name, ps.start, ps.end);
  ast.flags[name] = F.Store;
  ps.p++;
  const params = parseTypeParams(ps);
  ps.expectOp(Op.Equal);
  const value = parseExpression(ps);
  const n = ast.node2(N.TypeAlias, start, ps.prevEnd, name, params);
  ast.add(n, value);
  return n;
}
