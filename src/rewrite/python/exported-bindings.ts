// Module-level bindings other modules import from this one, which the rename policy keeps under
// their names (from-import-bindings.ts): a package `__init__`'s names, and imports declared unused on
// purpose (re-exports).
import type { RewriteContext } from './context';
import type { ImportStatement } from './import-statements';

/**
 * An import the linters are told is unused on purpose (`# noqa` or `# noqa: F401` on its lines): a
 * re-export other modules import the name from. Unused imports without it (test modules are full of
 * them) are renamed like any other, as netra's team renamed them by hand.
 */
export function declaredUnused(ctx: RewriteContext, stmt: ImportStatement): boolean {
  const text = ctx.text.slice(stmt.start, stmt.lineEnd);
  return text.includes('noqa') && /#\s*noqa(?![\w:])|#\s*noqa\s*:[^#\r\n]*\bF401\b/i.test(text);
}

/**
 * A package's `__init__` binds what the package provides: `from pkg import Name` elsewhere reads
 * its module-level names, so renaming one takes it away from them (unless private, `_name`, or
 * moved by the manifest itself).
 */
export function providedByPackage(ctx: RewriteContext, local: string): boolean {
  if (ctx.file === undefined || ctx.file.module !== ctx.file.package.join('.') || local.startsWith('_')) return false;
  // Unless the manifest moves that very name of the package (`pkg:old` → `pkg:new`): then the package's API is what changes.
  return ctx.index.symbolTarget(ctx.file.module, local) === undefined;
}
