// `ssot-codemod prune`: deletes legacy modules (shims or not) of whole-module moves that nothing in
// the repository references any more. Runs the reference finder over the whole root; a dry-run
// listing by default, --apply deletes. Referenced modules are kept with their referencing files.
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { createFileProcessor } from '../../pipeline/process-file';
import { discoverFiles } from '../../pipeline/discover';
import { runFiles } from '../../pipeline/run-files';
import { isUnread, pruneCandidates, recordReferences, settle, settlePackages, type PruneCandidate } from '../../prune/find-prunable';
import type { LanguageRewriter } from '../../rewrite/language';
import type { TextOutput } from '../../sinks/text-output';
import type { FileResult, MigrationPlan, Move, Sink } from '../../types';
import { createModuleApiReader } from '../../verify/module-api';
import { declareSessionFlags, openPlan, pathSelector, toSessionOptions, type SessionOptions } from './session';
import { refuseDirtyTargets } from './refuse-dirty';
import { discoveredExtensions } from '../../pipeline/report-only';

export interface PruneOptions extends SessionOptions {
  apply: boolean;
  allowDirty: boolean;
  format: 'text' | 'json';
}

export const PRUNE_FLAGS = ['apply', 'allow-dirty', 'format'] as const;

export function declarePruneCommand(y: Argv): Argv {
  return declareSessionFlags(y)
    .option('apply', { type: 'boolean', default: false, describe: 'Delete the unreferenced legacy modules; without it, list them.' })
    .option('allow-dirty', { type: 'boolean', default: false, describe: 'With --apply, also delete legacy files with uncommitted changes, or outside a git repository.' })
    .option('format', { choices: ['text', 'json'] as const, requiresArg: true, default: 'text' as const, describe: 'text: one line per legacy module · json: { version, modules }.' })
    .epilogue('Paths pick the legacy modules that may be deleted (default: every one); references are always searched in the whole root.\nExit codes: 0 done (referenced modules are kept and listed) · 2 usage or manifest error.');
}

export function toPruneOptions(args: Record<string, unknown>, cwd: string): PruneOptions {
  return { ...toSessionOptions(args, cwd), apply: args.apply === true, allowDirty: args['allow-dirty'] === true, format: args.format === 'json' ? ('json' as const) : ('text' as const) };
}

export async function pruneCommand(options: PruneOptions, deps: { stdout: TextOutput; stderr: TextOutput; rewriters: readonly LanguageRewriter[] }): Promise<number> {
  const { root, plan } = openPlan(options);
  const selected = pathSelector(options.paths, options.cwd, root);
  const all = pruneCandidates(plan, createModuleApiReader(plan, root), root);
  const candidates = all.candidates.filter((c) => selected(c.file));
  const byMove = new Map([...all.byMove].map(([id, list]) => [id, list.filter((c) => candidates.includes(c))] as const));
  const aliases = retiredAliases(plan);
  if (candidates.length > 0 || aliases.length > 0) {
    const rewriters = deps.rewriters.filter((r) => plan[r.language] !== undefined);
    const files = discoverFiles({ root, paths: [], cwd: root, extensions: discoveredExtensions(rewriters), include: options.include, exclude: options.exclude });
    const processor = createFileProcessor({ root, plan, rewriters, maxFileSize: options.maxFileSize });
    const readText = (rel: string) => {
      try {
        return fs.readFileSync(path.join(root, rel), 'latin1');
      } catch {
        return undefined;
      }
    };
    const sink: Sink = {
      onResult: (r: FileResult) => {
        recordReferences(r, byMove, candidates, readText);
        recordAliasUses(r, aliases, readText);
      },
      onEnd() {},
    };
    await runFiles({ candidates: files, process: processor, plan, sinks: [sink] });
    // A package that goes no longer keeps the modules it imports: settle until nothing changes.
    const listings = new Map<string, string[]>();
    do settle(candidates);
    while (settlePackages(candidates, root, listings));
  }
  const deletable = candidates.filter((c) => c.referencedBy.length === 0 && !c.keptBecause);
  if (options.apply && !options.allowDirty) refuseDirtyTargets(root, deletable.map((c) => c.file), 'prune --apply');
  if (options.apply) deleteModules(root, deletable);
  if (options.format === 'json') {
    const modules = candidates.map((c) => ({ ...c, delete: deletable.includes(c) }));
    const paths = aliases.map((a) => ({ alias: a.pattern, move: a.move.id, spelledBy: a.spelledBy, delete: a.spelledBy.length === 0 }));
    deps.stdout.write(JSON.stringify({ version: 1, applied: options.apply, modules, ...(paths.length > 0 ? { aliases: paths } : {}) }, null, 2) + '\n');
  } else {
    for (const c of candidates) deps.stdout.write(line(c, deletable.includes(c), options.apply) + '\n');
    for (const a of aliases) deps.stdout.write(aliasLine(a) + '\n');
  }
  const verb = options.apply ? 'deleted' : 'can be deleted';
  deps.stderr.write(`${deletable.length} of ${candidates.length} legacy modules ${verb}${!options.apply && deletable.length ? ' (re-run with --apply to delete them)' : ''}.\n`);
  return 0;
}

