// Checks a compiled plan against the repository and the outside world: both ends of every move
// resolve (in the repository, else Python through the interpreter's facts and JS through
// node_modules), every moved name is provided by its canonical module, and a whole-module move's
// canonical module has every public name of the legacy one (the "API gap"). Every finding is an
// error (it refuses `run --apply`) or a warning (it never does). Used by `verify` and run's gate.
import path from 'node:path';
import { repositoryFile } from '../manifest/path-like-packages';
import type { Language, MigrationPlan, Move } from '../types';
import { withDirectoryTargets } from './directory-target';
import { createModuleApiReader, type ModuleApi, type ModuleApiReader } from './module-api';
import { isRenameInPlace } from '../manifest/renames-at-definition';
import { declaredDependency, packageContextOf, resolvePackage, splitSpecifier, type PackageContext } from './node-resolve';
import type { PythonFacts } from './python-external';
import { staleEntryPoints } from './packaging-entry-points';
import { isFileAt } from '../manifest/files-below';
import { strandedVariants } from './platform-variants';
import { orphanedDeclarations } from './declaration-twins';
import { nameLeftMessage, namesLeft } from './names-left';

export type Severity = 'error' | 'warning';

/** Each code has one severity, documented in the README's list of verify findings. */
export const SEVERITY = {
  'missing-canonical-module': 'error',
  'unreadable-module': 'error',
  'missing-symbol': 'error',
  'api-gap': 'error',
  'consumer-gap': 'error',
  'python-interpreter': 'error',
  'missing-name': 'warning',
  'dropped-name': 'warning',
  'unchecked-module': 'warning',
  'unchecked-symbol': 'warning',
  'entry-point': 'warning',
  'platform-variant': 'error',
  'declaration-left': 'warning',
  'name-left': 'warning',
} as const satisfies Record<string, Severity>;

export type VerifyCode = keyof typeof SEVERITY;

export interface VerifyIssue {
  severity: Severity;
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
  /** Manifest entries checked (the compiled moves derived from an entry are checked with it). */
  moves: number;
}

export interface VerifyContext {
  reader?: ModuleApiReader;
  /** What the project's interpreter said about the Python modules outside the repository (undefined: none were asked about). */
  python?: PythonFacts;
  /** The repository root, where JS packages are resolved from. */
  root: string;
}

/** The module a move end names, in the form the API reader takes (dotted Python; JS module key). */
export const moduleOf = (move: Move, end: 'from' | 'to') => (move.language === 'python' ? move[end].module : end === 'from' ? move.fromKey : move.toKey);

export const errorsOf = (issues: readonly VerifyIssue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: readonly VerifyIssue[]) => issues.filter((i) => i.severity === 'warning');

/** A finding of `code` (its severity comes with the code). */
export function issue(code: VerifyCode, fields: Omit<VerifyIssue, 'severity' | 'code'>): VerifyIssue {
  return { severity: SEVERITY[code], code, ...fields };
}

export function verifyPlan(plan: MigrationPlan, context: VerifyContext): VerifyReport {
  const reader = context.reader ?? withDirectoryTargets(createModuleApiReader(plan, context.root, { packages: true }), plan, context.root);
  const issues: VerifyIssue[] = [];
  const moves = [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])];
  const seen = new Set<string>();
  const symbolMoved = symbolMovedNames(moves);
  const interpreter = interpreterProblem(context.python, moves);
  if (interpreter) issues.push(interpreter);
  for (const move of moves) {
    for (const found of verifyMove(move, { ...context, reader, moves, packages: packageContextOf(plan.javascript, context.root) }, symbolMoved)) {
      const key = `${found.code}|${found.source}|${found.symbol ?? ''}|${found.canonicalFile ?? ''}`;
      if (!seen.has(key)) issues.push(found);
      seen.add(key);
    }
  }
  for (const stale of staleEntryPoints(plan, context.root)) {
    issues.push(issue('entry-point', { move: stale.move.id, source: stale.move.source, language: 'python', message: stale.message, sites: [stale.site] }));
  }
  issues.push(...platformVariantIssues(plan, reader, context.root), ...declarationIssues(plan, reader, context.root));
  for (const left of namesLeft(plan, reader, context.root)) {
    const { move, file, lines, listedAt, namedAt } = left;
    const sites = [...lines, ...(listedAt !== undefined ? [listedAt] : []), ...(namedAt !== undefined ? [namedAt] : [])].map((line) => ({ path: file, line }));
    issues.push(issue('name-left', { move: move.id, source: move.source, language: 'python', symbol: move.from.symbol, legacyFile: file, message: nameLeftMessage(left), sites }));
  }
  // A module turned into a package or back: its new file must be there (the run carries its imports).
  const relocations = plan.python?.fileRelocations ?? [];
  for (const r of relocations) {
    if (isFileAt(path.join(context.root, r.to))) continue;
    const message = `./${r.to} does not exist: move the module's file first (git mv ${r.from} ${r.to}), then run again.`;
    issues.push(issue('missing-canonical-module', { move: `${r.from} → ${r.to}`, source: r.source, language: 'python', canonicalFile: r.to, message }));
  }
  // Counted as the user wrote them: a manifest entry's derived moves (a barrel's definer, carried imports) are its own.
  return { issues, moves: new Set([...moves, ...relocations].map((m) => m.source)).size };
}

