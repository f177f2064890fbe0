// The synthetic benchmark corpus (scripts/make-corpus.ts): deterministic bytes, the requested
// size and legacy share, needles only where legacy references are, and sources that parse
// (CPython for Python, Babel's TypeScript parser for TS/TSX).
import { parse } from '@babel/parser';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planFromManifestText } from '../src/manifest/load';
import type { MigrationPlan } from '../src/types';
import { makeCorpus, type CorpusResult } from '../scripts/make-corpus';
import { FORBIDDEN_FRAGMENTS } from '../scripts/corpus/vocabulary';
import { parseWithCPython } from './helpers/python-oracle';

const OPTIONS = { files: 300, pythonShare: 0.5, legacyRatio: 0.1, seed: 'corpus-test' };
let tmp: string;
let corpus: CorpusResult;
let twin: CorpusResult;
let plan: MigrationPlan;
const read = (file: string) => fs.readFileSync(path.join(corpus.root, file), 'utf8');

/** sha256 over every file's path and bytes, outside .git, in sorted order. */
function treeHash(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(rel);
      else hash.update(rel).update('\0').update(fs.readFileSync(path.join(root, rel))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

const git = (root: string, ...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'make-corpus-'));
  corpus = makeCorpus({ ...OPTIONS, out: path.join(tmp, 'a') });
  twin = makeCorpus({ ...OPTIONS, git: false, out: path.join(tmp, 'b') });
  plan = planFromManifestText(fs.readFileSync(corpus.manifest, 'utf8'), corpus.manifest, corpus.root);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('make-corpus', () => {
  test('same arguments give identical bytes and the same commit; another seed does not', () => {
    expect(treeHash(twin.root)).toBe(treeHash(corpus.root));
    const small = makeCorpus({ ...OPTIONS, files: 20, out: path.join(tmp, 'c') });
    const smallTwin = makeCorpus({ ...OPTIONS, files: 20, out: path.join(tmp, 'd') });
    expect(git(smallTwin.root, 'rev-parse', 'HEAD').stdout).toBe(git(small.root, 'rev-parse', 'HEAD').stdout);
    const other = makeCorpus({ ...OPTIONS, files: 20, seed: 'another', git: false, out: path.join(tmp, 'e') });
    expect(treeHash(other.root)).not.toBe(treeHash(small.root));
  });

  test('file count, language split and legacy share', () => {
    expect(corpus.files).toHaveLength(300);
    expect(new Set(corpus.files).size).toBe(300);
    expect(corpus.files.filter((f) => f.endsWith('.py'))).toHaveLength(150);
    expect(corpus.files.filter((f) => /\.tsx?$/.test(f))).toHaveLength(150);
    expect(Math.abs(corpus.legacyFiles.length / corpus.files.length - OPTIONS.legacyRatio)).toBeLessThanOrEqual(0.01);
    for (const ext of [/\.py$/, /\.tsx?$/]) {
      expect(corpus.legacyFiles.filter((f) => ext.test(f)).length).toBe(15);
    }
  });

  test('the corpus is committed and clean', () => {
    expect(git(corpus.root, 'status', '--porcelain').stdout).toBe('');
    const tracked = new Set(git(corpus.root, 'ls-files').stdout.trim().split('\n'));
    for (const file of [...corpus.files, ...corpus.supportFiles]) expect(tracked.has(file)).toBe(true);
  });

  test('its manifest compiles, with needles that include short ones like "manager"', () => {
    expect(plan.needles).toEqual(expect.arrayContaining(['manager', 'unified_manager', 'registry', 'legacyWs', 'ws-manager']));
    for (const needle of plan.needles) {
      expect(FORBIDDEN_FRAGMENTS.some((f) => needle.toLowerCase().includes(f))).toBe(true);
    }
  });

  test('every legacy file contains a needle; no other generated file contains any, anywhere', () => {
    const legacy = new Set(corpus.legacyFiles);
    for (const file of corpus.files) {
      const text = read(file);
      const found = plan.needles.filter((n) => text.includes(n));
      if (legacy.has(file)) expect({ file, found: found.length > 0 }).toEqual({ file, found: true });
      else expect({ file, found }).toEqual({ file, found: [] });
      if (!legacy.has(file)) {
        const lower = text.toLowerCase();
        expect({ file, fragments: FORBIDDEN_FRAGMENTS.filter((f) => lower.includes(f)) }).toEqual({ file, fragments: [] });
      }
    }
  });

  test('git grep with the needles finds exactly the legacy files and the legacy/canonical modules', () => {
    const r = git(corpus.root, 'grep', '-l', '-F', ...plan.needles.flatMap((n) => ['-e', n]));
    const hits = new Set(r.stdout.trim().split('\n'));
    const generatedHits = corpus.files.filter((f) => hits.has(f));
    expect(generatedHits.sort()).toEqual([...corpus.legacyFiles].sort());
    for (const hit of hits) expect(corpus.files.includes(hit) || corpus.supportFiles.includes(hit)).toBe(true);
  });

  test('legacy files use a mix of forms', () => {
    const texts = corpus.legacyFiles.map(read).join('\n');
    for (const form of [
      /^from app\.websocket_core\.\w+ import \(/m, // multi-line parenthesised
      / as ConnectionHub/, // from-import with as
      /^import app\.websocket_core\.\w+ as ws_hub/m, // import a.b.c as m
      /^from \.{2,}websocket_core\.manager import/m, // relative
      /^    from app\.websocket_core\.\w+ import/m, // inside a function or try
      /except ImportError:/,
      /importlib\.import_module\("app\.websocket_core/,
      /from app\.agents\.registry import AgentRegistry/,
      /import \{ [^}]+ \} from '@\/services\/legacyWs'/,
      /from '\.\.?\/[./]*services\/legacyWs'/, // the alias target spelled relatively
      /from '\.\.?\/[./]*lib\/ws-manager'/,
      /import \* as socketApi/,
    ]) {
      expect({ form: String(form), found: form.test(texts) }).toEqual({ form: String(form), found: true });
    }
  });

  test('Python sizes have a long tail around the ~420-line average', () => {
    const sizes = corpus.files.filter((f) => f.endsWith('.py')).map((f) => read(f).split('\n').length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(300);
    expect(mean).toBeLessThan(560);
    expect(Math.max(...sizes)).toBeGreaterThan(2 * mean);
    const ts = corpus.files.filter((f) => /\.tsx?$/.test(f)).map((f) => read(f).split('\n').length);
    const tsMean = ts.reduce((a, b) => a + b, 0) / ts.length;
    expect(tsMean).toBeGreaterThan(100);
    expect(tsMean).toBeLessThan(220);
  });

  test('Python files parse under CPython (legacy ones, a sample of the rest, the largest, the fixed modules)', () => {
    const python = corpus.files.filter((f) => f.endsWith('.py'));
    const largest = [...python].sort((a, b) => read(b).length - read(a).length)[0];
    const sample = new Set([
      ...corpus.legacyFiles.filter((f) => f.endsWith('.py')),
      ...python.filter((_, i) => i % 5 === 0),
      largest,
      ...corpus.supportFiles.filter((f) => f.endsWith('.py')),
    ]);
    const files = [...sample];
    const verdicts = parseWithCPython(files.map(read));
    expect(files.filter((_, i) => !verdicts[i].ok).map((f, i) => `${f}: ${verdicts[i].error}`)).toEqual([]);
  });

  test('TS/TSX files parse as TypeScript modules (the parser jscodeshift --parser=tsx uses)', () => {
    const failures: string[] = [];
    for (const file of [...corpus.files, ...corpus.supportFiles].filter((f) => /\.tsx?$/.test(f))) {
      try {
        parse(read(file), { sourceType: 'module', plugins: file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'] });
      } catch (error) {
        failures.push(`${file}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('refuses a non-empty output directory', () => {
    expect(() => makeCorpus({ files: 1, out: corpus.root, git: false })).toThrow(/not empty/);
  });
});
