// Which legacy modules can be deleted: whole-module moves whose legacy file exists (and the files
// below a moved package or directory module) and that no file of the repository still references
// (import, string target, jest.mock… — the findings of the same reference finder as `check`).
// Files that could not be read count when they may name the module. A package's __init__.py goes
// with its directory once everything below it goes (settlePackages).
import path from 'node:path';
import { carriedMoves } from '../manifest/carried-moves';
import { entriesBelow } from '../manifest/files-below';
import type { FileResult, MigrationPlan, Move } from '../types';
import type { ModuleApiReader } from '../verify/module-api';
import { moduleOf } from '../verify/verify-plan';

export interface PruneCandidate {
  legacy: string;
  file: string;
  language: Move['language'];
  /** Files still referencing the module (sorted); empty means it can be deleted. */
  referencedBy: string[];
  /** Why it is kept although nothing references it (a package's __init__.py). */
  keptBecause?: string;
  /**
   * Files whose strings name it without referencing it (sorted): its file's path (`"app/compat.py"`,
   * `path.resolve(__dirname, 'legacy.ts')`), source text. Deleting it may break them, or be what
   * they check for: listed, never a reason to keep it.
   */
  mentionedBy?: string[];
}

/**
 * A reference finding's move → the legacy modules it may refer to, for whole-module candidates. The
 * modules below a moved package or directory module are candidates too (carried-moves.ts); their
 * references carry the package's move, so any of them keeps the package and everything below it.
 */
export function pruneCandidates(plan: MigrationPlan, reader: ModuleApiReader, root: string): { candidates: PruneCandidate[]; byMove: Map<string, PruneCandidate[]> } {
  const moves = [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? []), ...carriedMoves(plan, root, reader)];
  const byModule = new Map<string, PruneCandidate>();
  const byMove = new Map<string, PruneCandidate[]>();
  for (const move of moves) {
    const key = `${move.language}:${moduleOf(move, 'from')}`;
    let candidate = byModule.get(key);
    if (!candidate && !move.from.symbol) {
      const file = reader.fileOf(move.language, moduleOf(move, 'from'));
      if (file === undefined) continue;
      candidate = { legacy: move.from.module, file, language: move.language, referencedBy: [] };
      if (isPackage(candidate)) candidate.keptBecause = PACKAGE_UNDECIDED;
      byModule.set(key, candidate);
    }
  }
  // Symbol moves out of a whole-moved module refer to the same file.
  for (const move of moves) {
    const candidate = byModule.get(`${move.language}:${moduleOf(move, 'from')}`);
    if (!candidate) continue;
    const list = byMove.get(move.id) ?? [];
    if (!list.includes(candidate)) byMove.set(move.id, [...list, candidate]);
  }
  return { candidates: [...byModule.values()], byMove };
}

/**
 * Whether text the finder could not read may reference the candidate. Python: the module's last
 * two components (`websocket_core.manager`, also in strings) or a relative import naming the last
 * one (`from .manager import`, `from . import manager`); a bare `manager` is too common a word to
 * count. JS: the file's base name (or its directory's, for an index file).
 */
