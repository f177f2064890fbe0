// Compiles a validated manifest into the MigrationPlan every worker receives once:
// moves split into module/symbol ends, chains resolved (A→B, B→C becomes A→C), cycles refused,
// JS ends normalised to module keys, and the prefilter's needles derived. Pure.
import path from 'node:path';
import { manifestError } from '../errors';
import { INDEX, isRelativeSpecifier, JS_EXTENSIONS, moduleKeyOf, modulePathOf, keyPath, stripModuleSuffix, type SpecifierContext } from '../rewrite/js/module-key';
import type { FileRelocation, JsAlias, Language, LocalNameMode, MigrationPlan, ModuleRef, Move } from '../types';
import { packageHint, pythonEndOf, type PythonEnd } from './python-file-ends';
import { staleAliasNotices } from './stale-aliases';
import type { Manifest, ManifestMove } from './manifest';

export interface PlanContext {
  /** Manifest file name, for messages. */
  file: string;
  /** tsconfig-derived aliases (see tsconfig.ts); empty without a tsconfig. */
  aliases?: JsAlias[];
  baseUrl?: string;
  /** tsconfig `customConditions`. */
  conditions?: string[];
}

/** Specifier schemes whose colon is part of the module (`node:fs`), not a `:Symbol` suffix. */
const JS_SCHEMES = new Set(['node', 'bun', 'npm', 'jsr', 'data', 'virtual']);

/** Splits `module:Symbol`; `node:fs`-style schemes without a symbol stay whole. */
export function parseModuleRef(text: string, language: Language): ModuleRef {
  const colon = text.lastIndexOf(':');
  if (colon <= 0) return { module: text };
  const module = text.slice(0, colon);
  if (language === 'javascript' && JS_SCHEMES.has(module)) return { module: text };
  return { module, symbol: text.slice(colon + 1) };
}

const refText = (ref: ModuleRef) => (ref.symbol ? `${ref.module}:${ref.symbol}` : ref.module);

/**
 * A move the plan derives from a manifest entry between other ends (a moved file's carried
 * specifiers, a rename at the defining file): the entry's source and local-name mode, its own id.
 */
export function derivedMove(parent: Move, from: ModuleRef, to: ModuleRef, fromKey: string, toKey: string): Move {
  const { dropped: _dropped, ...kept } = parent;
  return { ...kept, id: `${refText(from)} → ${refText(to)}`, from, to, fromKey, toKey };
}

export function compilePlan(manifest: Manifest, context: PlanContext): MigrationPlan {
  const notices: string[] = [];
  const plan: MigrationPlan = { exclude: [...(manifest.exclude ?? [])], needles: [], notices };
  const aliases = retireAliases(manifest.javascript?.moves ?? [], { importer: '.', aliases: context.aliases ?? [], baseUrl: context.baseUrl });
  const jsContext: SpecifierContext = { importer: '.', aliases, baseUrl: context.baseUrl };

  if (manifest.python) {
    const roots = (manifest.python.roots ?? ['.']).map((r) => path.posix.normalize(r).replace(/\/$/, '') || '.');
    const { moves: written, fileRelocations } = pythonFileEnds(manifest.python.moves, roots, context.file);
    const moves = compileMoves({ ...manifest.python, moves: written }, 'python', (m) => m, context.file, notices);
    plan.python = {
      roots,
      moves,
      ...(fileRelocations.length > 0 ? { fileRelocations } : {}),
      legacyModules: [...new Set(moves.map((m) => m.from.module))],
      ...(manifest.python.interpreter !== undefined ? { interpreter: manifest.python.interpreter } : {}),
      ...(manifest.python.version !== undefined ? { version: manifest.python.version } : {}),
    };
    plan.exclude.push(...(manifest.python.exclude ?? []));
  }
  if (manifest.javascript) {
    const moves = compileMoves(manifest.javascript, 'javascript', (m) => moduleKeyOf(m, jsContext), context.file, notices);
    const explicitFiles = Object.fromEntries(moves.filter(isIndexRelocation).map((m) => [keyPath(m.toKey)!, m.fromKey]));
    plan.javascript = {
      aliases,
      baseUrl: context.baseUrl,
      moves,
      ...(context.conditions ? { conditions: context.conditions } : {}),
      ...(Object.keys(explicitFiles).length > 0 ? { explicitFiles } : {}),
    };
    plan.exclude.push(...(manifest.javascript.exclude ?? []));
    notices.push(...staleAliasNotices(moves, aliases));
  }
  plan.needles = deriveNeedles(plan);
  return plan;
}

/**
 * The aliases with those a whole-module move retires marked (JsAlias.retired): the move's `from` is
 * the alias itself (`@/old-ui` for a `paths` entry `@/old-ui/*` or `@/old-ui`) and the alias leads
 * into the move's canonical module: a compatibility layer over the canonical directory, where only
 * the spelling tells a legacy reference from a canonical one (shadcn-ui's `@/app/(create)/*` →
 * `./app/(app)/(create)/*`). An alias leading elsewhere keeps naming files, and moves match by file.
 */
