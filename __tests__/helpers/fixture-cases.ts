// Discovers fixture cases by reading __testfixtures__/<transform>/ (never a hand-kept list).
// A case is <case>.input.<ext> with <case>.output.<ext>, and optionally <case>.manifest.json
// (else the folder's manifest.json), <case>.findings.json and <case>.options.json.
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES_ROOT = path.join(__dirname, '..', '..', '__testfixtures__');

export interface CaseOptions {
  /** Repo-relative path the input pretends to live at (module resolution depends on it). */
  path?: string;
  rewriteComments?: boolean;
  /** Minimum CPython minor version able to parse the output (3.12-only syntax); older oracles skip the check. */
  cpython?: string;
  /** Python: run in tolerant mode (RewriteOptions.tolerant); the input must not parse, and the output
   * must fail where the input did (moved by the edits above), instead of parsing. */
  tolerant?: boolean;
  /** Skip the TypeScript-compiler syntax check (e.g. for inputs in plain JS dialects it rejects). */
  noTypeScriptCheck?: boolean;
  /** Python: names canonical modules provide (PythonPlan.provided), as a run reads them from the repository. */
  provided?: Record<string, string[]>;
}

export interface FixtureCase {
  transform: string;
  name: string;
  ext: string;
  dir: string;
  input: string;
  output: string;
  manifestFile: string;
  findingsFile?: string;
  options: CaseOptions;
  /** Default directory (from the folder's fixtures.json) for cases without options.path. */
  defaultDir: string;
}

export function transformNames(): string[] {
  return fs.readdirSync(FIXTURES_ROOT).filter((d) => fs.statSync(path.join(FIXTURES_ROOT, d)).isDirectory()).sort();
}

export function discoverCases(transform: string): FixtureCase[] {
  const dir = path.join(FIXTURES_ROOT, transform);
  const folderConfig = readJson(path.join(dir, 'fixtures.json')) as { defaultDir?: string } | undefined;
  const cases: FixtureCase[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const match = /^(.+)\.input\.([a-z]+)$/.exec(file);
    if (!match) continue;
    const [, name, ext] = match;
    const at = (suffix: string) => path.join(dir, `${name}.${suffix}`);
    const caseManifest = at('manifest.json');
    cases.push({
      transform,
      name,
      ext,
      dir,
      input: fs.readFileSync(at(`input.${ext}`), 'utf8'),
      output: fs.readFileSync(at(`output.${ext}`), 'utf8'),
      manifestFile: fs.existsSync(caseManifest) ? caseManifest : path.join(dir, 'manifest.json'),
      findingsFile: fs.existsSync(at('findings.json')) ? at('findings.json') : undefined,
      options: (readJson(at('options.json')) as CaseOptions | undefined) ?? {},
      defaultDir: folderConfig?.defaultDir ?? 'src',
    });
  }
  return cases;
}

export function casePath(c: FixtureCase): string {
  return c.options.path ?? `${c.defaultDir}/${c.name}.${c.ext}`;
}

function readJson(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}
