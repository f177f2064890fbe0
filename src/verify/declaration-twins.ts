// A moved module's type declarations left behind: `pkg/old.pyi` beside the gone `pkg/old.py`, or
// `lib/old.d.ts` beside the gone `lib/old.js`. Type checkers still find the old module through
// its stub (so imports of it look fine to mypy or tsc) while the canonical module goes without the
// declarations its code had. Not a run-time fault, so a warning: move the stub beside the canonical
// module, or delete it. The twin of platform-variants.ts, for types.
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSION, keyPath } from '../rewrite/js/module-key';
import type { MigrationPlan, Move } from '../types';

export interface OrphanedDeclaration {
  move: Move;
  /** Repo-relative stub at the legacy place, and where the canonical module's would be. */
  stub: string;
  expected: string;
}

const JS_SOURCE = /\.(?:[cm]?js|jsx)$/;
const PY_SOURCE = /\.py$/;

/**
 * For each whole-module move whose legacy source file is gone but whose declaration file stays,
 * and whose canonical file (from `fileOf`) is a source without a declaration file of its own.
 */
export function orphanedDeclarations(plan: MigrationPlan, root: string, fileOf: (move: Move) => string | undefined): OrphanedDeclaration[] {
  const out: OrphanedDeclaration[] = [];
  const exists = (rel: string) => fs.statSync(path.join(root, rel), { throwIfNoEntry: false })?.isFile() ?? false;
  for (const move of [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])]) {
    if (move.from.symbol || move.to.symbol) continue;
    const canonical = fileOf(move);
    if (canonical === undefined) continue;
    if (move.language === 'python') {
      if (!PY_SOURCE.test(canonical)) continue;
      const expected = `${canonical}i`;
      const parts = move.from.module.split('.');
      for (const r of plan.python!.roots) {
        const base = path.posix.join(r === '.' ? '' : r, ...parts);
        for (const [stub, source] of [[`${base}.pyi`, `${base}.py`], [`${base}/__init__.pyi`, `${base}/__init__.py`]]) {
          if (exists(stub) && !exists(source) && !exists(expected)) out.push({ move, stub, expected });
        }
      }
      continue;
    }
    const legacy = move.fromKey.startsWith('file:') ? keyPath(move.fromKey) : undefined;
    if (legacy === undefined || !JS_SOURCE.test(canonical)) continue;
    const bare = legacy.replace(JS_EXTENSION, '');
    const canonicalBase = canonical.replace(JS_SOURCE, '');
    if (['.d.ts', '.d.mts', '.d.cts'].some((d) => exists(`${canonicalBase}${d}`))) continue;
    for (const base of [bare, `${bare}/index`]) {
      for (const [d, sources] of [['.d.ts', ['.js', '.jsx']], ['.d.mts', ['.mjs']], ['.d.cts', ['.cjs']]] as const) {
        if (exists(`${base}${d}`) && !sources.some((s) => exists(`${base}${s}`))) out.push({ move, stub: `${base}${d}`, expected: `${canonicalBase}${d}` });
      }
    }
  }
  return out;
}
