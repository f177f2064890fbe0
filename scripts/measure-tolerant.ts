// Measures --tolerant on a real tree: runs `ssot-codemod run` without and with --tolerant (and with
// --tolerant --verify python), then compiles the input and the output of every tolerant change with
// python3 and checks that the output fails with the input's error, moved only by the edits above it.
// The tree is a folder, or one commit of a git directory extracted into a folder. See docs/tolerant.md.
// Exit code: 0 when every tolerant output fails where its input does, 1 otherwise, 2 on usage errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main';
import type { JsonFileEntry } from '../src/sinks/json';
import { loadManifest } from '../src/manifest/load';
import { presetFile } from '../src/manifest/presets';
import { failsWhereInputDid, type ParseVerdict } from '../src/pipeline/tolerant-check';
import { pythonRewriter } from '../src/rewrite/python';
import type { RunSummary } from '../src/types';
import { compileWithPython, pythonVersion } from './tolerant/compile-python';
import { extractTree } from './tolerant/extract-tree';

export interface TolerantMeasurement {
  tree: string;
  python: string;
  /** Python files that reach the rewriter (they may name a legacy module) and do not parse, without --tolerant. */
  notParsed: number;
  /** With --tolerant: broken files rewritten on provable lines, and their findings. */
  tolerantChanged: number;
  tolerantRewritten: number;
  tolerantManual: number;
  /** With --tolerant: broken files left untouched, and those among them with (manual) references. */
  stillNotParsed: number;
  stillNotParsedWithReferences: number;
  /** python3 on the tolerant changes: outputs failing with the input's error (shifted), and the others. */
  sameErrorShifted: number;
  errorChanged: { path: string; input: ParseVerdict; output: ParseVerdict }[];
  /** Tolerant changes whose input CPython accepts (the tool's reader is stricter, e.g. 3.12 syntax). */
  inputAcceptedByPython: number;
  /** With --tolerant --verify python: tolerant changes the tool itself refused (output-unparseable). */
  verifyRefused: number;
}

type Report = { files: JsonFileEntry[]; summary: RunSummary };

async function runJson(argv: string[]): Promise<Report> {
  const out: string[] = [];
  const sink = { write: (chunk: string) => (out.push(chunk), true) };
  await main([...argv, '--format', 'json', '--no-verify', '--no-color'], { stdout: sink, stderr: { write: () => true }, cwd: process.cwd() });
  return JSON.parse(out.join('')) as Report;
}

export async function measureTolerant(options: { tree: string; manifestArgs: string[]; manifestFile: string; python: string; log: (line: string) => void }): Promise<TolerantMeasurement> {
  const { tree, python, log } = options;
  const base = ['run', '--root', tree, ...options.manifestArgs];
  log('run without --tolerant …');
  const plain = await runJson(base);
  log('run with --tolerant …');
  const tolerant = await runJson([...base, '--tolerant']);
  log('run with --tolerant --verify python …');
  const verified = await runJson([...base, '--tolerant', '--verify', 'python']);

  const changed = tolerant.files.filter((f) => f.status === 'changed' && f.tolerant);
  const still = tolerant.files.filter((f) => f.status === 'failed' && f.error?.code === 'parse');
  const { plan } = loadManifest(options.manifestFile, tree);
  const pairs = changed.map((f) => {
    const source = fs.readFileSync(path.join(tree, f.path), 'utf8');
    const outcome = pythonRewriter.rewrite({ source, path: f.path, plan, options: { tolerant: true } });
    return { path: f.path, source, outcome };
  });
  log(`python3 compiles ${pairs.length} inputs and outputs …`);
  const inputs = compileWithPython(python, pairs.map((p) => p.source));
  const outputs = compileWithPython(python, pairs.map((p) => p.outcome.code));
  const errorChanged = pairs
    .map((p, i) => ({ path: p.path, input: inputs[i], output: outputs[i], same: failsWhereInputDid(p.source, p.outcome.edits, inputs[i], outputs[i]) }))
    .filter((v) => !v.same)
    .map(({ path: p, input, output }) => ({ path: p, input, output }));
  const verifiedPaths = new Set(changed.map((f) => f.path));
  return {
    tree,
    python: `${python} ${pythonVersion(python) ?? '?'}`,
    notParsed: plain.summary.syntaxErrors?.notParsed ?? 0,
    tolerantChanged: changed.length,
    tolerantRewritten: changed.reduce((n, f) => n + f.findings.filter((x) => x.kind === 'rewritten').length, 0),
    tolerantManual: changed.reduce((n, f) => n + f.findings.filter((x) => x.kind === 'manual').length, 0),
    stillNotParsed: still.length,
    stillNotParsedWithReferences: still.filter((f) => f.findings.some((x) => x.kind === 'manual')).length,
    sameErrorShifted: pairs.length - errorChanged.length,
    errorChanged,
    inputAcceptedByPython: inputs.filter((v) => v.ok).length,
    verifyRefused: verified.files.filter((f) => verifiedPaths.has(f.path) && f.status === 'failed' && f.error?.code === 'output-unparseable').length,
  };
}