/** A tsconfig `paths` entry a move retires (JsAlias.retired), and the files still spelling it. */
interface RetiredAlias {
  pattern: string;
  move: Move;
  spelledBy: string[];
}

function retiredAliases(plan: MigrationPlan): RetiredAlias[] {
  const moves = (plan.javascript?.moves ?? []).filter((m) => !m.from.symbol && m.fromKey.startsWith('alias:'));
  return (plan.javascript?.aliases ?? [])
    .filter((a) => a.retired)
    .flatMap((a) => {
      const move = moves.find((m) => a.pattern === m.from.module || a.pattern === `${m.from.module}/*`);
      return move ? [{ pattern: a.pattern, move, spelledBy: [] }] : [];
    });
}

/** A file spells a retired alias when the run found a reference through it, or (not read) its text holds it. */
function recordAliasUses(result: FileResult, aliases: readonly RetiredAlias[], readText: (rel: string) => string | undefined): void {
  if (aliases.length === 0) return;
  const unread = isUnread(result);
  const text = unread ? readText(result.path) : undefined;
  for (const a of aliases) {
    const spells = result.findings.some((f) => f.kind !== 'mention' && f.move === a.move.id) || (unread && (text === undefined || text.includes(a.move.from.module)));
    if (spells && !a.spelledBy.includes(result.path)) a.spelledBy.push(result.path);
  }
}

/** tsconfig is JSON with comments, edited by its owner: prune says what to do and never writes it. */
function aliasLine(a: RetiredAlias): string {
  if (a.spelledBy.length === 0) return `delete the tsconfig paths entry "${a.pattern}" by hand  (${a.move.from.module}: no file spells it any more)`;
  const shown = a.spelledBy.slice(0, 10).join(', ') + (a.spelledBy.length > 10 ? `, … (${a.spelledBy.length} files)` : '');
  return `keep the tsconfig paths entry "${a.pattern}": still spelled by ${shown}`;
}

/** Deletes the files, then each deleted package's directory once only bytecode caches are left in it (deepest first). */
function deleteModules(root: string, deletable: readonly PruneCandidate[]): void {
  for (const c of deletable) fs.rmSync(path.join(root, c.file));
  const packageDirs = deletable.filter((c) => path.posix.basename(c.file) === '__init__.py').map((c) => path.posix.dirname(c.file));
  for (const dir of packageDirs.sort((a, b) => b.split('/').length - a.split('/').length)) {
    const absolute = path.join(root, dir);
    if (fs.readdirSync(absolute).every((name) => name === '__pycache__')) fs.rmSync(absolute, { recursive: true });
  }
}

function line(c: PruneCandidate, deletable: boolean, applied: boolean): string {
  const what = path.posix.basename(c.file) === '__init__.py' ? `${c.file} and its directory` : c.file;
  const named = c.mentionedBy?.length ? `; strings still name it in ${listed(c.mentionedBy)} (its path, or source text): check them` : '';
  if (deletable) return `${applied ? 'deleted' : 'delete'} ${what}  (${c.legacy}: no reference left${named})`;
  if (c.keptBecause) return `keep ${c.file}: ${c.keptBecause}`;
  return `keep ${c.file}: still referenced by ${listed(c.referencedBy)}`;
}

function listed(files: readonly string[]): string {
  return files.slice(0, 10).join(', ') + (files.length > 10 ? `, … (${files.length} files)` : '');
}
