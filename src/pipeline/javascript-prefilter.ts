// The prefilter's test for JS/TS files (used by prefilter.ts): can this file's bytes name a legacy
// module? Fast path: one of the plan's JS needles (a moved file's base name, a moved package's
// specifier) occurs literally. The rest covers the spellings that do not contain a needle, so the
// test stays sound (__tests__/javascript-prefilter.test.ts checks each against the rewriter).
import path from 'node:path';
import { javascriptNeedles } from '../manifest/plan';
import { keyPath, modulePathOf, stripModuleSuffix } from '../rewrite/js/module-key';
import type { JavascriptPlan } from '../types';
import { escapeTolerant, LINE_CONTINUATION } from './escape-tolerant';

/**
 * Spellings of a legacy module without its needle, and what stands in for it:
 * - a tsconfig alias whose target text supplies the base name (`"wsconf": ["web/ws/legacyWs.ts"]`,
 *   `"@lw/*": ["web/ws/legacyWs/*"]` with `@lw/index`): the alias's literal prefix is a needle;
 *   an alias without one, or a baseUrl inside the module's directory, lets every file through;
 * - `.`, `..`, `./index` from a file inside the module's own directory (an index module): such
 *   files always pass;
 * - escapes inside the string (`'legacy\u0057s'`, line continuations): when the bytes hold a
 *   backslash, the needles are searched again with every character in any escaped form;
 * - a computed specifier whose first string piece ends with `/` (`require('./lib/' + name)`,
 *   `` import(`@/${x}`) ``), reported when that directory holds a legacy module: a file with a
 *   string piece ending in `/` and a dynamic `import(`, `require`, `jest.`/`vi.` call passes;
 * - a moved file with relative specifiers or patterns carried from its old place (JavascriptPlan.relocated, .relocatedPatterns) passes;
 * - a file loading files by pattern (`import.meta.glob(`, `require.context(`) passes when a file moves.
 */
export function createJavascriptPrefilter(plan: JavascriptPlan): (content: Buffer, relPath: string) => boolean {
  if (plan.moves.length === 0) return () => true; // nothing to go on; the rewriter decides (as before)
  const files = plan.moves.map((m) => modulePathOf(m.fromKey)).filter((p): p is string => p !== undefined && p !== '' && p !== '.');
  // A moved file is looked for by a pattern of its own (segmentPattern); packages, retired aliases
  // and the root's index module by their specifier, spelled whole.
  const needles = new Set(javascriptNeedles(plan.moves.filter((m) => !files.includes(modulePathOf(m.fromKey) ?? ''))));
  const patterns = new Set<string>();
  let everyFile = false;
  for (const file of files) {
    const base = baseOf(file);
    let parentSpelled = true;
    for (const alias of plan.aliases) {
      if (aliasOmitsParent(alias.targets[0], file)) parentSpelled = false;
      if (!aliasMaySupply(alias.pattern, alias.targets[0], file, base)) continue;
      const prefix = alias.pattern.split('*')[0];
      if (prefix === '') everyFile = true;
      else needles.add(prefix);
    }
    if (plan.baseUrl !== undefined && segmentsOf(plan.baseUrl).includes(base)) everyFile = true;
    if (plan.baseUrl !== undefined && normalize(plan.baseUrl) === parentOf(file)) parentSpelled = false;
    patterns.add(segmentPattern(file, parentSpelled));
  }
  if (everyFile) return () => true;
  const kept = [...needles].filter((n) => n.length > 0);
  const literal = new RegExp([...kept.map((n) => escapeRegExp(latin1(n))), ...patterns].join('|'));
  const baseNames = files.map(baseOf);
  const escaped = new RegExp([...kept, ...baseNames].map(escapeTolerant).join('|'));
  // A computed specifier's static text names a module by its base name alone (`` `${dir}/ui` ``,
  // computed-sites.ts): a path segment of a piece, so in the source it follows a quote, a `/` or the
  // `}` of a template's `${…}`, and precedes a quote, a `/`, a `.` or a `${`.
  // (The character before is matched, not looked behind for: V8 scans a leading lookbehind ten times slower.)
  const segment = baseNames.length === 0 ? /(?!)/ : new RegExp(`['"\`/}](?:${baseNames.map((b) => escapeRegExp(latin1(b))).join('|')})(?=['"\`/.]|\\$\\{)`);
  const directories = files.map((f) => `${f}/`);
  const computed = files.length > 0;
  return (content, relPath) => {
    if (directories.some((d) => relPath.startsWith(d)) || plan.relocated?.[relPath] || plan.relocatedPatterns?.[relPath]) return true;
    const text = content.toString('latin1');
    if (literal.test(text)) return true;
    const hasBackslash = content.indexOf(BACKSLASH) !== -1;
    if (hasBackslash && escaped.test(text)) return true;
    // Files loaded by pattern need no name of the moved file (glob-sites.ts).
    if (computed && PATTERN_CALL.test(text)) return true;
    // A computed specifier needs a call that may load it: most files have none, and stop here.
    if (!computed || !COMPUTED_CALLEE.test(text)) return false;
    // A directory's computed specifier starts with its text (computed-sites.ts): the piece must open
    // the call's argument, unless escapes that can spell a callee's letters, a `/` or a line break
    // (`\u`, `\x`, octal, a line continuation) may hide one: then any such piece passes.
    const directoryPiece = hasBackslash && HIDING_ESCAPE.test(text) ? SLASH_PIECE.test(text) : leadingPieceMayReach(text, relPath, files);
    return directoryPiece || segment.test(text);
  };
}