/** A React Native platform build of a moved JS module left at the old place (platform-variants.ts). */
function platformVariantIssues(plan: MigrationPlan, reader: ModuleApiReader, root: string): VerifyIssue[] {
  const out: VerifyIssue[] = [];
  const seen = new Set<string>();
  for (const move of plan.javascript?.moves ?? []) {
    if (move.from.symbol || move.to.symbol || !move.fromKey.startsWith('file:') || !move.toKey.startsWith('file:')) continue;
    const canonical = reader.fileOf('javascript', move.toKey);
    if (canonical === undefined) continue; // missing-canonical-module says so
    for (const s of strandedVariants(root, move.fromKey, canonical)) {
      if (seen.has(s.variant)) continue;
      seen.add(s.variant);
      const message = `${move.source}: ${s.variant} is the legacy module's ${s.platform} build and the canonical module has none, so once imports name ${canonical} the ${s.platform} bundle loads that file instead; move it beside the canonical module (git mv ${s.variant} ${s.expected}), or delete it if ${s.platform} needs no build of its own.`;
      out.push(issue('platform-variant', { move: move.id, source: move.source, language: 'javascript', legacyFile: s.variant, canonicalFile: s.expected, message }));
    }
  }
  return out;
}

/** A moved module's stub left behind without its source (declaration-twins.ts). */
function declarationIssues(plan: MigrationPlan, reader: ModuleApiReader, root: string): VerifyIssue[] {
  return orphanedDeclarations(plan, root, (m) => reader.fileOf(m.language, moduleOf(m, 'to'))).map((o) => {
    const checker = o.move.language === 'python' ? 'mypy and pyright still find' : 'tsc still finds';
    const message = `${o.move.source}: ${o.stub} declares the legacy module, whose source is gone, and ${o.expected} does not exist: ${checker} the old module through it and the canonical module goes without it; move it (git mv ${o.stub} ${o.expected}), or delete it.`;
    return issue('declaration-left', { move: o.move.id, source: o.move.source, language: o.move.language, legacyFile: o.stub, canonicalFile: o.expected, message });
  });
}

/** `legacyKey:Name` for every name with a symbol move of its own (covered whatever a whole-module move says). */
export function symbolMovedNames(moves: readonly Move[]): Set<string> {
  return new Set(moves.filter((m) => m.from.symbol).map((m) => `${m.fromKey}:${m.from.symbol}`));
}

/** An interpreter the user named (--python, python.interpreter) that cannot run is one error, not one per move. */
function interpreterProblem(python: PythonFacts | undefined, moves: readonly Move[]): VerifyIssue | undefined {
  if (python?.kind !== 'unavailable' || python.choice.origin === undefined) return undefined;
  const first = moves.find((m) => m.language === 'python')!;
  const where = python.choice.origin === '--python' ? '--python' : 'python.interpreter in the manifest';
  return issue('python-interpreter', {
    move: first.id,
    source: python.choice.origin === '--python' ? '--python' : '$.python.interpreter',
    language: 'python',
    message: `${where} names ${python.choice.command}, which cannot run (${python.reason}), so the modules outside the repository were not checked; point it at the project's Python 3 (e.g. .venv/bin/python).`,
  });
}

type MoveContext = VerifyContext & { reader: ModuleApiReader; moves: readonly Move[]; packages: PackageContext };

