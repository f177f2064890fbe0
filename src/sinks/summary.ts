// The closing text report of a run: totals by status (skips by reason), every failed file with
// path:line: message, every file skipped unread that names a legacy module, findings by kind, each
// located (manual, mention, ignored; rewritten ones after --apply, the diffs locate them in a dry
// run, where those the policy explains are notes), moves that matched nothing (likely typos), notices, time. Used by the run command in text
// mode (on stderr in JSON mode); keeps only failures, never file text.
import { failureWhere } from '../rewrite/parse-error-at';
import { groupByPlace, moreMovesHere, type PlaceGroup } from '../report/same-place';
import type { FileError, FileResult, Finding, MigrationPlan, RunSummary, Sink } from '../types';
import { syntaxErrorLines, tolerantChangeOf, tolerantCount, type TolerantChange } from './syntax-error-lines';
import { createPainter, type TextOutput } from './text-output';

/** Up to this many moves that matched nothing get a warning each; more get one line (a part-migrated tree). */
const MOVES_WARNED_ONE_BY_ONE = 3;

export interface SummarySinkOptions {
  out: TextOutput;
  color: boolean;
  plan: MigrationPlan;
  /** 'dry-run' adds how to write the changes; 'apply' says they were written. */
  mode: 'dry-run' | 'apply';
  /** Only the totals line and failures. */
  quiet?: boolean;
  /** Where the patch was written, if --patch was given. */
  patchFile?: string;
  /** The run saw part of the root only (paths, --include/--exclude, --shard): a move matching nothing there is no sign of a typo. */
  narrowed?: boolean;
}

/** How many lines of findings of each kind the text summary lists before it only counts the rest. */
const MANUAL_SHOWN = 50;

interface FailedFile {
  path: string;
  error: FileError;
}

