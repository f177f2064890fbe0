// The TypeScript side of judging a rewrite by running the real tools (import-probe.ts is the Python
// side): type-checks a project in two trees (before and after `ssot-codemod run --apply`) with the
// compiler in devDependencies and lists the diagnostics only the second tree has. Every file's
// syntactic and semantic diagnostics are read (tsc alone stops at the first syntax error), paths
// are spelled relative to the tree and line numbers are dropped, so moved lines compare alike; a
// tree without node_modules gives thousands of "cannot find module" errors, the same in both.
//
//   node dist/scripts/ts-probe.js --before DIR --after DIR [--project frontend/tsconfig.json] [--json out.json]
//
// Exit code 0 when it ran (new diagnostics are printed, not failures), 2 for bad flags.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface TsProbeReport {
  before: number;
  after: number;
  /** Diagnostics (file: TScode message) only the after tree has, with how many times each occurs more. */
  added: { diagnostic: string; count: number }[];
  /** Those only the before tree has. */
  removed: { diagnostic: string; count: number }[];
}

/** Every diagnostic of the project's own files, as `file: TS1234 message` (no line, tree-relative paths). */
export function projectDiagnostics(root: string, project: string): string[] {
  const configPath = path.resolve(root, project);
  const dir = path.dirname(configPath);
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  const base = fs.realpathSync(path.resolve(root));
  const relative = (text: string) => text.split(base + path.sep).join('').split(path.resolve(root) + path.sep).join('');
  const out: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (sf.fileName.includes('/node_modules/') || !path.resolve(sf.fileName).startsWith(path.resolve(root))) continue;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      out.push(`${relative(path.resolve(sf.fileName))}: TS${d.code} ${relative(ts.flattenDiagnosticMessageText(d.messageText, ' '))}`);
    }
  }
  return out.sort();
}

export function compareDiagnostics(before: string[], after: string[]): TsProbeReport {
  const count = (list: string[]) => list.reduce((m, d) => m.set(d, (m.get(d) ?? 0) + 1), new Map<string, number>());
  const b = count(before);
  const a = count(after);
  const more = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].filter(([d, n]) => n > (y.get(d) ?? 0)).map(([diagnostic, n]) => ({ diagnostic, count: n - (y.get(diagnostic) ?? 0) }));
  return { before: before.length, after: after.length, added: more(a, b), removed: more(b, a) };
}

export function formatTsProbe(report: TsProbeReport): string {
  const lines = report.added.map((a) => `+ ${a.count > 1 ? `${a.count}× ` : ''}${a.diagnostic}`);
  const sum = (list: TsProbeReport['added']) => list.reduce((s, x) => s + x.count, 0);
  lines.push(`${report.before} diagnostics before, ${report.after} after: ${sum(report.added)} only after, ${sum(report.removed)} only before`);
  return lines.join('\n') + '\n';
}

function parseArgs(argv: string[]): { before: string; after: string; project: string; json?: string } | string {
  const options: Record<string, string> = { project: 'tsconfig.json' };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    if (!['--before', '--after', '--project', '--json'].includes(flag)) return `unknown flag ${flag}`;
    if (argv[i + 1] === undefined) return `${flag} needs a value`;
    options[flag.slice(2)] = argv[i + 1];
  }
  if (!options.before || !options.after) return '--before DIR and --after DIR are required';
  return options as { before: string; after: string; project: string; json?: string };
}

if (require.main === module) {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`ts-probe: ${parsed}; usage: ts-probe --before DIR --after DIR [--project PATH] [--json FILE]\n`);
    process.exitCode = 2;
  } else {
    const report = compareDiagnostics(projectDiagnostics(parsed.before, parsed.project), projectDiagnostics(parsed.after, parsed.project));
    process.stdout.write(formatTsProbe(report));
    if (parsed.json) fs.writeFileSync(parsed.json, JSON.stringify(report, null, 2) + '\n');
  }
}