/**
 * How a specifier spells moved file `a/b/c` (or a module below it), written out: its base name as a
 * whole path segment (no name character next to it: a short base like `ui` hides in `build`), and,
 * unless something lets the parent go unspelled (parentSpelled false), right after its parent's
 * segment, a `.` (`./c`, `../c`: only a file inside `a/b` reaches it so, but the pattern need not
 * know where the file lies) or a `..` (`x/../c`), through one or more slashes. Relative, absolute,
 * alias (`@/b/c`) and baseUrl (`b/c`) spellings and comment mentions all hold one of these; a
 * base with no parent (a module at the root) is the segment alone.
 */
function segmentPattern(file: string, parentSpelled: boolean): string {
  const base = escapeRegExp(latin1(baseOf(file)));
  const parent = file.includes('/') && parentSpelled ? escapeRegExp(latin1(file.slice(0, file.lastIndexOf('/')).split('/').pop()!)) : undefined;
  const head = parent === undefined ? NOT_NAME_BEFORE : `(?:${NOT_NAME_BEFORE}${parent}|\\.)/+`;
  return `${head}${base}${NOT_NAME_AFTER}`;
}

/** The last segment of a repo-relative module path. */
function baseOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** The directory part of a repo-relative file (`''` at the root). */
function parentOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
}

/**
 * Whether a specifier through an alias with this target may reach `file` without spelling its
 * parent's segment: the target's text before `*` already covers it (`@ny/*` → `registry/new-york/*`
 * spells `registry/new-york/ui` as `@ny/ui`). Exact aliases name their file whole (aliasMaySupply).
 */
function aliasOmitsParent(target: string | undefined, file: string): boolean {
  const star = target?.indexOf('*') ?? -1;
  if (target === undefined || star < 0 || !file.includes('/')) return false;
  const head = target.slice(0, star);
  // Dot segments in a target: no cheap answer, so the parent is not required.
  if (/(?:^|\/)\.\.?(?:\/|$)/.test(head)) return true;
  const parent = parentOf(file);
  // The head leads to the file itself (a capture reaching it from elsewhere needs `..`, which the
  // pattern takes) and ends inside or after the parent's segment, so the capture may start past it.
  return `${file}/`.startsWith(head) && head.length > parent.length - parent.split('/').pop()!.length;
}

/** Whether a specifier through this alias may reach `file` with the alias's own target text spelling part of its base name. */
function aliasMaySupply(pattern: string, target: string | undefined, file: string, base: string): boolean {
  if (target === undefined) return false;
  const star = target.indexOf('*');
  if (pattern.indexOf('*') < 0 || star < 0) {
    // The module itself, or a module below it (a moved directory module takes its subpaths along).
    const reached = keyPath(`file:${stripModuleSuffix(normalize(target))}`);
    return reached === file || (reached !== undefined && reached.startsWith(`${file}/`));
  }
  const head = target.slice(0, star);
  const tail = target.slice(star + 1);
  if (head.includes(base) || tail.includes(base)) return true;
  // The base name may straddle the capture's edge: the head ends with its start, or the tail begins with its end.
  for (let k = 1; k < base.length; k++) {
    if (head.endsWith(base.slice(0, k)) || tail.startsWith(base.slice(k))) return true;
  }
  return false;
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out.join('/');
}