export function mayReference(candidate: PruneCandidate, text: string): boolean {
  if (candidate.language === 'python') {
    const parts = candidate.legacy.split('.');
    const last = escape(parts[parts.length - 1]);
    if (parts.length > 1 && text.includes(parts.slice(-2).join('.'))) return true;
    if (parts.length === 1 && new RegExp(`\\b${last}\\b`).test(text)) return true;
    const relative = `from\\s+\\.+\\s*${last}\\b|from\\s+\\.+[\\w.]*\\s+import(?:\\s*\\([^)]*?|[^\\n(]*?)\\b${last}\\b`;
    return new RegExp(relative).test(text);
  }
  const parts = candidate.file.replace(/\.[^./]+$/, '').split('/');
  const last = parts[parts.length - 1];
  return text.includes(last === 'index' && parts.length > 1 ? parts[parts.length - 2] : last);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Records one file's references. `readText` is used only for results the finder could not read
 * (failed, or skipped for a reason other than having no needle): such a file counts as referencing
 * every candidate it may name (see mayReference), to be safe.
 */
export function recordReferences(result: FileResult, byMove: Map<string, PruneCandidate[]>, candidates: readonly PruneCandidate[], readText: (rel: string) => string | undefined): void {
  for (const finding of result.findings) {
    const inString = finding.kind === 'mention' && finding.form === 'string-target';
    // A doctest example is code (doctest, pytest --doctest-modules): deleting the module breaks it.
    if (finding.kind === 'mention' && finding.form !== 'doctest' && !inString) continue;
    for (const candidate of byMove.get(finding.move) ?? []) {
      if (finding.path === candidate.file) continue;
      const list = inString ? (candidate.mentionedBy ??= []) : candidate.referencedBy;
      if (!list.includes(finding.path)) list.push(finding.path);
    }
  }
  if (!isUnread(result)) return;
  const text = readText(result.path);
  for (const candidate of candidates) {
    if (result.path === candidate.file || candidate.referencedBy.includes(result.path)) continue;
    if (text === undefined || mayReference(candidate, text)) candidate.referencedBy.push(result.path);
  }
}

/** A file the finder could not read (a parse failure, a guard that stopped it): its references are unknown. */
export function isUnread(result: FileResult): boolean {
  return result.status === 'failed' || (result.status === 'skipped' && (result.namesLegacy === true || (!['no-legacy-name', 'unsupported-extension', 'ignore-file'].includes(result.reason) && result.findings.length === 0)));
}

/** Files about to be deleted do not keep other candidates alive: drop them until nothing changes. */
export function settle(candidates: PruneCandidate[]): void {
  let deleted = new Set<string>();
  for (;;) {
    deleted = new Set(candidates.filter((c) => c.referencedBy.length === 0 && !c.keptBecause).map((c) => c.file));
    let changed = false;
    for (const c of candidates) {
      const left = c.referencedBy.filter((f) => !deleted.has(f));
      if (left.length !== c.referencedBy.length) {
        c.referencedBy = left;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const c of candidates) {
    c.referencedBy.sort();
    // Strings in files that go too name nothing left.
    if (c.mentionedBy) c.mentionedBy = c.mentionedBy.filter((f) => !deleted.has(f)).sort();
  }
}

const PACKAGE_UNDECIDED = 'it is a package (__init__.py), decided with the files below it';
const isPackage = (c: PruneCandidate) => c.language === 'python' && (c.file === '__init__.py' || c.file.endsWith('/__init__.py'));

/**
 * A package's `__init__.py` goes (with its directory) when nothing references the package and
 * every other file below it goes too; otherwise it says what keeps it. Deepest packages first, so
 * a subpackage that goes counts as going for its parent. Returns whether any decision changed
 * (settle again: a package about to go no longer keeps the modules it imports); `listings` keeps
 * each directory's walk across those rounds.
 */
export function settlePackages(candidates: PruneCandidate[], root: string, listings = new Map<string, string[]>()): boolean {
  let changed = false;
  const packages = candidates.filter(isPackage).sort((a, b) => b.file.split('/').length - a.file.split('/').length);
  for (const pkg of packages) {
    let reason: string | undefined;
    if (pkg.referencedBy.length === 0) {
      const going = new Set(candidates.filter((c) => c.referencedBy.length === 0 && !c.keptBecause).map((c) => c.file));
      const dir = path.posix.dirname(pkg.file);
      if (!listings.has(dir)) listings.set(dir, filesBelow(root, dir));
      const left = listings.get(dir)!.filter((f) => f !== pkg.file && !going.has(f));
      const shown = left.slice(0, 3).join(', ') + (left.length > 3 ? `, … (${left.length} files)` : '');
      reason = left.length > 0 ? `it is a package (__init__.py) whose directory also holds ${shown}; move or delete those by hand first` : undefined;
    }
    if (reason !== pkg.keptBecause) {
      pkg.keptBecause = reason;
      changed = true;
    }
  }
  return changed;
}

/** Repo-relative paths of what lies below a directory, bytecode caches left out (they go with their sources). */
function filesBelow(root: string, dir: string): string[] {
  const prefix = dir === '.' ? '' : `${dir}/`;
  return entriesBelow(path.join(root, dir), (name) => name === '__pycache__').map((e) => prefix + e.rel);
}
