// `ssot-codemod shims`: turns each whole-module move's legacy file into a thin deprecation shim
// over its canonical module (dry-run diff by default, --apply writes atomically). A legacy file that
// still holds real code is kept unless --force; symbol moves get advice only.
import path from 'node:path';
import fs from 'node:fs';
import type { Argv } from 'yargs';
import { gitPathPrefix } from '../../pipeline/git';
import { writeFileAtomic } from '../../sinks/atomic-file';
import { formatGitDiff } from '../../sinks/git-diff';
import type { TextOutput } from '../../sinks/text-output';
import { planShims, type ShimDecision, type ShimPlan } from '../../shims/plan-shims';
import { refuseDirtyTargets } from './refuse-dirty';
import { declareSessionFlags, openPlan, pathSelector, toSessionOptions, type SessionOptions } from './session';

export interface ShimsOptions extends SessionOptions {
  apply: boolean;
  force: boolean;
  create: boolean;
  allowDirty: boolean;
  format: 'text' | 'json';
}

export const SHIMS_FLAGS = ['apply', 'force', 'create', 'allow-dirty', 'format'] as const;

export function declareShimsCommand(y: Argv): Argv {
  return declareSessionFlags(y)
    .option('apply', { type: 'boolean', default: false, describe: 'Write the shims (atomically); without it, print them as diffs.' })
    .option('force', { type: 'boolean', default: false, describe: 'Also replace legacy modules that still hold real code (definitions or names the canonical module lacks).' })
    .option('create', { type: 'boolean', default: false, describe: 'Also write a shim for a legacy module whose file is gone (moved with git mv), at its old place, so imports from outside the repository keep working until prune.' })
    .option('allow-dirty', { type: 'boolean', default: false, describe: 'With --apply, also overwrite legacy files with uncommitted changes, or outside a git repository.' })
    .option('format', { choices: ['text', 'json'] as const, requiresArg: true, default: 'text' as const, describe: 'text: diffs and notes · json: every decision.' })
    .epilogue('Paths pick the legacy modules to shim (default: every one).\nExit codes: 0 every shim written or shown · 1 some legacy modules hold real code and were kept (use --force) · 2 usage or manifest error.');
}

export function toShimsOptions(args: Record<string, unknown>, cwd: string): ShimsOptions {
  return { ...toSessionOptions(args, cwd), apply: args.apply === true, force: args.force === true, create: args.create === true, allowDirty: args['allow-dirty'] === true, format: args.format === 'json' ? 'json' : 'text' };
}

/** Real code the shim would replace: the reason a legacy module is kept without --force. */
export const holdsRealCode = (p: ShimPlan) => p.lost.length > 0 || p.definitions.length > 0;

export async function shimsCommand(options: ShimsOptions, deps: { stdout: TextOutput; stderr: TextOutput }): Promise<number> {
  const { root, plan } = openPlan(options);
  const selected = pathSelector(options.paths, options.cwd, root);
  const decisions = planShims(plan, root, (rel) => fs.readFileSync(path.join(root, rel), 'utf8'), undefined, { create: options.create }).filter((d) => ('file' in d && d.file !== undefined ? selected(d.file) : options.paths.length === 0));
  if (options.apply && !options.allowDirty) {
    const targets = decisions.filter((d): d is ShimPlan => d.kind === 'shim' && (options.force || !holdsRealCode(d)) && d.text !== d.original);
    refuseDirtyTargets(root, targets.map((d) => d.file), 'shims --apply');
  }
  const pathPrefix = options.apply || options.format !== 'text' ? '' : gitPathPrefix(root);
  let kept = 0;
  let written = 0;
  const lines: string[] = [];
  for (const d of decisions) {
    if (d.kind !== 'shim') {
      lines.push(...describe(d));
      continue;
    }
    const refused = holdsRealCode(d) && !options.force;
    if (refused) kept++;
    lines.push(...describeShim(d, refused));
    if (refused || d.text === d.original) continue;
    if (options.apply) {
      const target = path.join(root, d.file);
      await writeFileAtomic(target, d.text, d.created ? {} : { mode: fs.statSync(target).mode & 0o7777 });
      written++;
    } else if (options.format === 'text') deps.stdout.write(formatGitDiff(pathPrefix + d.file, d.original, d.text));
  }
  if (options.format === 'json') deps.stdout.write(JSON.stringify({ version: 1, decisions: decisions.map(({ ...d }) => ('original' in d ? { ...d, original: undefined } : d)) }, null, 2) + '\n');
  for (const line of lines) deps.stderr.write(line + '\n');
  const shims = decisions.filter((d) => d.kind === 'shim').length;
  deps.stderr.write(`${shims} legacy ${shims === 1 ? 'module' : 'modules'} to shim: ${options.apply ? `${written} written` : `${shims - kept} shown`}, ${kept} kept (real code; --force replaces them).\n`);
  return kept > 0 ? 1 : 0;
}

function describeShim(d: ShimPlan, refused: boolean): string[] {
  if (!holdsRealCode(d)) return [`shim ${d.file}${d.created ? ' (new file: the legacy module was gone)' : ''}: re-exports ${d.canonical}${d.caveat ? ` (${d.caveat})` : ''}`];
  const what = [
    d.definitions.length ? `defines ${d.definitions.join(', ')}` : '',
    d.lost.length ? `provides ${d.lost.join(', ')}, which ${d.canonical} lacks (they would be lost)` : '',
  ].filter(Boolean).join('; ');
  return [refused ? `kept ${d.file}: it holds real code (${what}); pass --force to replace it with the shim anyway.` : `shim ${d.file} (forced): replaces real code (${what}).`];
}

function describe(d: Exclude<ShimDecision, ShimPlan>): string[] {
  if (d.kind === 'skip') return [`skip ${d.legacy}: ${d.reason}`];
  const out = d.provided.length ? [`symbol moves from ${d.file}: ${d.provided.join(', ')} still importable from it (defined or re-exported there); nothing to add`] : [];
  if (d.lines.length) {
    out.push(
      `symbol moves from ${d.file}: it keeps its other code, so no shim is written; it lacks these names today (old imports of them are broken), and these lines would provide them (mind import cycles if the canonical module imports ${d.file}):`,
      ...d.lines.map((l) => `    ${l}`),
    );
  }
  return out;
}
