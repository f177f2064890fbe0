// Replays one team commit: extracts the Python files it modified as they were at its parent, runs
// ssot-codemod over them with the case's manifest, and compares each result with the team's file.
// Used by scripts/replay-history.ts and __tests__/replay-harness.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { compareFile, mappingFacts, type FileComparison, type ReplayMove } from './compare-file';
import { describeCommit, extractFiles, listTree, modifiedFiles, packageInits, resolveCommit } from './git-tree';
import { moduleLookupAt } from './module-names';
import { runCodemod, supportsLocalName, type CodemodFileResult } from './run-codemod';

/** Where a file of the commit ends up in the figures. */
export type FileCategory = 'identical' | 'mismatch' | 'unparseable-before' | 'not-relevant' | 'absent';

export interface FileOutcome {
  path: string;
  category: FileCategory;
  comparison?: FileComparison;
  /** The tool on the parent's file (ours), and the parse probe on the team's file (theirs). */
  ours?: CodemodFileResult;
  theirs?: CodemodFileResult;
  /** Hints from the comparison plus the tool's verdicts (`ours-failed:<code>`, `theirs-unparseable`). */
  hints: string[];
  /** not-relevant files: does the parent's file name a legacy module in a comment or string (the team rewrote text)? */
  mentionsOnly?: boolean;
}

export interface CommitReplay {
  id: string;
  commit: string;
  parent: string;
  date: string;
  subject: string;
  files: FileOutcome[];
  /** Modified .ts/.tsx files, listed but not compared (the harness reads Python imports only). */
  skippedScripts: string[];
  notices: string[];
  durationMs: number;
  /** Which files were compared (default python). */
  language?: 'python' | 'javascript';
}

export interface ReplayCommitOptions {
  gitDir: string;
  /** bin/ssot-codemod.js of the checkout to measure. */
  bin: string;
  /** Scratch directory for this commit (emptied first): before/, ours/, theirs/, manifest.json. */
  workDir: string;
  id: string;
  commit: string;
  moves: readonly ReplayMove[];
  roots?: string[];
  /** Run in a copy of the parent's whole Python tree (the modified files are still the only ones rewritten and compared); default: only those files and their packages' `__init__.py`. */
  fullTree?: boolean;
}

