// CPython's words for an expression in target errors ("cannot assign to function call", "cannot
// delete literal", "'comparison' is an illegal expression for augmented assignment").
// Used by targets.ts and expressions.ts.
import { F, N } from './ast';
import type { ParserState } from './parser-state';

/** CPython's name for an expression that cannot be a target (`cannot assign to function call`). */
export function describeExpression(ps: ParserState, n: number): string {
  const ast = ps.ast;
  switch (ast.kind[n]) {
    case N.Name:
      return 'name';
    case N.Attribute:
      return 'attribute';
    case N.Subscript:
      return 'subscript';
    case N.Call:
      return 'function call';
    case N.Num:
    case N.Str:
      return ast.flags[n] & F.Formatted ? 'f-string expression' : 'literal';
    case N.Const:
      return ['None', 'True', 'False', 'ellipsis'][ast.aux[n]];
    case N.Compare:
      return 'comparison';
    case N.Lambda:
      return 'lambda';
    case N.IfExp:
      return 'conditional expression';
    case N.NamedExpr:
      return 'named expression';
    case N.Await:
      return 'await expression';
    case N.Yield:
    case N.YieldFrom:
      return 'yield expression';
    case N.Dict:
      return 'dict literal';
    case N.Set:
      return 'set display';
    case N.ListComp:
      return 'list comprehension';
    case N.SetComp:
      return 'set comprehension';
    case N.DictComp:
      return 'dict comprehension';
    case N.GenExp:
      return 'generator expression';
    case N.Tuple:
      return 'tuple';
    case N.List:
      return 'list';
    case N.Starred:
      return 'starred';
    default:
      return 'expression';
  }
}
