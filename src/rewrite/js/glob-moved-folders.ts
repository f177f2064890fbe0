// A file pattern whose fixed leading folder lies in a folder that moves whole
// (`import.meta.glob('./old/*/index.ts')`, `'./old/**/*.ts'`, `require.context('./old')` under
// `./src/old` → `./src/new`): every file it matches moves with the folder, keeping its place below
// it, so the pattern's folder is re-pointed (`'./new/*/index.ts'`), as an import of a module below
// the folder is. Where that cannot be shown (the target is a plain file or lacks the folder, a `base`
// option reads the pattern from elsewhere), the pattern is a manual finding: never only a mention.
// Used by glob-sites.ts, which then checks the moves of single files against both versions.
import type { Node } from '@babel/types';
import type picomatchType from 'picomatch';
import type { Move } from '../../types';
import { keyOf, replaceLiteral, report, respell, type RewriteContext } from './context';
import type { ReferenceSite } from './references';

type GlobSite = Extract<ReferenceSite, { kind: 'glob' }>;

/** The patterns as they will read, and whether any was re-pointed or reported. */
export interface FollowedPatterns {
  patterns: string[];
  reported: boolean;
}

/**
 * Re-points each pattern (not one `rebased` already, nor one naming a single file: a `url` site)
 * whose folder lies in a moved one, or reports it manual; the patterns as they will read.
 */
export function followMovedFolders(context: RewriteContext, site: GlobSite, patterns: readonly string[], rebased: ReadonlySet<number>): FollowedPatterns {
  const picomatch = require('picomatch') as typeof picomatchType;
  const call = site.context ? 'require.context' : 'import.meta.glob';
  let reported = false;
  const followed = patterns.map((written, i) => {
    if (rebased.has(i)) return written;
    const { negated, pattern, head } = patternFolder(site, written, picomatch);
    // This file's folder or one above it holds more than a moved folder; a pattern from the project's
    // root (`/src/old/*.ts`) is read from a root this codemod does not know.
    if (head === undefined || head === '' || /(?:^|\/)\.\.?$/.test(head) || head.startsWith('/')) return written;
    const key = keyOf(context, head);
    const move = key.startsWith('file:') ? context.moves.get(key)?.whole : undefined;
    // A moved file's own relative patterns are rebased by glob-sites.ts (JavascriptPlan.relocatedPatterns).
    if (!move || move.carried) return written;
    const reason = unfollowable(context, site, move);
    if (reason !== undefined) {
      report(context, { node: site.node, move, form: 'glob', kind: 'manual', reason: `${call} loads files below ${move.from.module}, which moves to ${move.to.module}, but ${reason}` });
      reported = true;
      return written;
    }
    const moved = `${negated ? '!' : ''}${respell(context, head, move)}${pattern.slice(head.length)}`;
    replaceLiteral(context, site.literals[i] as Node, moved);
    report(context, { node: site.literals[i] as Node, move, form: 'glob', kind: 'rewritten' });
    reported = true;
    return moved;
  });
  return { patterns: followed, reported };
}

/**
 * A pattern's fixed leading folder as written (`./old` of `./old/*\/index.ts`; require.context's
 * folder itself), past a glob's `!`; `head` is undefined for a glob without magic or without a folder.
 */
export function patternFolder(site: GlobSite, written: string, picomatch: typeof picomatchType): { negated: boolean; pattern: string; head?: string } {
  const negated = !site.context && written.startsWith('!');
  const pattern = negated ? written.slice(1) : written;
  if (site.context) return { negated, pattern, head: pattern.replace(/\/+$/, '') };
  const scan = picomatch.scan(pattern);
  return { negated, pattern, head: scan.isGlob ? (scan.prefix + scan.base).replace(/\/+$/, '') : undefined };
}

/** Why the folder's files cannot be shown to keep their places below the move's target; undefined when they can. */
function unfollowable(context: RewriteContext, site: GlobSite, move: Move): string | undefined {
  if (!move.toKey.startsWith('file:')) return `${move.to.module} is no folder of this repository: load them by hand`;
  if (!site.context && hasBaseOption(site.node.arguments[1])) return 'its base option, not this file, is what the pattern is read from: re-point the pattern by hand';
  // The manifest's own move of the folder (a module below it is derived from it, move-index.ts) and the pattern's path below that.
  const own = context.plan.moves.find((m) => m.id === move.id && !m.from.symbol && !m.carried);
  // What lies below the target (JavascriptPlan.subtrees): unknown when it is not in the repository.
  const listed = own ? context.plan.subtrees?.[own.toKey] : undefined;
  if (!own || listed === undefined) return `${move.to.module} is not in this repository, so its files cannot be shown to be there: re-point the pattern by hand`;
  const rest = move.toKey === own.toKey ? '' : move.toKey.slice(own.toKey === 'file:.' ? 'file:'.length : own.toKey.length + 1);
  if (rest === '') return listed.length > 0 ? undefined : `${move.to.module} is a file, with no modules below it: load them by hand`;
  return listed.some((p) => p === rest || p.startsWith(`${rest}/`)) ? undefined : `${own.to.module} has no modules below ${rest}: load them by hand`;
}

/** `import.meta.glob(…, { base: './dir' })`: relative patterns are read from that folder. */
function hasBaseOption(options: Node | undefined): boolean {
  if (options?.type !== 'ObjectExpression') return false;
  return options.properties.some((p) => p.type === 'SpreadElement' || (p.type === 'ObjectProperty' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === 'base') || (p.key.type === 'StringLiteral' && p.key.value === 'base'))));
}