function retireAliases(moves: readonly ManifestMove[], context: SpecifierContext): JsAlias[] {
  const retired = new Set<JsAlias>();
  for (const move of moves) {
    const from = parseModuleRef(move.from, 'javascript');
    const to = parseModuleRef(move.to, 'javascript');
    if (from.symbol || to.symbol || isRelativeSpecifier(from.module) || from.module.startsWith('/')) continue;
    const canonical = moduleKeyOf(to.module, context);
    for (const alias of context.aliases) {
      if (alias.pattern !== from.module && alias.pattern !== `${from.module}/*`) continue;
      const target = alias.targets[0];
      if (target === undefined) continue;
      const reached = `file:${stripModuleSuffix(path.posix.normalize(target.replace(/\/?\*$/, '')) || '.')}`;
      if (reached === canonical || reached.startsWith(`${canonical}/`)) retired.add(alias);
    }
  }
  return context.aliases.map((a) => (retired.has(a) ? { ...a, retired: true } : a));
}

interface RawMove {
  from: ModuleRef;
  to: ModuleRef;
  fromKey: string;
  toKey: string;
  source: string;
  localName: LocalNameMode;
  dropped?: string[];
}

/**
 * Python ends written as files, read as dotted modules (python-file-ends.ts). A move between two
 * files of one module (`./pkg/util.py` → `./pkg/util/__init__.py`) moves no name: it is a
 * relocation (PythonPlan.fileRelocations), and its entry is left out of the moves (a hole keeps the
 * others' `$.python.moves[i]`).
 */
function pythonFileEnds(moves: readonly ManifestMove[], roots: readonly string[], file: string): { moves: (ManifestMove | undefined)[]; fileRelocations: FileRelocation[] } {
  const fileRelocations: FileRelocation[] = [];
  const written = moves.map((m, i): ManifestMove | undefined => {
    const source = `$.python.moves[${i}]`;
    const from = pythonEndOf(m.from, roots, `${file}: ${source}.from`);
    const to = pythonEndOf(m.to, roots, `${file}: ${source}.to`);
    if (from.file !== undefined && to.file !== undefined && from.module === to.module && from.file !== to.file) {
      if (from.symbol !== undefined || to.symbol !== undefined) throw manifestError(`${file}: ${source} moves ${from.module}'s file, which takes all its names along; drop the :Symbol.`);
      fileRelocations.push({ module: from.module, from: from.file, to: to.file, source });
      return undefined;
    }
    const dotted = (end: PythonEnd) => (end.symbol === undefined ? end.module : `${end.module}:${end.symbol}`);
    return { ...m, from: dotted(from), to: dotted(to) };
  });
  return { moves: written, fileRelocations };
}

function compileMoves(
  section: { moves: (ManifestMove | undefined)[]; localName?: LocalNameMode; roots?: string[] },
  language: Language,
  keyOf: (module: string) => string,
  file: string,
  notices: string[],
): Move[] {
  const raw: RawMove[] = section.moves.flatMap((m, i) => {
    if (m === undefined) return [];
    const source = `$.${language}.moves[${i}]`;
    // `./src/old/` was read as a module named by its slash, which no import spells: a silent no-op (zustand trial).
    for (const end of ['from', 'to'] as const) {
      const written = m[end];
      if (language === 'javascript' && /[^/]\/$/.test(written.split(':')[0])) {
        throw manifestError(`${file}: ${source}.${end} "${written}" ends with "/": write the folder without it ("${written.split(':')[0].replace(/\/+$/, '')}"), which names its index and every module below it.`);
      }
    }
    const from = parseModuleRef(m.from, language);
    const to = parseModuleRef(m.to, language);
    const localName = m.localName ?? section.localName ?? 'rename';
    if (m.dropped && (from.symbol || to.symbol)) {
      throw manifestError(`${file}: ${source}.dropped lists names of a legacy module, so it belongs on a whole-module move (from and to without :Symbol); a symbol move that goes nowhere is no move: delete it.`);
    }
    const toKey = keyOf(to.module);
    let fromKey = keyOf(from.module);
    if (language === 'javascript' && fromKey === toKey && !from.symbol && !to.symbol) fromKey = fileKeyOfIndexMove(from.module, to.module, fromKey) ?? fromKey;
    if (fromKey === toKey && (to.symbol ?? from.symbol) === from.symbol) throw manifestError(`${file}: ${source} ${selfMoveReason(from, to, language, section.roots)}`);
    return [{ from, to, fromKey, toKey, source, localName, ...(m.dropped ? { dropped: m.dropped } : {}) }];
  });
  const node = (key: string, symbol?: string) => (symbol ? `${key}:${symbol}` : key);
  const byFrom = new Map<string, RawMove>();
  for (const move of raw) {
    const id = node(move.fromKey, move.from.symbol);
    const other = byFrom.get(id);
    if (other) {
      throw manifestError(`${file}: ${move.source}.from names the same module as ${other.source}.from; keep one move per legacy module or symbol.`);
    }
    byFrom.set(id, move);
  }

  // A whole-module move into a module whose symbol moves on: the symbol follows its own move.
  const derived: RawMove[] = [];
  for (const move of raw) {
    if (move.from.symbol) continue;
    for (const next of raw) {
      if (next.from.symbol && next.fromKey === move.toKey && !byFrom.has(node(move.fromKey, next.from.symbol))) {
        derived.push({ ...move, from: { ...move.from, symbol: next.from.symbol }, to: { ...move.to, symbol: next.from.symbol }, source: move.source });
      }
    }
  }
  for (const d of derived) byFrom.set(node(d.fromKey, d.from.symbol), d);

  const resolved: Move[] = [];
  for (const move of [...raw, ...derived]) {
    let to = move.to;
    let toKey = move.toKey;
    const visited = [refText(move.from)];
    const via = new Set<string>();
    for (;;) {
      const next = byFrom.get(node(toKey, to.symbol)) ?? moduleLevel(byFrom, toKey, to.symbol);
      if (!next) break;
      if (visited.includes(refText(next.from)) || next === move) {
        throw manifestError(`${file}: ${move.source} is part of a cycle (${[...visited, refText(next.from)].join(' → ')}); remove one of these moves.`);
      }
      visited.push(refText(next.from));
      if (next.source !== move.source) via.add(next.source);
      to = next.to.symbol || !to.symbol ? next.to : { module: next.to.module, symbol: to.symbol };
      toKey = next.toKey;
    }
    if (visited.length > 1) notices.push(`chain resolved: ${visited.join(' → ')} → ${refText(to)} (${move.source})`);
    resolved.push({
      id: `${refText(move.from)} → ${refText(to)}`,
      language,
      from: move.from,
      to,
      fromKey: move.fromKey,
      toKey,
      source: move.source,
      localName: move.localName,
      ...(via.size > 0 ? { via: [...via] } : {}),
      ...(move.dropped && !move.from.symbol ? { dropped: move.dropped } : {}),
    });
  }
  return resolved;
}