const segmentsOf = (p: string) => p.split('/');
const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BACKSLASH = 0x5c;
/** Characters that continue a file name in a specifier (ASCII: the latin1 view leaves UTF-8 bytes out of `\w`). */
const NOT_NAME_BEFORE = '(?<![\\w$-])';
const NOT_NAME_AFTER = '(?![\\w$-])';

/** `import.meta.glob(` / `globEager(` and `require.context(` (TS type arguments too: `glob<T>(`): files loaded by pattern. */
const PATTERN_CALL = /\.\s*glob(?:Eager)?\s*[(<]|require\s*\.\s*context\s*[(<]/;
/** A string or template piece that ends with `/` (in any escaped form) right before its closing quote or a `${`. */
const SLASH_PIECE = new RegExp(`${escapeTolerant('/')}${LINE_CONTINUATION}*(?:['"\`]|\\$\\{)`);
/** An escape that may spell a letter of a callee, a `/` of a piece, or continue a string over a line. */
const HIDING_ESCAPE = /\\(?:[ux0-7]|\r|\n)/;
/**
 * Comments and whitespace between a callee's tokens. Each comment matches one way only: a line
 * comment runs to its line's end, a block comment to its first `*\/` — else a run of `/` (a banner
 * `////…`) splits into comments in exponentially many ways when no callee follows.
 */
const GAP = '(?:\\s|\\xe2\\x80[\\xa8\\xa9]|/\\*(?:[^*]|\\*(?!/))*\\*/|//[^\\n\\r]*(?![^\\n\\r]))*';
/** The callees of a computed reference: dynamic import, require, import.meta.resolve, jest.* / vi.* (escaped identifiers: any `\u`). */
const COMPUTED_CALLEE = new RegExp(`import${GAP}\\(|require|proxyquire|jest|(?<![A-Za-z0-9_$])vi${GAP}\\.|meta${GAP}\\.${GAP}resolve|\\\\u`);
/**
 * A call that may load a module whose first argument opens with a string or template piece ending in
 * `/` and goes on (`require('./lib/' + name)`, `` import(`./lib/${x}`) ``, `jest.mock(('./lib/') + x)`;
 * not `require('../')`, a plain literal), for files without a backslash (no escaped callee or piece).
 */
const LEADING_SLASH_PIECE = new RegExp(
  `(?:(?<![\\w$])import(?:${GAP}\\.${GAP}meta${GAP}\\.${GAP}resolve)?|(?<![\\w$])require(?:${GAP}\\.${GAP}resolve)?|(?<![\\w$])proxyquire|(?<![\\w$])(?:jest|vi)${GAP}\\.${GAP}[A-Za-z]+)${GAP}\\((?:${GAP}\\()*${GAP}` +
    `(?:(?:'((?:[^'\\\\\\n\\r]|\\\\[^\\n\\r])*/)'|"((?:[^"\\\\\\n\\r]|\\\\[^\\n\\r])*/)")${GAP}(?:\\)${GAP})*\\+|\`((?:[^\`\\\\]|\\\\[^])*?/)\\$\\{)`,
  'g',
);

/**
 * Whether a computed specifier's leading piece (LEADING_SLASH_PIECE) may name a directory holding a
 * moved file, read from where the file is (computed-sites.ts keys it the same way): a relative
 * piece must lead into one (`require('../messages/' + x)` names none of `lib/shared/…`); any other
 * piece (an alias, a package, text outside the root or beyond ASCII) passes.
 */
function leadingPieceMayReach(text: string, relPath: string, files: readonly string[]): boolean {
  for (const m of text.matchAll(LEADING_SLASH_PIECE)) {
    const piece = m[1] ?? m[2] ?? m[3] ?? '';
    if (!/^\.\.?\//.test(piece) || /[^\x20-\x7e]|\\/.test(piece)) return true;
    const directory = path.posix.normalize(path.posix.join(path.posix.dirname(relPath), piece));
    if (directory.startsWith('../') || directory === './' || files.some((f) => f.startsWith(directory) || directory.startsWith(`${f}/`))) return true;
  }
  return false;
}
