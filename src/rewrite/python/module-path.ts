// Python module names from repo-relative paths (under the longest matching root), resolution of
// relative imports against a file's package, and the reverse: spelling an absolute module relatively.

export interface FileModule {
  /** Dotted module of the file (`pkg.sub.mod`; a package's `__init__.py` is the package). */
  module: string;
  /** The package relative imports resolve against (the module itself for `__init__.py`). */
  package: string[];
}

/** Module of `path` under the longest root of `roots`; undefined when it lies under none. */
export function moduleOfPath(path: string, roots: readonly string[]): FileModule | undefined {
  let best: string | undefined;
  for (const root of roots) {
    const r = root === '.' ? '' : root.replace(/\/$/, '');
    if (r === '' || path.startsWith(r + '/')) {
      if (best === undefined || r.length > best.length) best = r;
    }
  }
  if (best === undefined) return undefined;
  const rel = best === '' ? path : path.slice(best.length + 1);
  const parts = rel.replace(/\.pyi?$/, '').split('/');
  const isInit = parts[parts.length - 1] === '__init__';
  if (isInit) parts.pop();
  return { module: parts.join('.'), package: isInit ? parts : parts.slice(0, -1) };
}

/** Absolute module named by `from <dots><module> import …` in a file of `pkg`; undefined when above the top. */
export function resolveRelative(pkg: readonly string[], level: number, module: string): string | undefined {
  if (level === 0) return module;
  const keep = pkg.length - (level - 1);
  if (keep <= 0) return undefined;
  const base = pkg.slice(0, keep);
  return module ? [...base, module].join('.') : base.join('.');
}

/** `from X` spelling of absolute `target` for a file of `pkg`: relative when it shares the top package. */
export function spellFrom(pkg: readonly string[], target: string, preferRelative: boolean): { level: number; module: string } {
  const parts = target.split('.');
  if (!preferRelative || pkg.length === 0 || parts[0] !== pkg[0]) return { level: 0, module: target };
  let common = 0;
  while (common < pkg.length && common < parts.length && pkg[common] === parts[common]) common++;
  return { level: pkg.length - common + 1, module: parts.slice(common).join('.') };
}