function verifyMove(move: Move, context: MoveContext, symbolMoved: ReadonlySet<string>): VerifyIssue[] {
  const base = { move: move.id, source: move.source, language: move.language };
  const canonical = context.reader.api(move.language, moduleOf(move, 'to'));
  if (!canonical) return move.language === 'python' ? outsidePython(move, context.python, namesMovedOnto(move, context.reader, symbolMoved)) : missingPackage(move, context.root, context.packages);
  if (canonical.problem && !canonical.open) {
    return [issue('unreadable-module', { ...base, canonicalFile: canonical.file, message: `${move.source}: canonical module ${canonical.file} could not be read (${canonical.problem}); fix the file so its names can be checked.` })];
  }
  const canonicalFile = canonical.file;
  if (canonical.external !== undefined) return move.to.symbol ? [uncheckedSymbol(move, `it is ${canonical.external}, outside the root's node_modules, whose names are not read`)] : [];
  if (move.to.symbol) {
    if (canonical.provided.has(move.to.symbol) || renamedThroughReexport(move, canonical, context)) return [];
    // A module with __getattr__ or a star import from outside the repository may provide any name: one
    // it does not bind is said so (werkzeug's datastructures binds OldH only as `NewH as OldH`).
    if (canonical.open) return [uncheckedSymbol(move, `${canonicalFile} does not bind it, and a module-level __getattr__ or a star import from outside the repository there may provide any name at run time, which verify cannot read; make sure it does, or bind ${move.to.symbol} there`)];
    const fix = canonicalFile.startsWith('node_modules/') ? `fix the "to" of the move (the installed package ${move.to.module} does not export ${move.to.symbol})` : `fix the "to" of the move or add ${move.to.symbol} to ${canonicalFile}`;
    return [issue('missing-symbol', { ...base, symbol: move.to.symbol, canonicalFile, message: `${move.source}: ${move.to.symbol} is not provided by ${canonicalFile} (not defined, imported, assigned, exported or listed in __all__); ${fix}.` })];
  }
  if (move.from.symbol || canonical.open) return [];
  const legacy = context.reader.api(move.language, moduleOf(move, 'from'));
  if (!legacy || legacy.external !== undefined) return []; // nothing to compare
  if (legacy.problem && legacy.open) return []; // too large to read: nothing to compare
  if (legacy.problem) {
    return [issue('unreadable-module', { ...base, legacyFile: legacy.file, canonicalFile, message: `${move.source}: legacy module ${legacy.file} could not be read (${legacy.problem}), so its API cannot be compared with ${canonicalFile}; fix the file, or compare the two by hand and pass --no-verify.` })];
  }
  const dropped = new Set(move.dropped);
  return gaps(move, legacy, legacy.publicNames.filter((name) => !canonical.provided.has(name) && !symbolMoved.has(`${move.fromKey}:${name}`) && !dropped.has(name)), canonicalFile);
}

function gaps(move: Move, legacy: ModuleApi, names: readonly string[], canonicalFile: string): VerifyIssue[] {
  return names.map((name) =>
    issue('api-gap', {
      move: move.id,
      source: move.source,
      language: move.language,
      symbol: name,
      legacyFile: legacy.file,
      canonicalFile,
      message: `${move.source}: ${name} is provided by legacy ${legacy.file} but not by canonical ${canonicalFile}; importers of it would break. Add a symbol move "${move.from.module}:${name}" → the module where ${name} really lives (before this move), add ${name} to ${canonicalFile}, or, if it goes nowhere on purpose, list it in the move's "dropped".`,
    }),
  );
}

/** The names a move brings to its canonical module: its symbol, or the legacy module's public API (minus names moved on their own). */
export function namesMovedOnto(move: Move, reader: ModuleApiReader, symbolMoved: ReadonlySet<string>): string[] {
  if (move.to.symbol) return [move.to.symbol];
  if (move.from.symbol) return [];
  const legacy = reader.api(move.language, moduleOf(move, 'from'));
  if (!legacy || legacy.problem || legacy.external !== undefined) return [];
  return legacy.publicNames.filter((name) => !symbolMoved.has(`${move.fromKey}:${name}`));
}

/** A Python canonical module outside the roots: what the project's interpreter said about it (and, with --import, about `wanted`). */
function outsidePython(move: Move, python: PythonFacts | undefined, wanted: readonly string[]): VerifyIssue[] {
  const base = { move: move.id, source: move.source, language: move.language };
  const inRepo = expectedFiles(move);
  if (python === undefined) return [issue('missing-canonical-module', { ...base, message: `${move.source}: canonical module ${move.to.module} does not exist in the repository (${inRepo}); fix the "to" of the move or create the module.` })];
  if (python.kind === 'unavailable') {
    // A named interpreter that cannot run is reported once (python-interpreter); python3 missing from PATH is a warning per move.
    if (python.choice.origin !== undefined) return [];
    return [issue('unchecked-module', { ...base, message: `${move.source}: canonical module ${move.to.module} is not in the repository, and ${python.choice.command} (${python.reason}) could not be asked whether it is installed, so that check was skipped; put python3 on PATH or pass --python PATH to check it.` })];
  }
  const fact = python.modules.get(move.to.module);
  if (!fact?.found) {
    const why = fact?.error ? ` (${fact.error})` : '';
    return [issue('missing-canonical-module', { ...base, message: `${move.source}: canonical module ${move.to.module} is neither in the repository (${inRepo}) nor importable by ${python.interpreter}${why}; fix the "to" of the move, install the package into that interpreter, or point --python / python.interpreter at the project's interpreter.` })];
  }
  if (fact.importError !== undefined) return [issue('unchecked-module', { ...base, message: `${move.source}: importing ${move.to.module} with ${python.interpreter} failed (${fact.importError}), so its names were not checked; fix the import or check them by hand.` })];
  if (fact.missingNames === undefined) return move.to.symbol ? [uncheckedSymbol(move, `it is outside the repository (${fact.origin ?? 'installed'}) and checking a name means importing the module, which runs its code; ssot-codemod verify --import does that`)] : [];
  return fact.missingNames.filter((name) => wanted.includes(name)).map((name) =>
    move.to.symbol
      ? issue('missing-symbol', { ...base, symbol: name, canonicalFile: fact.origin, message: `${move.source}: ${name} is not an attribute of ${move.to.module} as imported by ${python.interpreter}; fix the "to" of the move.` })
      : issue('api-gap', { ...base, symbol: name, canonicalFile: fact.origin, message: `${move.source}: ${name} is provided by the legacy module but not by ${move.to.module} as imported by ${python.interpreter}; importers of it would break. Add a symbol move "${move.from.module}:${name}" → the module where ${name} really lives.` }),
  );
}

