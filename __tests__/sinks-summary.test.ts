// summary sink: totals, failures with path:line, findings by kind, unused moves, notices.
import { createSummarySink } from '../src/sinks/summary';
import type { FileResult } from '../src/types';
import { testPlan } from './helpers/plans';
import { captureOutput } from './helpers/temp-repo';

describe('summary', () => {
  test('lists failures, skip reasons, findings, unused moves with their manifest path, and the dry-run hint', async () => {
    const out = captureOutput();
    const plan = testPlan();
    plan.notices.push('chain resolved: a → b → c');
    const sink = createSummarySink({ out, color: false, plan, mode: 'dry-run' });
    await sink.onResult({ path: 'a.py', status: 'failed', findings: [], error: { code: 'parse', message: 'unexpected token', line: 3, column: 7 } });
    await sink.onResult({ path: 'b.bin', status: 'skipped', reason: 'binary', findings: [] });
    await sink.onEnd({
      files: 4, changed: 1, unchanged: 1, skipped: 1, failed: 1,
      findings: { rewritten: 2, manual: 1, mention: 0, ignored: 0 },
      unusedMoves: ['legacy-lib → core-lib'], notices: plan.notices, durationMs: 1234,
    });
    expect(out.text()).toBe(
      [
        '4 files scanned: 1 changed, 1 unchanged, 1 skipped (1 binary), 1 failed in 1.2s',
        '  failed a.py:3:7: parse: unexpected token',
        'findings: 2 rewritten, 1 manual, 0 mention, 0 ignored',
        'warning: move "legacy-lib → core-lib" ($.javascript.moves[0]) matched no reference; likely a manifest typo, check its "from" (unless its references are already migrated).',
        'notice: chain resolved: a → b → c',
        'dry run: nothing written; re-run with --apply to write 1 file.',
        '',
      ].join('\n'),
    );
  });

  test('a failure whose message already starts with its location names it once', async () => {
    const out = captureOutput();
    const sink = createSummarySink({ out, color: false, plan: testPlan(), mode: 'dry-run', quiet: true });
    await sink.onResult({ path: 'src/a.ts', status: 'failed', findings: [], error: { code: 'parse', message: 'src/a.ts:2:7: Unexpected token', line: 2, column: 7 } });
    await sink.onEnd({
      files: 1, changed: 0, unchanged: 0, skipped: 0, failed: 1,
      findings: { rewritten: 0, manual: 0, mention: 0, ignored: 0 }, unusedMoves: [], notices: [], durationMs: 0,
    });
    expect(out.text()).toContain('  failed src/a.ts:2:7: parse: Unexpected token\n');
  });

  test('a narrowed run notes its unmatched moves in one line instead of warning of typos', async () => {
    const out = captureOutput();
    const sink = createSummarySink({ out, color: false, plan: testPlan(), mode: 'dry-run', narrowed: true });
    await sink.onEnd({
      files: 1, changed: 0, unchanged: 1, skipped: 0, failed: 0,
      findings: { rewritten: 0, manual: 0, mention: 0, ignored: 0 }, unusedMoves: ['legacy-lib → core-lib', 'pkg.legacy → pkg.core'], notices: [], durationMs: 0,
    });
    expect(out.text()).toContain('note: 2 moves matched no reference in the files of this run (narrowed by paths, --include, --exclude or --shard); run scan or verify over the whole root to catch a typo.\n');
    expect(out.text()).not.toContain('warning:');
  });

  test('a run where no move matched anything (a migrated tree) says so in one note, not a typo warning per move', async () => {
    const out = captureOutput();
    const plan = testPlan();
    const sink = createSummarySink({ out, color: false, plan, mode: 'dry-run' });
    const entries = [...new Set([...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])].map((m) => m.source))];
    const none = { files: 3, changed: 0, unchanged: 3, skipped: 0, failed: 0, findings: { rewritten: 0, manual: 0, mention: 0, ignored: 0 }, notices: [], durationMs: 0 };
    await sink.onEnd({ ...none, unusedMoves: entries });
    expect(out.text()).toContain(`note: none of the ${entries.length} moves matched a reference: nothing is left to migrate here, or its "from" paths name nothing this tree imports (check them for a typo).\n`);
    expect(out.text()).not.toContain('warning:');
    // Mentions alone (a leftover comment naming one module) are no reference: still one note.
    const mentioned = captureOutput();
    await createSummarySink({ out: mentioned, color: false, plan, mode: 'dry-run' }).onEnd({ ...none, findings: { ...none.findings, mention: 2 }, unusedMoves: entries.slice(1) });
    expect(mentioned.text()).toContain(`note: ${entries.length - 1} of the ${entries.length} moves matched no reference and the others only mentions in text: nothing is left to migrate here`);
    expect(mentioned.text()).not.toContain('warning:');
    // A finding anywhere (here one manual) means the manifest is read: the unmatched moves are warned of one by one.
    const partly = captureOutput();
    const again = createSummarySink({ out: partly, color: false, plan, mode: 'dry-run' });
    await again.onEnd({ ...none, findings: { ...none.findings, manual: 1 }, unusedMoves: entries });
    expect(partly.text().match(/^warning: move /gm)).toHaveLength(entries.length);
  });

  // jinja, trio, networkx and immer trials: the run after --apply, with a manual finding left, printed
  // "likely a manifest typo" for each of up to 16 moves already migrated.
  test('more than three moves matched nothing while others still match: one warning line, not one per move', async () => {
    const out = captureOutput();
    const sink = createSummarySink({ out, color: false, plan: testPlan(), mode: 'dry-run' });
    const unusedMoves = ['a.m1 → b.m1', 'a.m2 → b.m2', 'a.m3 → b.m3', 'a.m4 → b.m4', 'a.m5 → b.m5'];
    await sink.onEnd({
      files: 3, changed: 0, unchanged: 3, skipped: 0, failed: 0,
      findings: { rewritten: 0, manual: 1, mention: 0, ignored: 0 }, unusedMoves, notices: [], durationMs: 0,
    });
    const warnings = out.text().split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      'warning: 5 moves matched no reference: "a.m1 → b.m1", "a.m2 → b.m2", "a.m3 → b.m3" and 2 more (all in --format json\'s unusedMoves); each is already migrated, or a manifest typo: check its "from".',
    ]);
  });

  test('with failed files whose references are unknown, unmatched moves are no sign of a typo: one note says to fix the failures first', async () => {
    const out = captureOutput();
    const plan = testPlan();
    const sink = createSummarySink({ out, color: false, plan, mode: 'dry-run' });
    const entries = [...new Set([...(plan.python?.moves ?? []), ...(plan.javascript?.moves ?? [])].map((m) => m.source))];
    await sink.onResult({ path: 'src/p/regexes.ts', status: 'failed', findings: [], error: { code: 'internal', message: 'overlapping or out-of-range edit [23, 32) after offset 34' } });
    await sink.onEnd({
      files: 3, changed: 0, unchanged: 0, skipped: 2, failed: 1, failedUnread: 1,
      findings: { rewritten: 0, manual: 0, mention: 0, ignored: 0 }, unusedMoves: entries, notices: [], durationMs: 0,
    });
    expect(out.text()).toContain(`note: ${entries.length} moves matched no reference in the files read, but 1 failed file (above) may hold theirs: fix it and run again before checking the manifest for a typo.\n`);
    expect(out.text()).not.toContain('check them for a typo');
    expect(out.text()).not.toContain('warning:');
  });

  test('a dry run notes why a rewritten reference reads as it does (the diff shows the alias, not its reason)', async () => {
    const out = captureOutput();
    const sink = createSummarySink({ out, color: false, plan: testPlan(), mode: 'dry-run' });
    const reason = 'aliased: name collision: UnifiedWebSocketManager is compared as a string at line 292';
    await sink.onResult({
      path: 'app.py', status: 'changed', diff: '', edits: [],
      findings: [
        { path: 'app.py', line: 3, column: 1, move: 'a:Old → a:New', form: 'from-import', kind: 'rewritten', text: 'from a import Old', reason },
        { path: 'app.py', line: 4, column: 1, move: 'b → c', form: 'from-import', kind: 'rewritten', text: 'from b import x' },
        { path: 'app.py', line: 5, column: 1, move: 'd → e', form: 'from-import', kind: 'rewritten', text: 'from .d import y', reason: 'rebased: the moved file\'s own relative import, written from where the file was before f → g' },
        { path: 'app.py', line: 6, column: 1, move: 'd2 → e2', form: 'from-import', kind: 'rewritten', text: 'from .d2 import y', reason: 'rebased: the moved file\'s own relative import, written from where the file was before f → g' },
      ],
    } as unknown as FileResult);
    await sink.onEnd({ files: 1, changed: 1, unchanged: 0, skipped: 0, failed: 0, findings: { rewritten: 4, manual: 0, mention: 0, ignored: 0 }, unusedMoves: [], notices: [], durationMs: 0 });
    expect(out.text()).toContain(`findings: 4 rewritten, 0 manual, 0 mention, 0 ignored\n  note app.py:3:1: a:Old → a:New: ${reason}\n  note: 2 of them are moved files' own relative imports, rebased from where the file was (see --format json)\n`);
    expect(out.text().match(/ note /g)).toHaveLength(1);
  });

  test('quiet keeps the totals and failures only', async () => {
    const out = captureOutput();
    const sink = createSummarySink({ out, color: false, plan: testPlan(), mode: 'apply', quiet: true });
    await sink.onEnd({
      files: 1, changed: 1, unchanged: 0, skipped: 0, failed: 0,
      findings: { rewritten: 1, manual: 0, mention: 0, ignored: 0 }, unusedMoves: ['x'], notices: [], durationMs: 0,
    });
    expect(out.text()).toBe('1 file scanned: 1 changed, 0 unchanged, 0 skipped, 0 failed in 0.0s\n');
  });

  test('findings of one place and reason for several moves are one line naming the first move; the rest are counted', async () => {
    const out = captureOutput();
    const sink = createSummarySink({ out, color: false, plan: testPlan(), mode: 'dry-run' });
    const at = (move: string, line: number, reason: string) =>
      ({ path: 't.py', line, column: 5, move, form: 'attribute' as const, kind: 'manual' as const, reason, text: 'm' });
    await sink.onResult({
      path: 't.py', status: 'unchanged', language: 'python',
      findings: [at('a:X → b:X', 3, 'used as a value'), at('a:Y → b:Y', 3, 'used as a value'), at('a:Z → b:Z', 3, 'another reason'), at('a:W → b:W', 3, 'used as a value'), at('a:X → b:X', 9, 'used as a value')],
    });
    await sink.onEnd({
      files: 1, changed: 0, unchanged: 1, skipped: 0, failed: 0,
      findings: { rewritten: 0, manual: 5, mention: 0, ignored: 0 }, unusedMoves: [], notices: [], durationMs: 0,
    });
    const listed = out.text().split('\n').filter((line) => line.startsWith('  manual'));
    expect(listed).toEqual([
      '  manual t.py:3:5: a:X → b:X (+2 more moves here): used as a value',
      '  manual t.py:3:5: a:Z → b:Z: another reason',
      '  manual t.py:9:5: a:X → b:X: used as a value',
    ]);
    expect(out.text()).not.toContain('more manual findings');
  });
});
