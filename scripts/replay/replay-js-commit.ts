// Replays one team commit on the JS/TS side: the files under the frontend root the commit
// modified, as they were at its parent, inside the root's tree at the parent; ssot-codemod runs over them
// with the case's javascript manifest, and each result is compared with the team's file on its
// module references (js-imports.ts) that name a module of the mapping, old or new.
import fs from 'node:fs';
import path from 'node:path';
import { planFromManifestText } from '../../src/manifest/load';
import { createModuleApiReader } from '../../src/verify/module-api';
import type { FileComparison, ReplayMove } from './compare-file';
import { describeCommit, extractFiles, listTree, modifiedFiles, resolveCommit } from './git-tree';
import { moduleKeyOf, readJsReferences, type JsReference } from './js-imports';
import type { CommitReplay, FileCategory, FileOutcome, ReplayCommitOptions } from './replay-commit';
import { runCodemod, type CodemodFileResult } from './run-codemod';

export const JS_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'];

export interface ReplayJsOptions extends Omit<ReplayCommitOptions, 'roots'> {
  /** The folder holding tsconfig.json (`frontend`): the run's root. */
  root: string;
}

export function replayJsCommit(options: ReplayJsOptions): CommitReplay {
  const started = Date.now();
  const { gitDir, workDir, root } = options;
  const { commit, parent } = resolveCommit(gitDir, options.commit);
  const { date, subject } = describeCommit(gitDir, commit);
  const modified = modifiedFiles(gitDir, parent, commit, ['.py', ...JS_EXTENSIONS]);
  const scripts = modified.filter((p) => p.startsWith(`${root}/`) && JS_EXTENSIONS.includes(path.extname(p)));
  const [parentTree, commitTree] = [listTree(gitDir, parent), listTree(gitDir, commit)];

  fs.rmSync(workDir, { recursive: true, force: true });
  const dirs = { before: path.join(workDir, 'before'), ours: path.join(workDir, 'ours'), theirs: path.join(workDir, 'theirs') };
  const tsconfig = `${root}/tsconfig.json`;
  // The whole root at the parent, as a user's checkout: the tool reads the canonical modules' exports
  // (a name one lacks is a manual finding); only the modified files are run over and compared.
  // The team's side likewise, so the canonical modules' exports at the commit can be read.
  const rootFiles = (tree: Map<string, string>) => [...tree.keys()].filter((p) => p.startsWith(`${root}/`) && (JS_EXTENSIONS.includes(path.extname(p)) || p.endsWith('.json')));
  const extractRoot = (tree: Map<string, string>, dest: string) =>
    extractFiles(gitDir, tree, [...new Set([...rootFiles(tree), ...scripts, tsconfig])], dest).filter((p) => scripts.includes(p) || p === tsconfig);
  const absent = new Set([...extractRoot(parentTree, dirs.before), ...extractRoot(commitTree, dirs.theirs)]);
  fs.cpSync(dirs.before, dirs.ours, { recursive: true });

  const manifest = path.join(workDir, 'manifest.json');
  fs.writeFileSync(manifest, JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: options.moves } }, null, 2) + '\n');
  const present = scripts.filter((p) => !absent.has(p)).map((p) => p.slice(root.length + 1));
  const oursRun = runCodemod({ bin: options.bin, manifest, root: path.join(dirs.ours, root), paths: present, apply: true });
  // Does the team's file parse? The tool parses only files that name a legacy module, so a probe
  // manifest moves every module of the mapping, old or new, to a dummy package.
  const probe = path.join(workDir, 'probe-manifest.json');
  const mapped = [...new Set(options.moves.flatMap((m) => [m.from.split(':')[0], m.to.split(':')[0]]))];
  fs.writeFileSync(probe, JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: mapped.map((from, k) => ({ from, to: `ssot-replay-probe-${k}` })) } }, null, 2) + '\n');
  const theirsRun = runCodemod({ bin: options.bin, manifest: probe, root: path.join(dirs.theirs, root), paths: present, apply: false });

  const keys = {
    all: new Set(mapped.map((m) => moduleKeyOf(m, '.'))),
    legacy: new Set(options.moves.filter((m) => !m.from.includes(':')).map((m) => moduleKeyOf(m.from, '.'))),
  };
  const knownExports = { legacy: exportsAt(path.join(dirs.before, root), manifest, options.moves, 'from'), canonicalAtCommit: exportsAt(path.join(dirs.theirs, root), manifest, options.moves, 'to') };
  const files = scripts.map((file): FileOutcome => {
    if (absent.has(file)) return { path: file, category: 'absent', hints: ['blob absent from the mirror'] };
    const rel = file.slice(root.length + 1);
    const ours = oursRun.files.get(rel);
    const theirs = theirsRun.files.get(rel);
    const read = (dir: string) => fs.readFileSync(path.join(dir, file), 'utf8');
    const comparison = compareJsFile(rel, { before: read(dirs.before), ours: read(dirs.ours), theirs: read(dirs.theirs) }, keys);
    comparison.path = file;
    const hints = [...comparison.hints];
    if (theirs?.status === 'failed' && theirs.error?.code === 'parse') hints.unshift('theirs-unparseable');
    if ((ours?.findings ?? []).some((f) => f.kind === 'manual' && /would mock .* a second time/.test(f.reason ?? ''))) hints.push('ours-mock-clash');
    hints.push(...lackedNameHints(ours?.findings ?? [], knownExports));
    let category: FileCategory;
    if (ours?.status === 'failed' && ours.error?.code === 'parse') category = 'unparseable-before';
    else if (!comparison.relevant) category = 'not-relevant';
    else category = comparison.identical ? 'identical' : 'mismatch';
    const kept = category === 'mismatch' ? hints : category === 'unparseable-before' ? hints.filter((h) => h === 'theirs-unparseable') : [];
    return { path: file, category, comparison, ours, theirs, hints: kept };
  });
  return { id: options.id, commit, parent, date, subject, files, skippedScripts: modified.filter((p) => !scripts.includes(p)), notices: oursRun.notices, durationMs: Date.now() - started, language: 'javascript' };
}