/** A symbol whose module moves wholesale follows that module (a:X → b:X, b → c gives a:X → c:X). */
function moduleLevel(byFrom: Map<string, RawMove>, key: string, symbol: string | undefined): RawMove | undefined {
  return symbol ? byFrom.get(key) : undefined;
}

/** Literal strings one of which every file referring to a legacy module must contain. */
function deriveNeedles(plan: MigrationPlan): string[] {
  const needles = new Set<string>();
  for (const move of plan.python?.moves ?? []) {
    needles.add(move.from.module.split('.').pop()!);
  }
  for (const needle of javascriptNeedles(plan.javascript?.moves ?? [])) needles.add(needle);
  return [...needles].sort();
}

/** The JS part of the needles: a moved file's base name, or the specifier of a moved package. */
export function javascriptNeedles(moves: readonly Move[]): string[] {
  const needles = new Set<string>();
  for (const move of moves) {
    const file = keyPath(move.fromKey);
    if (file === undefined) {
      needles.add(move.from.module);
      continue;
    }
    const base = path.posix.basename(file);
    needles.add(base === '.' || base === '..' || base === '' ? move.from.module : base);
  }
  return [...needles];
}

/**
 * `./util.ts` → `./util/index.ts` (or back): one module to an import without an extension, so the
 * move's legacy side is the old file itself, `file:src/util.ts` (`file:src/util/index.ts`), which
 * only imports spelling it reach (JavascriptPlan.explicitFiles). Undefined when `from` does not say
 * which file it was (`./util` without an extension).
 */
function fileKeyOfIndexMove(from: string, to: string, key: string): string | undefined {
  if (INDEX.test(from) === INDEX.test(to)) return undefined;
  const last = from.slice(from.lastIndexOf('/') + 1);
  if (INDEX.test(from)) return `${key}/${last}`;
  const extension = JS_EXTENSIONS.find((e) => last.endsWith(e));
  return extension === undefined ? undefined : `${key}${extension}`;
}

function isIndexRelocation(move: Move): boolean {
  return !move.from.symbol && move.fromKey !== move.toKey && `file:${modulePathOf(move.fromKey)}` === move.toKey;
}

/** Why a move whose two ends are one module (and symbol) is refused, in words that name the cause. */
function selfMoveReason(from: ModuleRef, to: ModuleRef, language: Language, roots: readonly string[] | undefined): string {
  if (from.module === to.module) {
    const why = from.symbol ? ' (a "to" without :Symbol keeps the name)' : language === 'python' ? packageHint(from.module, roots?.[0]) : '';
    return `moves "${refText(from)}" onto itself${why}; remove the move or give it a different "to".`;
  }
  const names = `${from.module} and ${to.module}`;
  if (INDEX.test(from.module) === INDEX.test(to.module)) return `names one module twice: ${names} are the same file, so there is nothing to rewrite; remove this move.`;
  // `./a` → `./a/index.ts`: which file was it? Imports that spell it with an extension need to know.
  return `names one module twice: ${names} are the same module to an import without an extension; write "from" with the old file's extension (./a.ts) so that imports spelling that file (./a.js) are rewritten.`;
}
