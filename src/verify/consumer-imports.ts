// Which names the repository's files import from the legacy module of each whole-module move, as
// the rewriter sees them: `from legacy import A, B` (Python, absolute or relative), `L.A` through
// `import pkg.legacy [as L]` or `from pkg import legacy [as L]`, the submodule `sub` of a moved
// package through `import legacy.sub…` or `from legacy.sub… import X`, `A` of a string target the
// run re-points (`mock.patch("legacy.A.method")`), and `import { A } from 'legacy'`, `import A
// from 'legacy'` (as `default`), `export { A } from 'legacy'` (JS/TS, bare specifiers read through
// tsconfig's baseUrl like the rewriter does), and a module below a moved JS module (`'legacy/sub'`
// in any form the run rewrites: import, require, import(), jest.mock…) as `./sub`. Reads every file
// as run does (one reused buffer, run's size limit) and tokenizes only those run's prefilter lets
// through (a file naming no legacy module imports nothing from one); files that do not parse are
// passed over. Used by consumer-check.ts (verify).
import path from 'node:path';
import type { Node } from '@babel/types';
import { discoverFiles } from '../pipeline/discover';
import { createPlanPrefilter } from '../pipeline/prefilter';
import { createReadScratch, readIntoScratch } from '../pipeline/read-scratch';
import { JS_EXTENSIONS, moduleKeyOf } from '../rewrite/js/module-key';
import { indexMoves } from '../rewrite/js/move-index';
import { collectReferenceSites } from '../rewrite/js/references';
import { parseSource } from '../rewrite/js/parse';
import { createLineIndex } from '../rewrite/line-index';
import { moduleOfPath, resolveRelative } from '../rewrite/python/module-path';
import { moveIndexOf, type MoveIndex as PythonMoveIndex } from '../rewrite/python/move-index';
import { attributeAfter, chainUses, scanNames } from '../rewrite/python/name-uses';
import type { ImportStatement } from '../rewrite/python/import-statements';
import { readSource } from '../rewrite/python/read-source';
import { stringLiteralParts } from '../rewrite/python/string-scanner';
import { tokenHolding } from '../rewrite/python/token-search';
import { Tok, type Tokens } from '../rewrite/python/tokenizer';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline/process-file';
import type { JsModuleKey, MigrationPlan, Move } from '../types';
import { blockSource, isComponentFile, scriptBlocks } from '../rewrite/js/sfc';

export interface ImportSite {
  /** Repo-relative path of the importing file. */
  path: string;
  line: number;
}

/**
 * By whole-module move id: each imported name, with every place that imports it (in path order).
 * JS modules below the moved one are named by their path with `./` (`./sub`), apart from export names.
 */
export type ConsumerImports = Map<string, Map<string, ImportSite[]>>;

const PYTHON_EXTENSIONS = ['.py', '.pyi'];

/** Which files are read: the command's paths and globs (default: the whole root) and run's size limit. */
export interface CensusOptions {
  paths?: readonly string[];
  cwd?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileSize?: number;
}

export function collectConsumerImports(plan: MigrationPlan, root: string, options: CensusOptions = {}): ConsumerImports {
  const out: ConsumerImports = new Map();
  const python = new Map((plan.python?.moves ?? []).filter((m) => !m.from.symbol).map((m) => [m.from.module, m] as const));
  const javascript = new Map((plan.javascript?.moves ?? []).filter((m) => !m.from.symbol).map((m) => [m.fromKey, m] as const));
  if (python.size === 0 && javascript.size === 0) return out;
  const extensions = [...(python.size > 0 ? PYTHON_EXTENSIONS : []), ...(javascript.size > 0 ? JS_EXTENSIONS : [])];
  const mayName = createPlanPrefilter(plan);
  const scratch = createReadScratch();
  const record = (move: Move, name: string, site: ImportSite) => {
    const names = out.get(move.id) ?? new Map<string, ImportSite[]>();
    out.set(move.id, names);
    names.set(name, [...(names.get(name) ?? []), site]);
  };
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files = discoverFiles({ root, paths: options.paths ?? [], cwd: options.cwd ?? root, extensions, include: options.include, exclude: [...plan.exclude, ...(options.exclude ?? [])] });
  for (const candidate of files) {
    if (candidate.skip) continue;
    let bytes: Buffer;
    try {
      // The same guard as run: a file run skips as too-large (or not a file) is not read here either.
      const read = readIntoScratch(path.join(root, candidate.path), maxFileSize, scratch);
      if (!Buffer.isBuffer(read)) continue;
      bytes = read;
    } catch {
      continue; // unreadable: run reports it; nothing to learn here
    }
    const isPython = PYTHON_EXTENSIONS.some((e) => candidate.path.endsWith(e));
    if (!mayName(bytes, candidate.path, isPython ? 'python' : 'javascript')) continue;
    const text = bytes.toString('utf8');
    // An import the run leaves alone (opted out) is the user's decision, not a gap the rewrite would open.
    const optedOut = text.includes('ssot-codemod-ignore') ? optedOutLines(text) : undefined;
    const recordHere: RecordSite = optedOut ? (move, name, site) => optedOut(site.line) || record(move, name, site) : record;
    try {
      if (isPython) pythonImports(text, candidate.path, plan, python, recordHere);
      else javascriptImports(text, candidate.path, plan, javascript, recordHere);
    } catch {
      // A file that does not parse imports nothing we can name; run reports it as failed.
    }
  }
  return out;
}

