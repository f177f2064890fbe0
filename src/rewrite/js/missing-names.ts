// An import or re-export, from a module that moves as a whole, of a name its canonical module does
// not export (JavascriptPlan.provided): re-pointed, it would import nothing. The statement is left as
// written and reported for a human, with the Python rewriter's words for the same case.
import type { Node } from '@babel/types';
import type { Move } from '../../types';
import { report, type RewriteContext } from './context';
import type { ModuleMoves } from './move-index';

/** The first name `node` takes from the legacy module that its whole-module move's target lacks; undefined when all are there or the target's names are unknown. */
export function missingCanonicalName(context: RewriteContext, node: Node, moves: ModuleMoves): string | undefined {
  if (!moves.whole || (node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration')) return undefined;
  const provided = context.plan.provided?.[moves.whole.toKey];
  if (!provided) return undefined;
  for (const specifier of node.specifiers) {
    const name = takenName(specifier);
    if (name === undefined || moves.symbols.has(name)) continue;
    if (!provided.includes(name)) return name;
  }
  return undefined;
}

function takenName(specifier: Node): string | undefined {
  switch (specifier.type) {
    case 'ImportDefaultSpecifier':
      return 'default';
    case 'ImportSpecifier':
      return specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
    case 'ExportSpecifier':
      return specifier.local.name;
    default:
      return undefined; // a namespace takes the module, not a name
  }
}

export function reportMissingName(context: RewriteContext, node: Node, moves: readonly Move[], name: string): void {
  const form = node.type === 'ExportNamedDeclaration' ? 're-export' : node.type === 'ImportDeclaration' && node.importKind === 'type' ? 'type-import' : 'import';
  const reason = (move: Move) => `${move.to.module} does not provide ${name}: import it from where it lives now, or add a move for it`;
  for (const move of moves) report(context, { node, move, form, kind: 'manual', reason: reason(move) });
}
