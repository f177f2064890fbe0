// scan and check end to end on a repository with references in both languages: exact counts per
// move, form and directory in JSON; check's exit codes, baseline ratchet and GitHub annotations;
// and a three-module import cycle among the manifest's modules.
import fs from 'node:fs';
import path from 'node:path';
import type { ScanReport } from '../../src/report/scan-report';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { defaultRewriters } from '../../src/rewrite/default-rewriters';
import { runCli, runInRepo } from '../helpers/run-cli';

const manifest = {
  python: {
    moves: [
      { from: 'core.manager', to: 'core.websocket_manager' },
      { from: 'core.unified:Impl', to: 'core.websocket_manager:Manager' },
    ],
  },
  javascript: { moves: [{ from: '@/legacy/ws', to: '@/services/ws' }] },
};

const files: Record<string, string> = {
  'ssot-codemod.json': JSON.stringify(manifest),
  'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./web/*"] } } }',
  // A three-module cycle: manager → websocket_manager → unified → manager.
  'core/__init__.py': '',
  'core/manager.py': 'from core.websocket_manager import Manager\n',
  'core/websocket_manager.py': 'from core.unified import Impl as Manager\n',
  'core/unified.py': 'class Impl:\n    pass\n\n\ndef legacy():\n    from core.manager import Manager\n    return Manager\n',
  'api/routes/a.py': 'from core.manager import Manager\nfrom core.unified import Impl\n\n\ndef f():\n    return Manager, Impl\n',
  'api/routes/b.py': 'import core.manager as m\n# core.manager is deprecated\n',
  'tests/test_a.py': 'from unittest import mock\n\n\n@mock.patch("core.manager.Manager")\ndef test(m):\n    pass\n',
  'web/legacy/ws.ts': 'export const ws = 1;\n',
  'web/services/ws.ts': 'export const ws = 2;\n',
  'web/app/page.ts': "import { ws } from '@/legacy/ws';\nexport const x = ws;\n",
  'web/app/page.test.ts': "jest.mock('@/legacy/ws');\nconst loose = require(name);\n",
  'web/app/clean.ts': "import { ws } from '@/services/ws';\nexport const y = ws;\n",
};

const cli = runInRepo;

afterAll(cleanupTempDirs);

describe('scan', () => {
  let report: ScanReport;
  let repo: string;
  beforeAll(async () => {
    repo = makeTempRepo(files);
    const result = await cli(repo, 'scan', '--format', 'json');
    expect(result.code).toBe(0);
    report = JSON.parse(result.stdout) as ScanReport;
  });

  test('counts per move', () => {
    expect(report.byMove.map((r) => [r.move, r.references, r.automatic, r.manual])).toEqual([
      ['core.manager → core.websocket_manager', 4, 4, 0],
      ['@/legacy/ws → @/services/ws', 2, 2, 0],
      ['core.unified:Impl → core.websocket_manager:Manager', 2, 1, 1],
    ]);
  });

  test('counts per form, language and directory', () => {
    expect(Object.fromEntries(report.byForm.map((r) => [r.form, r.references]))).toEqual({ 'from-import': 4, 'import-as': 1, 'string-target': 1, import: 1, 'jest-mock': 1 });
    expect(Object.fromEntries(report.byLanguage.map((r) => [r.language, r.references]))).toEqual({ python: 6, javascript: 2 });
    expect(Object.fromEntries(report.byDirectory.map((r) => [r.directory, r.references]))).toEqual({ 'api/routes': 3, core: 2, tests: 1, 'web/app': 2 });
  });

  test('totals, mentions, ignored and manual reasons', () => {
    // The comment is a mention; the canonical module importing its legacy implementation cannot be
    // rewritten (it would import itself). core/unified.py only loses Impl, so it is no shim: its own
    // import of core.manager is a reference like any other, and inside a function it closes no cycle.
    expect(report.totals).toEqual({ references: 8, automatic: 7, manual: 1, mentions: 1, ignored: 0 });
    // web/services/ws.ts, web/app/clean.ts and web/legacy/ws.ts spell `ws` but never `legacy/ws` or `./ws`: the prefilter skips them.
    expect(report.files).toEqual({ scanned: 12, withReferences: 7, failed: 0, skipped: 5, skippedBy: { 'no-legacy-name': 5 } });
    expect(report.manual.map((f) => [`${f.path}:${f.line}`, f.reason])).toEqual([['core/websocket_manager.py:1', 'the canonical module would import itself']]);
  });

  test('the three-module cycle is reported as a chain of files', () => {
    expect(report.cycles).toEqual([['core/manager.py', 'core/websocket_manager.py', 'core/unified.py', 'core/manager.py']]);
  });

  test('a file that does not parse is listed once with its location, said once', async () => {
    const broken = makeTempRepo({ ...files, 'api/broken.py': 'from core.manager import Manager\nx = (1,\n' });
    const text = await cli(broken, 'scan');
    const section = text.stdout.slice(text.stdout.indexOf('Files that failed'));
    expect(section).toMatch(/\napi\/broken\.py:2:5: '\(' was never closed\n/);
    expect(section.split('api/broken.py').length).toBe(2);
  });

  test('markdown output is a table', async () => {
    const md = await cli(repo, 'scan', '--format', 'markdown');
    expect(md.stdout).toContain('| core.manager → core.websocket_manager | 4 | 4 | 0 |');
  });
});