/**
 * A rename in place on a barrel that re-exports the old name from the file that now defines the new
 * one: the run renames that re-export too (the move renames-at-definition.ts derives for that file),
 * so the barrel provides the new name once it has run.
 */
function renamedThroughReexport(move: Move, canonical: ModuleApi, context: MoveContext): boolean {
  const { symbol: oldName } = move.from;
  if (!isRenameInPlace(move) || oldName === undefined || !canonical.provided.has(oldName)) return false;
  // Bound as an alias of the new name already (`from .headers import NewH as OldH`): nothing renames it.
  if (canonical.importedFrom?.get(oldName)?.endsWith(`:${move.to.symbol}`)) return false;
  return context.moves.some(
    (m) => m !== move && m.source === move.source && isRenameInPlace(m) && m.from.symbol === oldName && m.to.symbol === move.to.symbol && canonical.loadsFrom.includes(context.reader.api(m.language, moduleOf(m, 'from'))?.file ?? ''),
  );
}

function uncheckedSymbol(move: Move, why: string): VerifyIssue {
  return issue('unchecked-symbol', { move: move.id, source: move.source, language: move.language, symbol: move.to.symbol, message: `${move.source}: ${move.to.symbol} was not checked in ${move.to.module}: ${why}.` });
}

/** A JS canonical module that is neither a repository file nor a resolvable package. */
function missingPackage(move: Move, root: string, packages: PackageContext): VerifyIssue[] {
  const base = { move: move.id, source: move.source, language: move.language };
  if (!move.toKey.startsWith('pkg:')) {
    return [issue('missing-canonical-module', { ...base, message: `${move.source}: canonical module ${move.to.module} does not exist in the repository (${expectedFiles(move)}); fix the "to" of the move or create the module.` })];
  }
  const specifier = move.toKey.slice('pkg:'.length);
  const [name] = splitSpecifier(specifier);
  const resolved = resolvePackage(specifier, root, packages);
  if (resolved.kind === 'unresolved') {
    const workspace = packages.workspaces?.[name];
    const where = workspace !== undefined && path.join(root, workspace) === resolved.packageDir ? `is the workspace package in ${workspace}` : `is installed (${resolved.packageDir})`;
    const fix = workspace !== undefined ? 'build the package, point tsconfig customConditions at a condition its "exports" offer, or fix the "to" of the move' : 'fix the "to" of the move';
    return [issue('missing-canonical-module', { ...base, message: `${move.source}: package ${name} ${where} but ${specifier} does not resolve: ${resolved.reason}; ${fix}.` })];
  }
  const declaredIn = declaredDependency(name, root);
  if (declaredIn !== undefined) {
    return [issue('unchecked-module', { ...base, message: `${move.source}: package ${name} is declared in ${declaredIn} but not installed (no node_modules/${name} from the root upwards), so ${specifier} was not checked; run npm install (or npm ci) to check it.` })];
  }
  // `"to": "src/new.ts"`: a repository path written without its `./` reads as a package name.
  const file = repositoryFile(specifier, root);
  if (file !== undefined) {
    return [issue('missing-canonical-module', { ...base, message: `${move.source}: "${move.to.module}" reads as a package (${name} is not installed), but it is the repository file ${file}; write it with a leading "./" ("./${specifier}") in the "to" of the move.` })];
  }
  return [issue('missing-canonical-module', { ...base, message: `${move.source}: package ${name} is neither installed (no node_modules/${name} from the root upwards) nor declared in a package.json; install it (npm i ${name}) or fix the "to" of the move.` })];
}

function expectedFiles(move: Move): string {
  if (move.language === 'python') {
    const rel = move.to.module.split('.').join('/');
    return `looked for ${rel}.py and ${rel}/__init__.py under the python roots`;
  }
  return `looked for ${move.toKey.slice('file:'.length)} with the JS extensions and index files`;
}