export function formatMeasurement(m: TolerantMeasurement): string {
  return [
    `tree: ${m.tree}`,
    `checked with: ${m.python}`,
    `without --tolerant: ${m.notParsed} Python files that may name a legacy module do not parse (failed: parse)`,
    `with --tolerant: ${m.tolerantChanged} of them rewritten on provable lines (${m.tolerantRewritten} references rewritten, ${m.tolerantManual} manual)`,
    `                 ${m.stillNotParsed} left untouched, ${m.stillNotParsedWithReferences} of which have references only in lines the reader cannot prove (manual)`,
    `python3: ${m.sameErrorShifted} of ${m.tolerantChanged} outputs fail with their input's error (moved only by the edits above it); ${m.errorChanged.length} otherwise` +
      (m.inputAcceptedByPython > 0 ? ` (${m.inputAcceptedByPython} inputs python3 accepts, whose outputs it must accept too)` : ''),
    ...m.errorChanged.map((e) => `  ${e.path}: input ${describe(e.input)}, output ${describe(e.output)}`),
    `--tolerant --verify python: ${m.verifyRefused} tolerant changes refused (output-unparseable)`,
  ].join('\n');
}

const describe = (v: ParseVerdict) => (v.ok ? 'parses' : `"${v.message}" at line ${v.line}`);

async function cli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'git-dir': { type: 'string' },
      commit: { type: 'string' },
      work: { type: 'string' },
      tree: { type: 'string' },
      preset: { type: 'string' },
      manifest: { type: 'string' },
      python: { type: 'string', default: 'python3' },
      json: { type: 'string' },
    },
  });
  const log = (line: string) => process.stderr.write(line + '\n');
  if (!values.tree === !(values['git-dir'] && values.commit)) {
    log('usage: measure-tolerant (--tree DIR | --git-dir DIR --commit REV [--work DIR]) [--preset NAME | --manifest FILE] [--python python3] [--json FILE]');
    return 2;
  }
  let tree = values.tree ? path.resolve(values.tree) : '';
  if (!tree) {
    tree = path.resolve(values.work ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-tolerant-')), values.commit!);
    log(`extracting ${values.commit} into ${tree} …`);
    const keep = (p: string) => /\.pyi?$/.test(p) || p.endsWith('.gitignore');
    const { written, absent } = await extractTree({ gitDir: values['git-dir']!, commit: values.commit!, into: tree, keep });
    log(`${written} files written, ${absent} absent blobs skipped`);
  }
  const preset = values.manifest ? undefined : values.preset ?? 'netra-websocket-ssot';
  const manifestArgs = preset ? ['--preset', preset] : ['--manifest', path.resolve(values.manifest!)];
  const manifestFile = preset ? presetFile(preset) : path.resolve(values.manifest!);
  const m = await measureTolerant({ tree, manifestArgs, manifestFile, python: values.python!, log });
  process.stdout.write(formatMeasurement(m) + '\n');
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(m, null, 2) + '\n');
  return m.errorChanged.length === 0 && m.verifyRefused === 0 ? 0 : 1;
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`measure-tolerant: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
