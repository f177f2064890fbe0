// One .gitignore file's test, with the verdicts of the `ignore` package but fewer regular-expression
// calls: `ignore` tests a path against every rule in turn, one call per rule (netra's root file has
// ~150); here consecutive rules of the same sign are joined into one expression. Most rules name a
// last path component (`*.log`, `.env`, `build/`): those are tested against that component alone,
// not scanned across the whole path (on netra the joined expression was the walk's largest cost
// after readdir). Used by gitignore-rules.
import ignore, { type Ignore } from 'ignore';

/** `ignore`'s TestResult without the matched rule: ignored by a rule, re-included by a negation, or neither. */
export interface IgnoreVerdict {
  ignored: boolean;
  unignored: boolean;
}

/** Tests one path relative to the .gitignore's directory (`/` separators; directories end with `/`). */
export type IgnoreTest = (relPath: string) => IgnoreVerdict;

/** Consecutive rules of one sign, joined: the last of them that matches gives that sign. */
interface RuleRun {
  negative: boolean;
  /** Rules on the last component (`(?:^|\/)X(?=$|\/$)`), as `^(?:X|…)$` over that component. */
  last?: RegExp;
  /** Directory-only rules on the last component (`(?:^|\/)X\/$`), the same, for paths ending in `/`. */
  lastDirectory?: RegExp;
  /** The same two, over the whole path, for paths with doubled slashes. */
  whole?: RegExp;
  wholeDirectory?: RegExp;
  /** Every other rule, over the whole path. */
  pattern?: RegExp;
}

/** The shape of `ignore`'s compiled rules (ignore 7.x, pinned in package.json); checked before use. */
interface IgnoreInternals {
  _rules?: { _rules?: unknown };
}

const IGNORED: IgnoreVerdict = Object.freeze({ ignored: true, unignored: false });
const UNIGNORED: IgnoreVerdict = Object.freeze({ ignored: false, unignored: true });
const NEITHER: IgnoreVerdict = Object.freeze({ ignored: false, unignored: false });
/**
 * Paths `ignore` refuses (it throws on them: `/…`, `./…`, `../…`, `.`, `..`): they go to `ignore`
 * itself, so it throws as before. Tested by character, not with a regular expression: this is
 * asked for every path of a walk.
 */
function refusedPath(relPath: string): boolean {
  const dots = relPath.startsWith('..') ? 2 : relPath.startsWith('.') ? 1 : 0;
  return relPath.length === dots ? dots > 0 : relPath.charCodeAt(dots) === 47;
}

/**
 * Compiles a .gitignore's text. Within one file the last matching rule decides (a negation
 * re-includes), and a path whose parent directory is ignored is ignored (it cannot be re-included):
 * both exactly as `ignore().add(text).test(path)`, which is used as is when its rules cannot be read.
 */
export function compileIgnore(text: string): IgnoreTest {
  const reference = ignore({ ignorecase: false }).add(text);
  const runs = ruleRuns(reference);
  if (!runs) return (relPath) => verdictOf(reference, relPath);
  const cache = new Map<string, IgnoreVerdict>();
  const own = (relPath: string): IgnoreVerdict => {
    const directory = relPath.endsWith('/');
    // Doubled slashes take `ignore`'s own splitting: such paths are tested on the whole path only.
    const plain = !relPath.includes('//');
    const end = directory ? relPath.length - 1 : relPath.length;
    const last = relPath.slice(relPath.lastIndexOf('/', end - 1) + 1, end);
    for (const run of runs) {
      const matches =
        (run.last !== undefined && (plain ? run.last.test(last) : run.whole!.test(relPath))) ||
        (run.lastDirectory !== undefined && (plain ? directory && run.lastDirectory.test(last) : run.wholeDirectory!.test(relPath))) ||
        (run.pattern !== undefined && run.pattern.test(relPath));
      if (matches) return run.negative ? UNIGNORED : IGNORED;
    }
    return NEITHER;
  };
  const test = (relPath: string): IgnoreVerdict => {
    const known = relPath.endsWith('/') ? cache.get(relPath) : undefined;
    if (known) return known;
    // `ignore` checks the parent directory first (as `dir/`); an ignored parent is the verdict.
    const directory = parentOf(relPath);
    const parent = directory === undefined ? undefined : test(directory);
    const verdict = parent?.ignored ? parent : own(relPath);
    // Directories are asked again for every path below them; a file is asked once.
    if (relPath.endsWith('/')) cache.set(relPath, verdict);
    return verdict;
  };
  return (relPath) => (relPath === '' || refusedPath(relPath) ? verdictOf(reference, relPath) : test(relPath));
}