type RecordSite = (move: Move, name: string, site: ImportSite) => void;

/**
 * The lines a `ssot-codemod-ignore` comment opts out, as run reads them: its own line when it follows
 * code, the next line when it stands alone; every line after a `ssot-codemod-ignore-file` comment
 * among the leading comments. Read on the text: an import statement is opted out by its first line.
 */
function optedOutLines(text: string): (line: number) => boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const comment = /(?:#|\/\/|\/\*)[^\n]*\bssot-codemod-ignore(-file)?\b/;
  const marked = new Set<number>();
  let leading = true;
  for (let i = 0; i < lines.length; i++) {
    const m = comment.exec(lines[i]);
    const alone = /^\s*(?:#|\/\/|\/\*)/.test(lines[i]);
    if (m?.[1] && leading) return () => true;
    if (m && !m[1]) marked.add(alone ? i + 2 : i + 1);
    if (!alone && lines[i].trim() !== '') leading = false;
  }
  return (line) => marked.has(line);
}

function pythonImports(text: string, file: string, plan: MigrationPlan, moves: ReadonlyMap<string, Move>, record: RecordSite): void {
  if (moves.size === 0) return;
  const { imports, tokens } = readSource(text, file);
  const pkg = moduleOfPath(file, plan.python?.roots ?? ['.'])?.package;
  const lines = createLineIndex(text);
  const absolute = (stmt: ImportStatement) => (stmt.level === 0 ? stmt.module : pkg ? resolveRelative(pkg, stmt.level, stmt.module) : undefined);
  /** Local dotted names bound to a legacy module (`L` of `import pkg.legacy as L`), with their move. */
  const aliases: [string, Move][] = [];
  /** `import legacy_pkg.sub…` / `from legacy_pkg.sub… import X`: a moved package's submodule, which its canonical package must have too. */
  const index = moveIndexOf(plan.python?.moves ?? []);
  const recordSubmodule = (module: string, offset: number) => {
    // The rewriter's own lookup: the nearest moved package above `module` (only called without a move of its own).
    const above = index.moduleTarget(module)?.move;
    if (above) record(above, module.slice(above.from.module.length + 1).split('.')[0], { path: file, line: lines.position(offset).line });
  };
  for (const stmt of imports) {
    if (stmt.kind === 'import') {
      for (const item of stmt.items) {
        const move = moves.get(item.name);
        if (move) aliases.push([item.alias ?? item.name, move]);
        else recordSubmodule(item.name, item.nameStart);
      }
      continue;
    }
    if (stmt.star) continue;
    const from = absolute(stmt);
    if (from === undefined) continue;
    const move = moves.get(from);
    if (!move) recordSubmodule(from, stmt.start);
    for (const item of stmt.items) {
      if (move) record(move, item.name, { path: file, line: lines.position(item.nameStart).line });
      // `from pkg import legacy`: the legacy module itself, used as `legacy.A`.
      const submodule = moves.get(from ? `${from}.${item.name}` : item.name);
      if (submodule) aliases.push([item.alias ?? item.name, submodule]);
    }
  }
  stringTargets(text, tokens, index, moves, (move, name, offset) => record(move, name, { path: file, line: lines.position(offset).line }));
  if (aliases.length === 0) return;
  const names = scanNames(text, tokens, imports);
  for (const [local, move] of aliases) {
    for (const chain of chainUses(names, local)) {
      const attribute = attributeAfter(names, chain);
      if (attribute !== undefined) record(move, attribute, { path: file, line: lines.position(chain.start).line });
    }
  }
}

/**
 * Plain strings the run re-points (strings-pass.ts: nothing but a dotted path, no f-string, no
 * bytes) that start with a whole-moved module: `"legacy.A"` and `"legacy.A.method"` name `A` (of a
 * moved package, `A` may be a submodule), `"legacy"` alone names nothing. Found as the run finds
 * and maps them: a search of the text for legacy paths, each hit mapped to the token holding it,
 * then the move index's mapPath (symbol moves are not the census's business).
 */
function stringTargets(text: string, t: Tokens, index: PythonMoveIndex, moves: ReadonlyMap<string, Move>, found: (move: Move, name: string, offset: number) => void): void {
  if (!index.legacyPathPattern) return;
  let k = 0;
  for (const m of text.matchAll(index.legacyPathPattern)) {
    k = tokenHolding(t, m.index!, k);
    if (k < 0) break;
    if (t.kind[k] !== Tok.String || t.code[k] !== 0 || t.start[k] > m.index!) continue;
    const { prefix, quote, body } = stringLiteralParts(text.slice(t.start[k], t.end[k]));
    if (t.start[k] + prefix + quote !== m.index || /[\\\s]/.test(body)) continue;
    const move = index.mapPath(m[0])?.move;
    if (!move || moves.get(move.from.module) !== move) continue;
    const name = m[0].slice(move.from.module.length + 1).split('.')[0];
    if (name) found(move, name, t.start[k]);
  }
}

function javascriptImports(text: string, file: string, plan: MigrationPlan, moves: ReadonlyMap<string, Move>, record: RecordSite): void {
  if (moves.size === 0) return;
  // A component's script blocks, each read at its own place in the file (sfc.ts).
  if (isComponentFile(file)) {
    for (const block of scriptBlocks(text, file)) moduleImports(blockSource(text, block), block.path, file, plan, moves, record);
    return;
  }
  moduleImports(text, file, file, plan, moves, record);
}

function moduleImports(text: string, parsedAs: string, file: string, plan: MigrationPlan, moves: ReadonlyMap<string, Move>, record: RecordSite): void {
  const program = parseSource(text, parsedAs).program;
  const lines = createLineIndex(text);
  const context = { importer: file, aliases: plan.javascript?.aliases ?? [], baseUrl: plan.javascript?.baseUrl, knownFiles: knownFiles(plan) };
  for (const statement of program.body as Node[]) {
    if ((statement.type !== 'ImportDeclaration' && statement.type !== 'ExportNamedDeclaration') || !statement.source) continue;
    const move = moves.get(moduleKeyOf(statement.source.value, context));
    if (!move) continue;
    for (const specifier of statement.specifiers as Node[]) {
      const name = importedName(specifier);
      if (name !== undefined) record(move, name, { path: file, line: lines.position(specifier.start ?? 0).line });
    }
  }
  // A module below a moved one: the rewriter's index carries the move down the path (move-index.ts).
  const index = indexMoves(plan.javascript!);
  const byId = new Map([...moves.values()].map((m) => [m.id, m] as const));
  for (const site of collectReferenceSites(program, text)) {
    if (site.kind === 'computed' || site.kind === 'glob') continue;
    const key = moduleKeyOf(site.value, context);
    const below = moves.has(key) ? undefined : index.get(key)?.whole;
    const move = below && byId.get(below.id);
    if (move) record(move, `./${key.slice(move.fromKey.length + 1)}`, { path: file, line: lines.position(site.node.start ?? 0).line });
  }
}

/** The plan's file modules: what a bare specifier may reach through baseUrl (as src/rewrite/js/context.ts reads it). */
function knownFiles(plan: MigrationPlan): Set<JsModuleKey> {
  const keys = new Set<JsModuleKey>();
  for (const move of plan.javascript?.moves ?? []) for (const key of [move.fromKey, move.toKey]) if (key.startsWith('file:')) keys.add(key);
  return keys;
}

/** The name a specifier takes from the module (`default` for a default import); undefined for namespaces. */
function importedName(specifier: Node): string | undefined {
  const nameOf = (node: Node) => (node.type === 'Identifier' ? node.name : node.type === 'StringLiteral' ? node.value : undefined);
  if (specifier.type === 'ImportSpecifier') return nameOf(specifier.imported);
  if (specifier.type === 'ImportDefaultSpecifier') return 'default';
  if (specifier.type === 'ExportSpecifier') return nameOf(specifier.local);
  return undefined;
}
