// Decides, per legacy module, what `shims` does: a whole-module move's legacy file becomes a thin
// re-export of its canonical module (renamed symbols included) unless it holds real code the shim
// would lose; a symbol move only gets advice (the legacy module keeps its other code). The modules
// below a moved package or directory module are shimmed too, each over its counterpart below the
// canonical one (manifest/carried-moves.ts), as the run re-points their references. Reads files.
import path from 'node:path';
import type { MigrationPlan, Move } from '../types';
import { createModuleApiReader, type ModuleApi, type ModuleApiReader } from '../verify/module-api';
import { moduleOf } from '../verify/verify-plan';
import { carriedMoves } from '../manifest/carried-moves';
import { jsAdviceLine, jsShimText, pythonAdviceLine, pythonShimText, type ShimExport } from './shim-text';
import { createdLegacyPlace, standInLegacy } from './created-legacy';
import { quoteStyleOf, specifierStyleOf, styledSpecifier, type SpecifierStyle } from './specifier-style';
import { tsconfigSpecifierStyle } from './tsconfig-style';

export interface ShimPlan {
  kind: 'shim';
  language: Move['language'];
  /** The legacy module as the manifest names it, its file and the canonical module. */
  legacy: string;
  file: string;
  canonical: string;
  /** The shim's full text and the file's current text. */
  text: string;
  original: string;
  /** Names the shim would drop: legacy public names the canonical module lacks. */
  lost: string[];
  /** Functions and classes the legacy file defines itself (replaced by re-exports). */
  definitions: string[];
  /** The legacy file did not exist: the shim is a new file (--create). */
  created?: true;
  /** What the shim cannot do, said with it (a created shim over a package: its submodules stay gone). */
  caveat?: string;
}

export interface ShimAdvice {
  kind: 'advice';
  legacy: string;
  file?: string;
  /** Lines a user would add to keep the moved names importable from the legacy module. */
  lines: string[];
  /** Moved names the legacy module still provides (defines or re-exports): old imports keep working. */
  provided: string[];
}

export interface ShimSkip {
  kind: 'skip';
  legacy: string;
  reason: string;
}

export type ShimDecision = ShimPlan | ShimAdvice | ShimSkip;

export interface PlanShimsOptions {
  /** Also shim a legacy module whose file no longer exists, at its old place (created-legacy.ts). */
  create?: boolean;
}

export function planShims(plan: MigrationPlan, root: string, readText: (rel: string) => string, reader: ModuleApiReader = createModuleApiReader(plan, root), options: PlanShimsOptions = {}): ShimDecision[] {
  const moves = [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])];
  // The root tsconfig's style, read at most once: asked for each legacy module whose files do not say.
  let projectStyle: { style: SpecifierStyle | undefined } | undefined;
  const tsconfigStyle = () => (projectStyle ??= { style: tsconfigSpecifierStyle(readText) }).style;
  const byLegacy = new Map<string, Move[]>();
  for (const move of moves) {
    const key = `${move.language}:${moduleOf(move, 'from')}`;
    byLegacy.set(key, [...(byLegacy.get(key) ?? []), move]);
  }
  const carried = new Set(carriedMoves(plan, root, reader));
  for (const move of carried) {
    // Symbol moves out of such a module (if any) join the carried whole move, as for one the manifest moves.
    const key = `${move.language}:${moduleOf(move, 'from')}`;
    byLegacy.set(key, [move, ...(byLegacy.get(key) ?? [])]);
  }
  const out: ShimDecision[] = [];
  for (const group of byLegacy.values()) {
    const whole = group.find((m) => !m.from.symbol);
    const legacyName = group[0].from.module;
    const legacy = reader.api(group[0].language, moduleOf(group[0], 'from'));
    if (!legacy) {
      // A retired tsconfig alias (JsAlias.retired) is its own shim: it keeps old spellings working.
      const below = [...carried].some((m) => m.language === group[0].language && m.fromKey.startsWith(`${group[0].fromKey}${m.language === 'python' ? '.' : '/'}`));
      const alias = group[0].fromKey.startsWith('alias:');
      if (!alias && !below && whole && options.create) {
        out.push(createdShim(plan, root, whole, group.filter((m) => m.from.symbol), reader, readText, tsconfigStyle));
        continue;
      }
      const reason = alias
        ? `a tsconfig paths alias, which keeps resolving until it is deleted from tsconfig; nothing to shim`
        : below ? 'a directory of modules without a module of its own; each module below it gets its shim'
        : `the legacy module does not exist; nothing to shim${whole ? ' (--create writes one at its old place, for code outside the repository that still imports it)' : ''}`;
      out.push({ kind: 'skip', legacy: legacyName, reason });
      continue;
    }
    if (legacy.problem) {
      out.push({ kind: 'skip', legacy: legacyName, reason: `${legacy.file} could not be read (${legacy.problem})` });
      continue;
    }
    const symbols = group.filter((m) => m.from.symbol);
    if (!whole) {
      const text = group[0].language === 'javascript' ? readText(legacy.file) : '';
      out.push(advise(legacy, legacyName, symbols, reader, { style: specifierStyleOf(text) ?? tsconfigStyle() ?? 'bare', quote: quoteStyleOf(text) }));
      continue;
    }
    const canonical = reader.api(whole.language, moduleOf(whole, 'to'));
    if (!canonical && carried.has(whole)) {
      const reason = `${whole.to.module} does not exist, so ${legacy.file} stays as it is (the run leaves references to ${legacyName} manual); add a move for ${legacyName}, or create ${whole.to.module}`;
      out.push({ kind: 'skip', legacy: legacyName, reason });
      continue;
    }
    if (!canonical || canonical.problem) {
      out.push({ kind: 'skip', legacy: legacyName, reason: `canonical module ${whole.to.module} is missing or unreadable; run ssot-codemod verify` });
      continue;
    }
    const original = readText(legacy.file);
    const style = whole.language === 'javascript' ? (specifierStyleOf(original) ?? specifierStyleOf(readText(canonical.file)) ?? tsconfigStyle() ?? 'bare') : 'bare';
    out.push(shimFor(whole, symbols, legacy, canonical, reader, original, style));
  }
  return out;
}

