// The netra history replay (issue 12): re-runs the netra team's bulk import rewrites with
// ssot-codemod and reports, per commit, files identical / compared and every mismatch.
// Usage: npm run build && node dist/scripts/replay-history.js [--case ID] [--codemod DIR] [--mirror DIR]
// Exit code: 0 when it ran (mismatches included) or the mirror is absent (skipped), 1 on errors, 2 on usage errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findPackageRoot } from './bench/commands';
import { CASES } from './replay/cases';
import { classify } from './replay/classify';
import { formatReplay, formatSummaryTable } from './replay/format-report';
import { ReplayError } from './replay/git-tree';
import { replayCommit, type CommitReplay } from './replay/replay-commit';
import { replayJsCommit } from './replay/replay-js-commit';

export const DEFAULT_MIRROR = '/work/.mirror/netra-systems+zen/repo';

const HELP = `node dist/scripts/replay-history.js [options]

Replays the netra team's bulk import rewrites (scripts/replay/cases.ts) with ssot-codemod and
compares, per file, the import statements of the manifest's modules and the uses of renamed names
(for the TS cases: the module references, imports, require, import() and jest/vi mocks).

  --mirror DIR          git directory of netra-systems/zen (default ${DEFAULT_MIRROR})
  --codemod DIR         the ssot-codemod checkout to measure, built (default: this package)
  --case ID             only this commit (repeatable; ids: ${CASES.map((c) => c.id).join(', ')})
  --work DIR            scratch directory (default: <tmp>/ssot-replay); each commit's before/ ours/ theirs/ stay there
  --json FILE           also write every file's outcome as JSON
  --max-mismatches N    print at most N mismatches per commit (default: all)
  --full-tree           Python cases: run in the parent's whole Python tree, so the canonical side is complete
                        (default: only the modified files and their packages' __init__.py)
  --help
`;

export async function replayHistory(argv: string[], out: (text: string) => void): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        mirror: { type: 'string', default: DEFAULT_MIRROR },
        codemod: { type: 'string' },
        case: { type: 'string', multiple: true },
        work: { type: 'string', default: path.join(os.tmpdir(), 'ssot-replay') },
        json: { type: 'string' },
        'max-mismatches': { type: 'string' },
        'full-tree': { type: 'boolean' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    out(`${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    out(HELP);
    return 0;
  }
  const unknown = (values.case ?? []).filter((id) => !CASES.some((c) => c.id === id));
  if (unknown.length > 0) {
    out(`unknown --case ${unknown.join(', ')}; known: ${CASES.map((c) => c.id).join(', ')}\n`);
    return 2;
  }
  const gitDir = path.resolve(values.mirror);
  if (!fs.existsSync(path.join(gitDir, 'objects'))) {
    out(`skipped: no git directory of netra-systems/zen at ${gitDir} (fetch it, then pass --mirror DIR).\n`);
    return 0;
  }
  const bin = path.join(path.resolve(values.codemod ?? findPackageRoot(__dirname)), 'bin', 'ssot-codemod.js');
  const cases = CASES.filter((c) => !values.case || values.case.includes(c.id));
  const replays: CommitReplay[] = [];
  try {
    for (const c of cases) {
      const common = { gitDir, bin, workDir: path.join(values.work, c.id), id: c.id, commit: c.commit, moves: c.moves };
      const replay = c.javascript ? replayJsCommit({ ...common, root: c.javascript.root }) : replayCommit({ ...common, fullTree: values['full-tree'] });
      replays.push(replay);
      out(formatReplay(replay, { maxMismatches: values['max-mismatches'] === undefined ? undefined : Number(values['max-mismatches']) }) + '\n');
    }
  } catch (e) {
    if (!(e instanceof ReplayError)) throw e;
    out(`error: ${e.message}\n`);
    return 1;
  }
  out(formatSummaryTable(replays));
  if (values.json) {
    const withClasses = replays.map((r) => ({ ...r, files: r.files.map((f) => (f.category === 'mismatch' ? { ...f, class: classify(f).id } : f)) }));
    fs.writeFileSync(values.json, JSON.stringify({ version: 1, codemod: bin, replays: withClasses }, null, 1) + '\n');
  }
  return 0;
}

if (require.main === module) {
  replayHistory(process.argv.slice(2), (text) => process.stdout.write(text)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