/**
 * Compares the references naming a module of the mapping, in file order. Hints:
 * `theirs-legacy-left` / `ours-legacy-left` (a side still names a legacy module),
 * `theirs-imported-twice:<module>.<name>` (the team imports one name more often than we do, more
 * than once: we reuse one import), `theirs-moved-unmapped:<module>` (the team's extra statement
 * imports names the parent imported from a module outside the mapping: its commit did more than
 * the mapping says), `import-count:<ours>/<theirs>`.
 */
export function compareJsFile(file: string, sides: { before: string; ours: string; theirs: string }, keys: { all: Set<string>; legacy: Set<string> }): FileComparison {
  const relevant = (source: string) => readJsReferences(source, file).filter((r) => keys.all.has(moduleKeyOf(r.module, file)));
  const [before, ours, theirs] = [relevant(sides.before), relevant(sides.ours), relevant(sides.theirs)];
  const texts = (list: JsReference[]) => JSON.stringify(list.map((r) => r.text));
  const importsEqual = texts(ours) === texts(theirs);
  const hints: string[] = [];
  if (!importsEqual) {
    const legacy = (r: JsReference) => keys.legacy.has(moduleKeyOf(r.module, file));
    if (theirs.some(legacy)) hints.push('theirs-legacy-left');
    if (ours.some(legacy)) hints.push('ours-legacy-left');
    const [o, t] = [nameCounts(ours, file), nameCounts(theirs, file)];
    for (const [name, n] of t) if (n > 1 && n > (o.get(name) ?? 0)) hints.push(`theirs-imported-twice:${name}`);
    hints.push(...movedFromUnmapped(ours, theirs, readJsReferences(sides.before, file), file, keys));
    if (ours.length !== theirs.length) hints.push(`import-count:${ours.length}/${theirs.length}`);
  }
  return { path: file, relevant: before.length + ours.length + theirs.length > 0, before, ours, theirs, importsEqual, usages: [], usagesEqual: true, identical: importsEqual, hints };
}

/** How many import declarations import each `module.name` (under any local name). */
function nameCounts(references: JsReference[], file: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of references) {
    if (!r.text.startsWith('import ')) continue;
    for (const name of r.names) {
      const key = `${moduleKeyOf(r.module, file)}.${name.split(' ')[0]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The modules outside the mapping whose names the team's extra statements import instead (each extra statement must be explained). */
function movedFromUnmapped(ours: JsReference[], theirs: JsReference[], before: JsReference[], file: string, keys: { all: Set<string> }): string[] {
  const mine = new Set(ours.map((r) => r.text));
  const extra = theirs.filter((r) => !mine.has(r.text));
  const sources = new Set<string>();
  for (const statement of extra) {
    if (statement.names.length === 0) return [];
    for (const name of statement.names) {
      const imported = name.split(' ')[0];
      const from = before.find((r) => !keys.all.has(moduleKeyOf(r.module, file)) && r.names.some((n) => n.split(' ')[0] === imported));
      if (!from) return [];
      sources.add(from.module);
    }
  }
  return [...sources].map((m) => `theirs-moved-unmapped:${m}`);
}

/** What each whole-module move's legacy (`from`) or canonical (`to`) module exports in the tree at `root`, keyed by the move's legacy module, read by this checkout's module reader (undefined: unknown). */
function exportsAt(root: string, manifest: string, moves: readonly ReplayMove[], end: 'from' | 'to'): Map<string, Set<string> | undefined> {
  const plan = planFromManifestText(fs.readFileSync(manifest, 'utf8'), manifest, root);
  const reader = createModuleApiReader(plan, root);
  const exports = new Map<string, Set<string> | undefined>();
  for (const move of plan.javascript?.moves ?? []) {
    if (move.from.symbol || !moves.some((m) => m.from === move.from.module)) continue;
    const api = reader.api('javascript', end === 'from' ? move.fromKey : move.toKey);
    exports.set(move.from.module, api && !api.open && api.problem === undefined ? api.provided : undefined);
  }
  return exports;
}

/**
 * The tool's `X does not provide Name` findings, against both trees: `ours-name-missing-before:<Name>`
 * when the legacy module did not export Name either (the import was broken before the commit);
 * `ours-target-lacked-name` when the team added Name to the canonical module in the same commit;
 * `theirs-api-gap:<Name>` when the canonical module still lacks it at the commit (the team's
 * re-pointed use is broken: an API gap verify reports).
 */
function lackedNameHints(findings: CodemodFileResult['findings'], exports: { legacy: Map<string, Set<string> | undefined>; canonicalAtCommit: Map<string, Set<string> | undefined> }): string[] {
  const hints = new Set<string>();
  for (const f of findings) {
    const name = f.kind === 'manual' ? / does not provide (\S+?)[:,]/.exec(f.reason ?? '')?.[1] : undefined;
    if (name === undefined) continue;
    const legacyModule = f.move.split(' → ')[0];
    const legacy = exports.legacy.get(legacyModule);
    const atCommit = exports.canonicalAtCommit.get(legacyModule);
    if (legacy && !legacy.has(name)) hints.add(`ours-name-missing-before:${name}`);
    else if (atCommit && !atCommit.has(name)) hints.add(`theirs-api-gap:${name}`);
    else hints.add('ours-target-lacked-name');
  }
  return [...hints];
}