/** The shim of a legacy module that is gone, written where it was (created-legacy.ts), or why not. */
function createdShim(plan: MigrationPlan, root: string, whole: Move, symbols: Move[], reader: ModuleApiReader, readText: (rel: string) => string, tsconfigStyle: () => SpecifierStyle | undefined): ShimDecision {
  const canonical = reader.api(whole.language, moduleOf(whole, 'to'));
  if (!canonical || canonical.problem) return { kind: 'skip', legacy: whole.from.module, reason: `canonical module ${whole.to.module} is missing or unreadable; run ssot-codemod verify` };
  const place = createdLegacyPlace(plan, root, whole, canonical.file);
  if ('reason' in place) return { kind: 'skip', legacy: whole.from.module, reason: `it does not exist and no shim can be created: ${place.reason}` };
  const style = whole.language === 'javascript' ? (specifierStyleOf(readText(canonical.file)) ?? tsconfigStyle() ?? 'bare') : 'bare';
  const shim: ShimPlan = { ...shimFor(whole, symbols, standInLegacy(place.file, canonical), canonical, reader, '', style), created: true };
  // A package's shim is one module: the package's names come back, the modules below the old path do not.
  if (whole.language === 'python' && /(?:^|\/)__init__\.pyi?$/.test(canonical.file)) shim.caveat = `${whole.to.module} is a package, the shim one module: modules below the old path (${whole.from.module}.<sub>), if it had any, stay gone`;
  return shim;
}

function shimFor(whole: Move, symbols: Move[], legacy: ModuleApi, canonical: ModuleApi, reader: ModuleApiReader, original: string, style: SpecifierStyle): ShimPlan {
  const bySymbol = new Map(symbols.map((m) => [m.from.symbol!, m]));
  const exports: ShimExport[] = [];
  const lost: string[] = [];
  const names = whole.language === 'python' ? legacy.importable : [...legacy.provided];
  for (const name of names) {
    const moved = bySymbol.get(name);
    if (moved) exports.push({ name, from: spell(moved, legacy, reader, style), target: moved.to.symbol ?? name });
    else if (canonical.provided.has(name)) {
      if (whole.language === 'python' || name === 'default') exports.push({ name, from: spell(whole, legacy, reader, style), target: name });
    } else if ((legacy.publicNames.includes(name) || whole.language === 'javascript') && !whole.dropped?.includes(name)) lost.push(name);
  }
  for (const [name, moved] of bySymbol) {
    if (!names.includes(name)) exports.push({ name, from: spell(moved, legacy, reader, style), target: moved.to.symbol ?? name });
  }
  const text =
    whole.language === 'python'
      ? pythonShimText({ legacy: whole.from.module, canonical: whole.to.module, exports, all: legacy.all })
      : jsShimText({ canonical: spell(whole, legacy, reader, style), star: true, exports, quote: quoteStyleOf(original) });
  return {
    kind: 'shim',
    language: whole.language,
    legacy: whole.from.module,
    file: legacy.file,
    canonical: whole.to.module,
    text,
    original,
    lost,
    definitions: [...legacy.definitions].filter((d) => !lost.includes(d) && !whole.dropped?.includes(d)),
  };
}

/**
 * Symbol moves: the legacy module keeps its code. Names it still provides need nothing (its own
 * definitions stay, so no re-export may replace them: the canonical module may import them from
 * here); for names it lacks (imports that are broken today), say what line would provide them.
 */
function advise(legacy: ModuleApi, legacyName: string, symbols: Move[], reader: ModuleApiReader, spelling: { style: SpecifierStyle; quote?: string }): ShimAdvice {
  const provided: string[] = [];
  const lines: string[] = [];
  for (const move of symbols) {
    const name = move.from.symbol!;
    if (legacy.provided.has(name)) {
      provided.push(name);
      continue;
    }
    const target = move.to.symbol ?? name;
    // Renamed in this very module, which binds the new name: the old one is an alias of it here.
    const inPlace = moduleOf(move, 'to') === moduleOf(move, 'from') && (legacy.defined.has(target) || (move.language === 'python' && legacy.importable.includes(target)));
    const from = inPlace ? undefined : spell(move, legacy, reader, spelling.style);
    lines.push(move.language === 'python' ? pythonAdviceLine({ name, target, from }) : jsAdviceLine({ name, target, from }, spelling.quote));
  }
  return { kind: 'advice', legacy: legacyName, file: legacy.file, lines, provided };
}

/** How the shim at `legacy.file` names a move's canonical module: dotted for Python, relative for JS files in the project's style. */
function spell(move: Move, legacy: ModuleApi, reader: ModuleApiReader, style: SpecifierStyle = 'bare'): string {
  if (move.language === 'python') return move.to.module;
  const file = reader.fileOf('javascript', move.toKey);
  if (file === undefined) return move.to.module;
  // The module itself (a name it re-exports, renamed): by its file name, never `.`, which names no file.
  if (file === legacy.file && style === 'bare') return `./${path.posix.basename(file).replace(/\.[cm]?[jt]sx?$/, '')}`;
  return styledSpecifier(legacy.file, file, style);
}