export function createSummarySink(options: SummarySinkOptions): Sink {
  const failures: FailedFile[] = [];
  // Every counted finding is also located. Rewritten ones are located by the diffs in a dry run, so
  // they are listed only after --apply.
  const listed: Finding['kind'][] = options.mode === 'apply' ? ['manual', 'mention', 'ignored', 'rewritten'] : ['manual', 'mention', 'ignored'];
  const shown = new Map<Finding['kind'], PlaceGroup[]>(listed.map((kind) => [kind, []]));
  // A dry run's diffs do not say why a rewrite reads as it does (`New as Old`: a name collision):
  // rewritten findings with a reason are listed as notes.
  const notes: Finding[] = [];
  let noteCount = 0;
  let rebased = 0;
  const totals = new Map<Finding['kind'], number>();
  const skipReasons = new Map<string, number>();
  // Files the guards stopped unread although they name a legacy module: listed like failures.
  const unread: { path: string; detail: string }[] = [];
  const tolerantChanges: TolerantChange[] = [];
  const paint = createPainter(options.color);
  return {
    onResult(result: FileResult) {
      if (result.status === 'failed') failures.push({ path: result.path, error: result.error });
      const tolerant = tolerantChangeOf(result);
      if (tolerant) tolerantChanges.push(tolerant);
      // The same place and reason for several moves is one line (same-place.ts).
      if (options.mode === 'dry-run') {
        for (const finding of result.findings) {
          if (finding.kind !== 'rewritten' || !finding.reason) continue;
          // A moved file's own imports, rebased: one line for all (a moved folder has hundreds).
          if (finding.reason.startsWith('rebased:')) {
            rebased++;
            continue;
          }
          noteCount++;
          if (notes.length < MANUAL_SHOWN) notes.push(finding);
        }
      }
      for (const group of groupByPlace(result.findings)) {
        const { kind } = group.finding;
        const list = shown.get(kind);
        if (!list) continue;
        totals.set(kind, (totals.get(kind) ?? 0) + group.moves);
        if (list.length < MANUAL_SHOWN) list.push(group);
      }
      if (result.status === 'skipped') skipReasons.set(result.reason, (skipReasons.get(result.reason) ?? 0) + 1);
      if (result.status === 'skipped' && result.namesLegacy) unread.push({ path: result.path, detail: result.detail ?? result.reason });
    },
    onEnd(summary: RunSummary) {
      const lines: string[] = [];
      const reasons = [...skipReasons].sort().map(([reason, n]) => `${n} ${reason}`).join(', ');
      lines.push(
        paint('bold', `${summary.files} ${plural(summary.files, 'file')} scanned: `) +
          `${summary.changed} changed${tolerantCount(summary)}, ${summary.unchanged} unchanged, ` +
          `${summary.skipped} skipped${reasons ? ` (${reasons})` : ''}, ` +
          (summary.failed > 0 ? paint('red', `${summary.failed} failed`) : `${summary.failed} failed`) +
          ` in ${(summary.durationMs / 1000).toFixed(1)}s`,
      );
      for (const { path, error } of failures) {
        const { where, message } = failureWhere(path, error);
        lines.push(`  ${paint('red', 'failed')} ${where}: ${error.code}: ${message}`);
      }
      for (const { path, detail } of unread.slice(0, MANUAL_SHOWN)) lines.push(`  ${paint('yellow', 'skipped')} ${path}: ${detail}`);
      if (unread.length > MANUAL_SHOWN) lines.push(`  … and ${unread.length - MANUAL_SHOWN} more skipped files that name a legacy module (see --format json)`);
      lines.push(...syntaxErrorLines(summary, options.quiet ? [] : tolerantChanges, paint));
      if (!options.quiet) {
        const f = summary.findings;
        lines.push(`findings: ${f.rewritten} rewritten, ${f.manual} manual, ${f.mention} mention, ${f.ignored} ignored`);
        for (const kind of listed) {
          const list = shown.get(kind)!;
          let listedCount = 0;
          for (const { finding: m, moves } of list) {
            lines.push(`  ${kind === 'manual' ? paint('yellow', kind) : kind} ${m.path}:${m.line}:${m.column}: ${m.move}${moreMovesHere(moves)}: ${describeFinding(m)}`);
            listedCount += moves;
          }
          const total = totals.get(kind) ?? 0;
          if (total > listedCount) lines.push(`  … and ${total - listedCount} more ${kind} findings (see --format json or scan)`);
        }
        for (const n of notes) lines.push(`  note ${n.path}:${n.line}:${n.column}: ${n.move}: ${n.reason}`);
        if (noteCount > notes.length) lines.push(`  … and ${noteCount - notes.length} more notes on rewritten references (see --format json)`);
        if (rebased > 0) lines.push(`  note: ${rebased} of them ${rebased === 1 ? 'is a moved file\'s own relative import' : 'are moved files\' own relative imports'}, rebased from where the file was (see --format json)`);
        const sources = moveSources(options.plan);
        const unused = summary.unusedMoves.length;
        if (options.narrowed && unused > 0) {
          lines.push(`note: ${unused} ${plural(unused, 'move')} matched no reference in the files of this run (narrowed by paths, --include, --exclude or --shard); run scan or verify over the whole root to catch a typo.`);
        }
        // Nothing matched but text naming a module (a comment, a docstring): a tree already migrated
        // (the second run, whose leftover mentions name some moves), not one typo per move.
        const entries = new Set(sources.values()).size;
        // A failed file whose references are unknown may be where they are: no sign of a typo yet.
        const failedUnread = options.narrowed ? 0 : (summary.failedUnread ?? 0);
        if (failedUnread > 0 && unused > 0) {
          lines.push(`note: ${unused} ${plural(unused, 'move')} matched no reference in the files read, but ${failedUnread} failed ${plural(failedUnread, 'file')} (above) may hold ${unused === 1 ? 'its references' : 'theirs'}: fix ${failedUnread === 1 ? 'it' : 'them'} and run again before checking the manifest for a typo.`);
        }
        const none = !options.narrowed && failedUnread === 0 && unused > 0 && f.rewritten + f.manual + f.ignored === 0;
        if (none) {
          const which =
            unused < entries
              ? `${unused} of the ${entries} moves matched no reference and the others only mentions in text`
              : unused === 1
                ? "the manifest's one move matched no reference"
                : `none of the ${unused} moves matched a reference`;
          lines.push(`note: ${which}: nothing is left to migrate here, or its "from" paths name nothing this tree imports (check them for a typo).`);
        }
        const unmatched = options.narrowed || none || failedUnread > 0 ? [] : summary.unusedMoves;
        const named = (id: string) => `"${id}"${sources.get(id) ? ` (${sources.get(id)})` : ''}`;
        if (unmatched.length > MOVES_WARNED_ONE_BY_ONE) {
          // A tree part-migrated (the run after --apply, with manual findings left): one line, not one per finished move.
          const shown = unmatched.slice(0, MOVES_WARNED_ONE_BY_ONE).map(named).join(', ');
          lines.push(paint('yellow', `warning: ${unmatched.length} moves matched no reference: ${shown} and ${unmatched.length - MOVES_WARNED_ONE_BY_ONE} more (all in --format json's unusedMoves); each is already migrated, or a manifest typo: check its "from".`));
        } else {
          for (const id of unmatched) lines.push(paint('yellow', `warning: move ${named(id)} matched no reference; likely a manifest typo, check its "from" (unless its references are already migrated).`));
        }
        for (const notice of summary.notices) lines.push(`notice: ${notice}`);
        if (options.patchFile) lines.push(`patch written to ${options.patchFile}`);
        if (options.mode === 'dry-run' && summary.changed > 0) {
          lines.push(paint('dim', `dry run: nothing written; re-run with --apply to write ${summary.changed} ${plural(summary.changed, 'file')}.`));
        } else if (options.mode === 'apply') {
          lines.push(`${summary.changed} ${plural(summary.changed, 'file')} written.`);
        }
      }
      options.out.write(lines.join('\n') + '\n');
    },
  };
}

/** What a listed finding is: the reason it needs a human, or its form. */
function describeFinding(f: Finding): string {
  if (f.kind === 'manual') return f.reason ?? 'cannot be rewritten automatically';
  if (f.kind === 'mention') return `${f.form}, a mention in text (not rewritten${f.reason ? `: ${f.reason}` : ''})`;
  if (f.kind === 'ignored') return `${f.form} (excluded or opted out${f.reason ? `: ${f.reason}` : ''})`;
  return f.form;
}

function moveSources(plan: MigrationPlan): Map<string, string> {
  const sources = new Map<string, string>();
  for (const move of [...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])]) sources.set(move.id, move.source);
  return sources;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