/** The parent directory as `ignore` computes it (`a/b/c` and `a/b/c/` → `a/b/`), without splitting normal paths. */
function parentOf(relPath: string): string | undefined {
  if (relPath.includes('//')) {
    const slices = relPath.split('/').filter(Boolean);
    slices.pop();
    return slices.length === 0 ? undefined : `${slices.join('/')}/`;
  }
  const end = relPath.endsWith('/') ? relPath.length - 1 : relPath.length;
  const slash = relPath.lastIndexOf('/', end - 1);
  return slash <= 0 ? undefined : relPath.slice(0, slash + 1);
}

function verdictOf(reference: Ignore, relPath: string): IgnoreVerdict {
  const { ignored, unignored } = reference.test(relPath);
  return ignored ? IGNORED : unignored ? UNIGNORED : NEITHER;
}

/**
 * The rules as runs, last run first, or undefined when `ignore`'s internals are not as expected.
 * Scanning from the last rule, the first match is the verdict: the same as `ignore`'s forward scan,
 * in which a matching rule sets the verdict to its sign and later matches of the same sign change nothing.
 */
function ruleRuns(reference: Ignore): RuleRun[] | undefined {
  const rules = (reference as unknown as IgnoreInternals)._rules?._rules;
  if (!Array.isArray(rules)) return undefined;
  const runs: { negative: boolean; last: string[]; lastDirectory: string[]; rest: string[] }[] = [];
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as { negative?: unknown; regex?: unknown };
    if (typeof rule.negative !== 'boolean' || !(rule.regex instanceof RegExp) || rule.regex.flags !== '') return undefined;
    let run = runs[runs.length - 1];
    if (!run || run.negative !== rule.negative) runs.push((run = { negative: rule.negative, last: [], lastDirectory: [], rest: [] }));
    const source = rule.regex.source;
    const onLast = LAST_COMPONENT.exec(source);
    const onLastDirectory = onLast ? null : LAST_DIRECTORY.exec(source);
    if (onLast && withinComponent(onLast[1])) run.last.push(onLast[1]);
    else if (onLastDirectory && withinComponent(onLastDirectory[1])) run.lastDirectory.push(onLastDirectory[1]);
    else run.rest.push(source);
  }
  const joined = (sources: string[]) => sources.map((s) => `(?:${s})`).join('|');
  return runs.map(({ negative, last, lastDirectory, rest }) => ({
    negative,
    ...(last.length > 0 ? { last: new RegExp(`^(?:${onComponent(last)})$`), whole: new RegExp(`(?:^|\\/)(?:${joined(last)})(?=$|\\/$)`) } : {}),
    ...(lastDirectory.length > 0 ? { lastDirectory: new RegExp(`^(?:${onComponent(lastDirectory)})$`), wholeDirectory: new RegExp(`(?:^|\\/)(?:${joined(lastDirectory)})\\/$`) } : {}),
    ...(rest.length > 0 ? { pattern: new RegExp(joined(rest)) } : {}),
  }));
}

/** What `ignore` writes for a leading `*`: any run of characters but `/`. */
const ANY_PREFIX = '[^\\/]*';

/**
 * Rule bodies joined for one path component. Those starting with `*` (`*.log`, `*.py[cod]`,
 * `*credentials*.json`) share one leading `[^\/]*`: `[^/]*(?:A|B)` is `[^/]*A|[^/]*B`, but the
 * engine backtracks through the component once for all of them instead of once per rule (netra's
 * root .gitignore has 25 such rules; the walk tests every file's name against them).
 */
function onComponent(bodies: string[]): string {
  const anyPrefix = bodies.filter((b) => b.startsWith(ANY_PREFIX)).map((b) => b.slice(ANY_PREFIX.length));
  const others = bodies.filter((b) => !b.startsWith(ANY_PREFIX));
  const parts = others.map((b) => `(?:${b})`);
  if (anyPrefix.length > 0) parts.push(`${ANY_PREFIX}(?:${anyPrefix.map((b) => `(?:${b})`).join('|')})`);
  return parts.join('|');
}

/** `ignore`'s expression for a rule on a path's last component, and for a directory-only one. */
const LAST_COMPONENT = /^\(\?:\^\|\\\/\)(.+)\(\?=\$\|\\\/\$\)$/;
const LAST_DIRECTORY = /^\(\?:\^\|\\\/\)(.+)\\\/\$$/;

/**
 * Whether a rule body can only match inside one path component: literal characters and escapes,
 * and character classes that exclude `/` (`[^\/]`, `[^/]`) or hold only letters, digits, `.`, `_` and
 * letter or digit ranges (a range like `[.-_]` spans `/`).
 * Anything else (a slash, a group, an alternation, an anchor) keeps the rule on the whole path.
 */
function withinComponent(body: string): boolean {
  return /^(?:[A-Za-z0-9 _\-~#!@%&=,;:'"<>`]|\\[^\/dDsSwWbBu0-9xcpPk]|\[\^\\?\/\][*+?]?|\[(?:[A-Za-z0-9._]|[A-Za-z]-[A-Za-z]|[0-9]-[0-9])+\][*+?]?)+$/.test(body);
}
