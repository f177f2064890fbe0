// The moves a reference that binds a whole module object (`const utils = require('./utils')`,
// `import * as utils from './utils'`) takes part in: those of the members the file uses through it
// (`utils.compileETag`), read as missing-names.ts reads them. A canonical module that keeps such a
// binding of the legacy module for names that stay there (express's compile.js using `utils.etag`)
// imports nothing that moved into it, so it closes no import cycle.
import type { Move } from '../../types';
import type { RewriteContext } from './context';
import type { ModuleMoves } from './move-index';
import { membersUsed } from './missing-names';
import type { ReferenceSite } from './references';

/** The symbol moves used through the module object `site` binds; undefined when it binds no module object alone. */
export function movesThroughModuleObject(context: RewriteContext, site: ReferenceSite, moves: ModuleMoves): Move[] | undefined {
  if (moves.whole) return undefined;
  const local = moduleObjectLocal(site);
  if (local === undefined) return undefined;
  const used = new Set(membersUsed(context, local));
  return [...moves.symbols.values()].filter((move) => used.has(move.from.symbol!));
}

function moduleObjectLocal(site: ReferenceSite): string | undefined {
  if (site.kind === 'call') {
    const id = site.context.binding?.declarator.id;
    return id?.type === 'Identifier' ? id.name : undefined;
  }
  if (site.kind !== 'declaration' || site.node.type !== 'ImportDeclaration') return undefined;
  const [only, ...rest] = site.node.specifiers;
  return only?.type === 'ImportNamespaceSpecifier' && rest.length === 0 ? only.local.name : undefined;
}
