// Checks a compiled plan against the repository: both ends of every move resolve to files, every
// moved name is provided by its canonical module, and a whole-module move's canonical module has
// every public name of the legacy one (the "API gap"). Used by `verify`, `run` and `shims`.
import type { Language, MigrationPlan, Move } from '../types';
import { createModuleApiReader, type ModuleApiReader } from './module-api';

export type VerifyCode = 'missing-canonical-module' | 'unreadable-module' | 'missing-symbol' | 'api-gap' | 'consumer-gap' | 'missing-name';

export interface VerifyIssue {
  code: VerifyCode;
  /** The move's id and its manifest JSON path. */
  move: string;
  source: string;
  language: Language;
  symbol?: string;
  legacyFile?: string;
  canonicalFile?: string;
  /** What is wrong, where, and how to fix it, in one or two sentences. */
  message: string;
  /** consumer-gap and missing-name: every import of the name (repo-relative path, 1-based line). */
  sites?: { path: string; line: number }[];
}

export interface VerifyReport {
  issues: VerifyIssue[];
  /** Moves checked (compiled moves derived from manifest entries are checked with their entry). */
  moves: number;
}

/** The module a move end names, in the form the API reader takes (dotted Python; JS module key). */
export const moduleOf = (move: Move, end: 'from' | 'to') => (move.language === 'python' ? move[end].module : end === 'from' ? move.fromKey : move.toKey);

export function verifyPlan(plan: MigrationPlan, root: string, reader: ModuleApiReader = createModuleApiReader(plan, root)): VerifyReport {
  const issues: VerifyIssue[] = [];
  const moves = [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])];
  const seen = new Set<string>();
  const symbolMoved = symbolMovedNames(moves);
  for (const move of moves) {
    for (const issue of verifyMove(move, reader, symbolMoved)) {
      const key = `${issue.code}|${issue.source}|${issue.symbol ?? ''}|${issue.canonicalFile ?? ''}`;
      if (!seen.has(key)) issues.push(issue);
      seen.add(key);
    }
  }
  return { issues, moves: moves.length };
}

/** `legacyKey:Name` for every name with a symbol move of its own (covered whatever a whole-module move says). */
export function symbolMovedNames(moves: readonly Move[]): Set<string> {
  return new Set(moves.filter((m) => m.from.symbol).map((m) => `${m.fromKey}:${m.from.symbol}`));
}

function verifyMove(move: Move, reader: ModuleApiReader, symbolMoved: ReadonlySet<string>): VerifyIssue[] {
  const base = { move: move.id, source: move.source, language: move.language };
  // A bare package outside the repository (`new-pkg`) cannot be read: trusted as written.
  if (move.language === 'javascript' && move.toKey.startsWith('pkg:')) return [];
  const canonical = reader.api(move.language, moduleOf(move, 'to'));
  if (!canonical) {
    return [{ ...base, code: 'missing-canonical-module', message: `${move.source}: canonical module ${move.to.module} does not exist in the repository (${expectedFiles(move)}); fix the "to" of the move or create the module.` }];
  }
  if (canonical.problem) {
    return [{ ...base, code: 'unreadable-module', canonicalFile: canonical.file, message: `${move.source}: canonical module ${canonical.file} could not be read (${canonical.problem}); fix the file so its names can be checked.` }];
  }
  const canonicalFile = canonical.file;
  // A module with __getattr__ or a star import from outside the repository may provide any name.
  if (canonical.open) return [];
  if (move.to.symbol) {
    if (canonical.provided.has(move.to.symbol)) return [];
    return [{ ...base, code: 'missing-symbol', symbol: move.to.symbol, canonicalFile, message: `${move.source}: ${move.to.symbol} is not provided by ${canonicalFile} (not defined, imported, assigned, exported or listed in __all__); fix the "to" of the move or add ${move.to.symbol} to ${canonicalFile}.` }];
  }
  if (move.from.symbol) return [];
  const legacy = reader.api(move.language, moduleOf(move, 'from'));
  if (!legacy) return []; // a legacy module that no longer exists: nothing to compare
  if (legacy.problem) {
    return [{ ...base, code: 'unreadable-module', legacyFile: legacy.file, canonicalFile, message: `${move.source}: legacy module ${legacy.file} could not be read (${legacy.problem}), so its API cannot be compared with ${canonicalFile}; fix the file or check by hand.` }];
  }
  return legacy.publicNames
    .filter((name) => !canonical.provided.has(name) && !symbolMoved.has(`${move.fromKey}:${name}`))
    .map((name) => ({
      ...base,
      code: 'api-gap' as const,
      symbol: name,
      legacyFile: legacy.file,
      canonicalFile,
      message: `${move.source}: ${name} is provided by legacy ${legacy.file} but not by canonical ${canonicalFile}; importers of it would break. Add a symbol move "${move.from.module}:${name}" → the module where ${name} really lives (before this move), or add ${name} to ${canonicalFile}.`,
    }));
}

function expectedFiles(move: Move): string {
  if (move.language === 'python') {
    const rel = move.to.module.split('.').join('/');
    return `looked for ${rel}.py and ${rel}/__init__.py under the python roots`;
  }
  return `looked for ${move.toKey.slice('file:'.length)} with the JS extensions and index files`;
}
