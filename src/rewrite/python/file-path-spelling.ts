// How a string or comment names a moved module's file or package directory: its dotted path with `/`
// or `\` between the components (`netra_backend/app/websocket_core/manager.py`, a file under a moved
// package, `C:\\src\\pkg\\mod.py`), alone or at the end of a longer path. The rewriter reports such
// a path as a mention (file-path-mentions.ts), as the JS rewriter reports a moved file's path; the
// prefilter (may-reference.ts) lets through every file holding the core of one (filePathCore).

/** One or more separators: a Python string spells a backslash as `\\`. */
const SEPARATOR = '[/\\\\]+';

/** Components (already escaped, or alternations) as a path spells them. */
export function pathComponents(parts: readonly string[]): string {
  return parts.join(SEPARATOR);
}

/**
 * The pattern source for the paths of `modules` (an alternation of pathComponents): not inside a
 * longer name, then a module's components, deeper components, an optional `.py`/`.pyi`, and no
 * further name (`manager_old.py`, `manager.pyc` name other files; a sentence's closing period is
 * no extension).
 */
export function filePathSource(modules: string): string {
  return `(?<![\\w.-])(?:${modules})(?:${SEPARATOR}\\w+)*(?:\\.pyi?)?(?![\\w-]|\\.\\w)`;
}

/**
 * What every path filePathSource matches holds: the module's components and separators alone. The
 * prefilter searches for this looser pattern (no lookaround: V8 scans a leading lookbehind far slower).
 */
export function filePathCore(modules: string): string {
  return `(?:${modules})`;
}

/** The dotted module a matched path names (`a/b/c/__init__.py` → `a.b.c.__init__`, which maps like `a.b.c`'s submodule). */
export function dottedPathOf(matched: string): string {
  return matched.replace(/\.pyi?$/, '').split(/[/\\]+/).join('.');
}