export function replayCommit(options: ReplayCommitOptions): CommitReplay {
  const started = Date.now();
  const { gitDir, workDir } = options;
  const { commit, parent } = resolveCommit(gitDir, options.commit);
  const { date, subject } = describeCommit(gitDir, commit);
  const modified = modifiedFiles(gitDir, parent, commit, ['.py', '.ts', '.tsx']);
  const python = modified.filter((p) => p.endsWith('.py'));
  const [parentTree, commitTree] = [listTree(gitDir, parent), listTree(gitDir, commit)];

  fs.rmSync(workDir, { recursive: true, force: true });
  const dirs = { before: path.join(workDir, 'before'), ours: path.join(workDir, 'ours'), theirs: path.join(workDir, 'theirs') };
  const absent = new Set([
    ...extractFiles(gitDir, parentTree, [...python, ...packageInits(parentTree, python)], dirs.before),
    ...extractFiles(gitDir, commitTree, [...python, ...packageInits(commitTree, python)], dirs.theirs),
  ]);
  if (options.fullTree) {
    // Every Python file of the parent, so the canonical side (a moved package's submodules, the
    // modules a target loads) is what the tool would read in the real repository.
    extractFiles(gitDir, parentTree, [...parentTree.keys()].filter((p) => p.endsWith('.py')), dirs.ours);
  } else fs.cpSync(dirs.before, dirs.ours, { recursive: true });

  const notices: string[] = [];
  const withLocalName = supportsLocalName(options.bin);
  // `rename` is the default, so only a `keep` is lost on a build that predates the option.
  if (!withLocalName && options.moves.some((m) => m.localName === 'keep')) notices.push("this ssot-codemod build does not know `localName`: the manifest was run without it, so 'keep' moves were renamed");
  const moves = options.moves.map(({ localName, ...m }) => (withLocalName && localName ? { ...m, localName } : m));
  const roots = options.roots ?? ['.'];
  const manifest = path.join(workDir, 'manifest.json');
  fs.writeFileSync(manifest, JSON.stringify({ python: { roots, moves } }, null, 2) + '\n');

  const present = python.filter((p) => !absent.has(p));
  const oursRun = runCodemod({ bin: options.bin, manifest, root: dirs.ours, paths: present, apply: true });
  // Whether the team's files parse: the tool parses only files that name a legacy module (even with
  // --no-prefilter), so a probe manifest moves every module of the mapping, old or new, to a dummy.
  const probe = path.join(workDir, 'probe-manifest.json');
  const mapped = [...new Set(options.moves.map((m) => m.from.split(':')[0]).concat(options.moves.map((m) => m.to.split(':')[0])))];
  fs.writeFileSync(probe, JSON.stringify({ python: { roots, moves: mapped.map((from, k) => ({ from, to: `ssot_replay_probe.m${k}` })) } }, null, 2) + '\n');
  const theirsRun = runCodemod({ bin: options.bin, manifest: probe, root: dirs.theirs, paths: present, apply: false });
  notices.push(...oursRun.notices);

  const facts = mappingFacts(options.moves, roots);
  const lookup = moduleLookupAt(gitDir, commitTree, roots);
  const files = python.map((file): FileOutcome => {
    if (absent.has(file)) return { path: file, category: 'absent', hints: ['blob absent from the mirror'] };
    const ours = oursRun.files.get(file);
    const theirs = theirsRun.files.get(file);
    const read = (dir: string) => fs.readFileSync(path.join(dir, file), 'utf8');
    const before = read(dirs.before);
    const comparison = compareFile(file, { before, ours: read(dirs.ours), theirs: read(dirs.theirs) }, facts, lookup);
    const hints = [...comparison.hints];
    if (ours?.status === 'failed' && ours.error?.code !== 'parse') hints.unshift(`ours-failed:${ours.error?.code}`);
    if (theirs?.status === 'failed' && theirs.error?.code === 'parse') hints.unshift('theirs-unparseable');
    // The tool's rule 6: a name the canonical module does not define (at the parent commit) is left, as a manual finding.
    if ((ours?.findings ?? []).some((f) => f.kind === 'manual' && / does not provide /.test(f.reason ?? ''))) hints.push('ours-target-lacked-name');
    let category: FileCategory;
    if (ours?.status === 'failed' && ours.error?.code === 'parse') category = 'unparseable-before';
    else if (!comparison.relevant) category = 'not-relevant';
    else category = comparison.identical ? 'identical' : 'mismatch';
    const kept = category === 'mismatch' ? hints : category === 'unparseable-before' ? hints.filter((h) => h === 'theirs-unparseable') : [];
    const outcome: FileOutcome = { path: file, category, comparison, ours, theirs, hints: kept };
    if (category === 'not-relevant') outcome.mentionsOnly = [...facts.legacyModules, ...facts.legacySymbols.keys()].some((m) => before.includes(m));
    return outcome;
  });
  return { id: options.id, commit, parent, date, subject, files, skippedScripts: modified.filter((p) => !p.endsWith('.py')), notices, durationMs: Date.now() - started };
}

/** The figures of one replay: identical / compared, plus the files set aside and why. */
export function countOutcomes(replay: CommitReplay): Record<FileCategory, number> & { modified: number; compared: number; mentionsOnly: number } {
  const counts: Record<FileCategory, number> = { identical: 0, mismatch: 0, 'unparseable-before': 0, 'not-relevant': 0, absent: 0 };
  for (const f of replay.files) counts[f.category]++;
  const mentionsOnly = replay.files.filter((f) => f.mentionsOnly).length;
  return { ...counts, modified: replay.files.length, compared: counts.identical + counts.mismatch, mentionsOnly };
}