describe('check', () => {
  test('exit 1 with path:line:col lines while references remain, 0 when none', async () => {
    const repo = makeTempRepo(files);
    const failing = await cli(repo, 'check', 'web');
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe(
      'web/app/page.test.ts:1:1  @/legacy/ws → @/services/ws  (jest-mock)\nweb/app/page.ts:1:1  @/legacy/ws → @/services/ws  (import)\n',
    );
    expect((await cli(repo, 'check', 'web/app/clean.ts')).code).toBe(0);
  });

  test('--format github prints annotations', async () => {
    const repo = makeTempRepo(files);
    const result = await cli(repo, 'check', 'tests', '--format', 'github');
    expect(result.stdout).toBe('::error file=tests/test_a.py,line=4,col=13,title=legacy import::legacy reference: core.manager → core.websocket_manager (string-target)\n');
  });

  test('--format github names files from the git top level when the root is a folder below it', async () => {
    const repo = makeTempRepo(Object.fromEntries(Object.entries(files).map(([rel, text]) => [`svc/${rel}`, text])));
    // runCli, not runInRepo (which passes --root repo): the root must be the manifest's folder, svc/.
    const result = await runCli(['check', '--manifest', 'svc/ssot-codemod.json', 'svc/tests', '--format', 'github'], repo, { rewriters: defaultRewriters() });
    expect(result.stdout).toBe('::error file=svc/tests/test_a.py,line=4,col=13,title=legacy import::legacy reference: core.manager → core.websocket_manager (string-target)\n');
  });

  test('--format sarif is a SARIF 2.1.0 log: a rule per kind, results located from the git top level, stale baseline entries too', async () => {
    type Sarif = {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number; startColumn: number } } }[] }[];
      }[];
    };
    const repo = makeTempRepo(Object.fromEntries(Object.entries(files).map(([rel, text]) => [`svc/${rel}`, text])));
    const run = await runCli(['check', '--manifest', 'svc/ssot-codemod.json', '--format', 'sarif'], repo, { rewriters: defaultRewriters() });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Sarif;
    expect(log.version).toBe('2.1.0');
    const [{ tool, results }] = log.runs;
    expect(tool.driver.name).toBe('ssot-codemod');
    expect(tool.driver.rules.map((r) => r.id)).toEqual(['legacy-reference', 'legacy-reference-manual', 'stale-baseline', 'not-read', 'unused-ignore']);
    const located = results.map((r) => `${r.ruleId}@${tool.driver.rules[r.ruleIndex].id} ${r.level} ${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region?.startLine}`);
    expect(located).toEqual([
      'legacy-reference@legacy-reference error svc/api/routes/a.py:1',
      'legacy-reference@legacy-reference error svc/api/routes/a.py:2',
      'legacy-reference@legacy-reference error svc/api/routes/b.py:1',
      'legacy-reference@legacy-reference error svc/core/unified.py:6',
      'legacy-reference-manual@legacy-reference-manual error svc/core/websocket_manager.py:1',
      'legacy-reference@legacy-reference error svc/tests/test_a.py:4',
      'legacy-reference@legacy-reference error svc/web/app/page.test.ts:1',
      'legacy-reference@legacy-reference error svc/web/app/page.ts:1',
    ]);
    expect(results[4].message.text).toBe('legacy reference: core.unified:Impl → core.websocket_manager:Manager (from-import, manual: the canonical module would import itself)');
    // A baselined reference that is gone is a stale-baseline result on its file.
    const baseline = path.join(repo, 'svc/base.json');
    await runCli(['check', '--manifest', 'svc/ssot-codemod.json', '--baseline', baseline, '--update-baseline'], repo, { rewriters: defaultRewriters() });
    fs.writeFileSync(path.join(repo, 'svc/web/app/page.ts'), "import { ws } from '@/services/ws';\nexport const x = ws;\n");
    const stale = JSON.parse((await runCli(['check', '--manifest', 'svc/ssot-codemod.json', '--baseline', baseline, '--format', 'sarif'], repo, { rewriters: defaultRewriters() })).stdout) as Sarif;
    expect(stale.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region])).toEqual([['stale-baseline', 'svc/web/app/page.ts', undefined]]);
  });

  test('the failure says what to do about what is left: run --apply for automatic references, a person for manual ones', async () => {
    const repo = makeTempRepo({ ...files, 'api/dyn.py': 'import importlib\n\nm = importlib.import_module(f"core.manager{suffix}")\n' });
    const manual = await cli(repo, 'check', 'api/dyn.py');
    expect(manual.code).toBe(1);
    expect(manual.stderr).toContain('check failed: 1 legacy reference remains; fix the manual one by hand as its line says (run cannot rewrite it; a line that must stay as it is takes a ssot-codemod-ignore comment), or update the baseline.');
    const mixed = await cli(repo, 'check', 'api/dyn.py', 'api/routes/b.py');
    expect(mixed.stderr).toContain('; run ssot-codemod run --apply for the 1 it rewrites and fix the manual one by hand as its line says (run cannot rewrite it; a line that must stay as it is takes a ssot-codemod-ignore comment), or update the baseline.');
    // Checked by hand and kept (the call loads modules by name on purpose): the comment the message names lets the gate pass.
    fs.writeFileSync(path.join(repo, 'api/dyn.py'), 'import importlib\n\nm = importlib.import_module(f"core.manager{suffix}")  # ssot-codemod-ignore\n');
    const kept = await cli(repo, 'check', 'api/dyn.py');
    expect([kept.code, kept.stderr]).toEqual([0, 'check passed: no legacy reference.\n']);
    const automatic = await cli(repo, 'check', 'api/routes/b.py');
    expect(automatic.stderr).toContain('; run ssot-codemod run --apply on them, or update the baseline.');
  });

  test('one place touching several moves is one line and one annotation; JSON and the count keep every reference', async () => {
    const twoMoves = {
      python: { moves: [...manifest.python.moves, { from: 'core.unified:Helper', to: 'core.websocket_manager:Helper' }] },
    };
    const repo = makeTempRepo({
      ...files,
      'ssot-codemod.json': JSON.stringify(twoMoves),
      'core/unified.py': files['core/unified.py'] + '\n\nclass Helper:\n    pass\n',
      'core/websocket_manager.py': files['core/websocket_manager.py'] + 'from core.unified import Helper\n',
      'api/both.py': 'from core.unified import Impl, Helper\n',
    });
    const text = await cli(repo, 'check', 'api/both.py');
    expect(text.code).toBe(1);
    expect(text.stdout).toBe('api/both.py:1:1  core.unified:Impl → core.websocket_manager:Manager (+1 more move here)  (from-import)\n');
    expect(text.stderr).toContain('check failed: 2 legacy references remain at 1 place;');
    const github = await cli(repo, 'check', 'api/both.py', '--format', 'github');
    expect(github.stdout).toBe(
      '::error file=api/both.py,line=1,col=1,title=legacy import::legacy reference: core.unified:Impl → core.websocket_manager:Manager (+1 more move here) (from-import)\n',
    );
    const json = JSON.parse((await cli(repo, 'check', 'api/both.py', '--format', 'json')).stdout) as { references: { move: string }[]; total: number };
    expect(json.references.map((r) => r.move)).toEqual(['core.unified:Impl → core.websocket_manager:Manager', 'core.unified:Helper → core.websocket_manager:Helper']);
    expect(json.total).toBe(2);
  });

  test('baseline: old references pass, new fail, line shifts are fine, fixes shrink it on update', async () => {
    const repo = makeTempRepo(files);
    const baseline = path.join(repo, 'ssot-baseline.json');
    expect((await cli(repo, 'check', '--baseline', baseline)).code).toBe(2);
    expect((await cli(repo, 'check', '--baseline', baseline, '--update-baseline')).code).toBe(0);
    const recorded = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    expect(recorded.entries.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(8);
    expect((await cli(repo, 'check', '--baseline', baseline)).code).toBe(0);

    const routes = path.join(repo, 'api/routes/a.py');
    fs.writeFileSync(routes, '"""Docstring pushes everything down."""\n\n\n' + fs.readFileSync(routes, 'utf8'));
    expect((await cli(repo, 'check', '--baseline', baseline)).code).toBe(0);

    fs.writeFileSync(path.join(repo, 'api/routes/new.py'), 'from core.manager import Manager\n');
    const fresh = await cli(repo, 'check', '--baseline', baseline);
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toBe('api/routes/new.py:1:1  core.manager → core.websocket_manager  (from-import)\n');
    fs.rmSync(path.join(repo, 'api/routes/new.py'));

    fs.writeFileSync(path.join(repo, 'web/app/page.ts'), "import { ws } from '@/services/ws';\nexport const x = ws;\n");
    // A fixed reference left in the baseline could come back unnoticed: the gate asks to tighten it.
    const stale = await cli(repo, 'check', '--baseline', baseline);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toBe("web/app/page.ts  gone from the baseline: import { ws } from '@/legacy/ws';  @/legacy/ws → @/services/ws  (import)\n");
    expect(stale.stderr).toContain(
      'check failed: no new legacy reference, but 1 baselined reference is gone and still recorded; re-run this check with --update-baseline and commit ssot-baseline.json, so it cannot come back (or pass --pass-on-stale-baseline).',
    );
    expect((await cli(repo, 'check', '--baseline', baseline, '--pass-on-stale-baseline')).code).toBe(0);
    const annotated = await cli(repo, 'check', '--baseline', baseline, '--format', 'github');
    expect(annotated.stdout).toBe(
      "::error file=web/app/page.ts,title=stale baseline::legacy reference gone from the baseline: import { ws } from '@/legacy/ws'; — @/legacy/ws → @/services/ws (import); tighten it with check --update-baseline\n",
    );
    // A check of other paths cannot tell that page.ts was fixed: it judges only what it read.
    expect((await cli(repo, 'check', 'api', '--baseline', baseline)).code).toBe(0);
    expect((await cli(repo, 'check', '--baseline', baseline, '--update-baseline')).code).toBe(0);
    const shrunk = JSON.parse(fs.readFileSync(baseline, 'utf8'));
    expect(shrunk.entries.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(7);
    expect((await cli(repo, 'check', '--baseline', baseline)).code).toBe(0);
  });

  test('baseline: an update over some paths keeps the other entries; a deleted file is gone for a whole-root check only', async () => {
    const repo = makeTempRepo(files);
    const baseline = path.join(repo, 'ssot-baseline.json');
    expect((await cli(repo, 'check', '--baseline', baseline, '--update-baseline')).code).toBe(0);
    const all = fs.readFileSync(baseline, 'utf8');
    fs.writeFileSync(path.join(repo, 'api/routes/a.py'), 'from core.websocket_manager import Manager\n');
    const partial = await cli(repo, 'check', 'api', '--baseline', baseline, '--update-baseline');
    expect(partial.stderr).toContain('records 1 legacy references for the files checked (entries of other files kept)');
    const kept = JSON.parse(fs.readFileSync(baseline, 'utf8')) as { entries: { path: string }[] };
    expect(kept.entries.map((e) => e.path)).toEqual(
      (JSON.parse(all) as { entries: { path: string }[] }).entries.map((e) => e.path).filter((p) => p !== 'api/routes/a.py'),
    );
    fs.rmSync(path.join(repo, 'tests/test_a.py'));
    expect((await cli(repo, 'check', 'api', '--baseline', baseline)).code).toBe(0);
    const whole = await cli(repo, 'check', '--baseline', baseline, '--format', 'json');
    expect(whole.code).toBe(1);
    const json = JSON.parse(whole.stdout) as { new: number; gone: { path: string; count: number }[]; goneCount: number };
    expect(json).toMatchObject({ new: 0, goneCount: 1, gone: [{ path: 'tests/test_a.py', count: 1 }] });
  });

  test('--update-baseline without --baseline is a usage error', async () => {
    const repo = makeTempRepo(files);
    const result = await cli(repo, 'check', '--update-baseline');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--update-baseline needs --baseline FILE');
  });
});

test('scan lists a doctest mention with what rewrites it; a comment mention by its form alone', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'core.manager', to: 'core.websocket_manager' }] } }),
    'core/__init__.py': '',
    'core/websocket_manager.py': 'class Manager:\n    pass\n',
    'core/util.py': 'def f():\n    """Builds one.\n\n    >>> import core.manager\n    """\n\n\n# core.manager is deprecated\n',
  });
  const scan = await cli(repo, 'scan', '--no-color');
  expect(scan.stdout).toContain('core/util.py:4:16  core.manager → core.websocket_manager  (doctest: a doctest example, run as code by doctest and pytest --doctest-modules; --rewrite-comments rewrites it)');
  expect(scan.stdout).toContain('core/util.py:8:3  core.manager → core.websocket_manager  (comment)\n');
});
