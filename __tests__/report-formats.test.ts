// scan aggregation (exact counts by move/form/language/directory), the text and markdown
// tables, GitHub annotations, and cycle detection.
import { githubAnnotation, plainReferenceLine } from '../src/report/github-annotations';
import { findCycles } from '../src/report/import-cycles';
import { createScanCollector, directoryAt } from '../src/report/scan-report';
import { formatScanMarkdown, formatScanText } from '../src/report/format-scan';
import type { FileResult, Finding } from '../src/types';

const finding = (path: string, over: Partial<Finding> = {}): Finding => ({
  path,
  line: 1,
  column: 1,
  move: 'm.old → m.new',
  form: 'from-import',
  kind: 'rewritten',
  text: 'from m.old import A',
  ...over,
});

const unchanged = (path: string, findings: Finding[]): FileResult => ({ status: 'unchanged', path, language: 'python', findings });

describe('scan aggregation', () => {
  const collector = createScanCollector({ depth: 2 });
  collector.onResult(unchanged('app/api/routes/a.py', [finding('app/api/routes/a.py'), finding('app/api/routes/a.py', { form: 'string-target' })]));
  collector.onResult(unchanged('web/src/b.ts', [finding('web/src/b.ts', { form: 'jest-mock', move: 'x → y' }), finding('web/src/b.ts', { kind: 'manual', form: 'require', move: 'x → y', reason: 'computed' })]));
  collector.onResult(unchanged('c.py', [finding('c.py', { kind: 'mention', form: 'comment' }), finding('c.py', { kind: 'ignored' })]));
  collector.onResult({ status: 'failed', path: 'd.py', findings: [], error: { code: 'parse', message: 'bad', line: 3 } });
  const report = collector.report();

  test('totals', () => {
    expect(report.totals).toEqual({ references: 4, automatic: 3, manual: 1, mentions: 1, ignored: 1 });
    expect(report.files).toEqual({ scanned: 4, withReferences: 2, failed: 1, skipped: 0, skippedBy: {} });
  });

  test('by move, form, language and directory', () => {
    expect(report.byMove).toEqual([
      { move: 'm.old → m.new', references: 2, automatic: 2, manual: 0 },
      { move: 'x → y', references: 2, automatic: 1, manual: 1 },
    ]);
    expect(report.byForm.map((r) => [r.form, r.references])).toEqual([['from-import', 1], ['jest-mock', 1], ['require', 1], ['string-target', 1]]);
    expect(report.byLanguage.map((r) => [r.language, r.references])).toEqual([['javascript', 2], ['python', 2]]);
    expect(report.byDirectory.map((r) => [r.directory, r.references])).toEqual([['app/api', 2], ['web/src', 2]]);
  });

  test('a place that several moves share is one row of the manual table, the counts stay per move', () => {
    const shared = createScanCollector({ depth: 2 });
    const at = { kind: 'manual' as const, form: 'attribute' as const, line: 7, column: 5, reason: '`m` is used as a value' };
    shared.onResult(unchanged('e.py', [finding('e.py', { ...at, move: 'm.old:A → m.new:A' }), finding('e.py', { ...at, move: 'm.old:B → m.new:B' }), finding('e.py', { ...at, line: 9, move: 'm.old:A → m.new:A' })]));
    const grouped = shared.report();
    expect(grouped.totals.manual).toBe(3);
    const md = formatScanMarkdown(grouped);
    expect(md).toContain('| e.py:7:5 | m.old:A → m.new:A (+1 more move here) | attribute | `m` is used as a value |');
    expect(md).toContain('| e.py:9:5 | m.old:A → m.new:A | attribute |');
    expect(md).not.toContain('| e.py:7:5 | m.old:B');
  });

  test('directories roll up to the depth', () => {
    expect(directoryAt('a/b/c/d.py', 2)).toBe('a/b');
    expect(directoryAt('top.py', 2)).toBe('.');
  });

  test('text and markdown tables carry the same numbers', () => {
    const text = formatScanText(report);
    expect(text).toContain('4 files scanned: 2 with legacy references, 1 without, 0 skipped, 1 failed.\n4 legacy references: 3 automatic, 1 manual;');
    expect(text).toMatch(/x → y\s+2\s+1\s+1/);
    const md = formatScanMarkdown(report);
    expect(md).toContain('| x → y | 2 | 1 | 1 |');
    expect(md).toContain('| web/src/b.ts:1:1 | x → y | require | computed |');
  });
});

describe('annotations', () => {
  test('GitHub workflow command with escaped properties', () => {
    const f = finding('dir,with:odd/a.py', { line: 12, column: 5 });
    expect(githubAnnotation(f)).toBe('::error file=dir%2Cwith%3Aodd/a.py,line=12,col=5,title=legacy import::legacy reference: m.old → m.new (from-import)');
  });

  test('plain line: path:line:col  legacy → canonical  (form)', () => {
    expect(plainReferenceLine(finding('a.py', { line: 2, column: 3 }))).toBe('a.py:2:3  m.old → m.new  (from-import)');
  });
});

describe('import cycles', () => {
  test('a three-module cycle is reported once as a chain', () => {
    const edges = new Map([
      ['manager.py', ['websocket_manager.py']],
      ['websocket_manager.py', ['unified_manager.py']],
      ['unified_manager.py', ['manager.py', 'other.py']],
      ['other.py', []],
    ]);
    expect(findCycles(edges)).toEqual([['manager.py', 'websocket_manager.py', 'unified_manager.py', 'manager.py']]);
  });

  test('no cycle, no report; a self-import is a cycle', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a', 'a']]);
  });
});
