// One .gitignore file's test, with the verdicts of the `ignore` package but fewer regular-expression
// calls: `ignore` tests a path against every rule in turn, one call per rule (netra's root file has
// ~150); here consecutive rules of the same sign are joined into one expression. Used by gitignore-rules.
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
  pattern: RegExp;
}

/** The shape of `ignore`'s compiled rules (ignore 7.x, pinned in package.json); checked before use. */
interface IgnoreInternals {
  _rules?: { _rules?: unknown };
}

const IGNORED: IgnoreVerdict = Object.freeze({ ignored: true, unignored: false });
const UNIGNORED: IgnoreVerdict = Object.freeze({ ignored: false, unignored: true });
const NEITHER: IgnoreVerdict = Object.freeze({ ignored: false, unignored: false });
/** Paths `ignore` refuses (it throws on them): they go to `ignore` itself, so it throws as before. */
const REFUSED_PATH = /^\.{0,2}\/|^\.{1,2}$/;

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
    for (const run of runs) {
      if (run.pattern.test(relPath)) return run.negative ? UNIGNORED : IGNORED;
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
  return (relPath) => (relPath === '' || REFUSED_PATH.test(relPath) ? verdictOf(reference, relPath) : test(relPath));
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
  const runs: { negative: boolean; sources: string[] }[] = [];
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as { negative?: unknown; regex?: unknown };
    if (typeof rule.negative !== 'boolean' || !(rule.regex instanceof RegExp) || rule.regex.flags !== '') return undefined;
    const last = runs[runs.length - 1];
    if (last && last.negative === rule.negative) last.sources.push(rule.regex.source);
    else runs.push({ negative: rule.negative, sources: [rule.regex.source] });
  }
  return runs.map(({ negative, sources }) => ({ negative, pattern: new RegExp(sources.map((s) => `(?:${s})`).join('|')) }));
}
