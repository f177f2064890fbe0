// run-files: results reach the sinks in candidate (sorted) order whatever order files finish in,
// the write stage sits between processing and sinks, and the summary is tallied.
import { compilePlan } from '../src/manifest/plan';
import { runFiles } from '../src/pipeline/run-files';
import type { FileResult, RunSummary, Sink } from '../src/types';
import { testPlan } from './helpers/plans';

function recordingSink() {
  const seen: FileResult[] = [];
  let end: RunSummary | undefined;
  const sink: Sink = { onResult: (r) => void seen.push(r), onEnd: (s) => void (end = s) };
  return { sink, seen, summary: () => end! };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('run-files', () => {
  test('delivers in order even when later files finish first, and tallies the summary', async () => {
    const { sink, seen, summary } = recordingSink();
    const plan = testPlan();
    const finding = { path: 'b.py', line: 1, column: 1, move: 'pkg.legacy → pkg.core', form: 'import' as const, kind: 'rewritten' as const, text: 'x' };
    await runFiles({
      candidates: [{ path: 'a.py' }, { path: 'b.py' }, { path: 'c.bin', skip: { reason: 'symlink-outside' } }, { path: 'd.py' }],
      plan,
      sinks: [sink],
      concurrency: 4,
      now: () => 0,
      process: async (p) => {
        await delay(p === 'a.py' ? 30 : 1);
        if (p === 'd.py') return { path: p, status: 'failed', findings: [], error: { code: 'parse', message: 'bad' } };
        return { path: p, status: 'unchanged', language: 'python', findings: p === 'b.py' ? [finding] : [] };
      },
    });
    expect(seen.map((r) => `${r.path}:${r.status}`)).toEqual(['a.py:unchanged', 'b.py:unchanged', 'c.bin:skipped', 'd.py:failed']);
    expect(summary()).toEqual({
      files: 4,
      changed: 0,
      unchanged: 2,
      skipped: 1,
      failed: 1,
      failedUnread: 1, // d.py failed before its references were read
      findings: { rewritten: 1, manual: 0, mention: 0, ignored: 0 },
      unusedMoves: ['legacy-lib → core-lib'],
      notices: [],
      durationMs: 0,
      syntaxErrors: { notParsed: 1, tolerant: 0 }, // no hint: --tolerant is for Python, and d.py's language is unknown
    });
  });

  test('the write stage can turn a changed result into a failure before sinks see it', async () => {
    const { sink, seen, summary } = recordingSink();
    await runFiles({
      candidates: [{ path: 'a.ts' }],
      plan: testPlan(),
      sinks: [sink],
      process: async (p) => ({ path: p, status: 'changed', language: 'javascript', findings: [], original: 'a', code: 'b', edits: [] }),
      write: async (r) => ({ path: r.path, status: 'failed', findings: [], error: { code: 'conflict', message: 'moved' } }),
    });
    expect(seen[0]).toMatchObject({ status: 'failed', error: { code: 'conflict' } });
    expect(summary()).toMatchObject({ changed: 0, failed: 1 });
  });
});

describe('run-files batches', () => {
  test('batches finishing out of order reach the sinks in path order, known skips never reach the processor', async () => {
    const { sink, seen } = recordingSink();
    const candidates = Array.from({ length: 23 }, (_, i) => ({ path: `f${String(i).padStart(2, '0')}.py`, ...(i === 5 ? { skip: { reason: 'symlink-outside' as const } } : {}) }));
    const asked: string[][] = [];
    const progress: number[] = [];
    await runFiles({
      candidates,
      plan: testPlan(),
      sinks: [sink],
      batchSize: 4,
      concurrency: 3,
      onProgress: (done) => progress.push(done),
      processBatch: async (paths) => {
        asked.push(paths);
        await delay(asked.length % 2 === 1 ? 20 : 1);
        return paths.map((p) => ({ path: p, status: 'unchanged' as const, language: 'python' as const, findings: [] }));
      },
    });
    expect(seen.map((r) => r.path)).toEqual(candidates.map((c) => c.path));
    expect(seen[5]).toMatchObject({ status: 'skipped', reason: 'symlink-outside' });
    expect(asked.flat()).not.toContain('f05.py');
    expect(asked.every((b) => b.length <= 4)).toBe(true);
    expect(progress).toEqual([4, 8, 12, 16, 20, 23]);
  });
});

describe('run-files triage', () => {
  test('files the triage answers never reach the processor; the rest go in batches of at most batchSize', async () => {
    const { sink, seen } = recordingSink();
    const candidates = Array.from({ length: 100 }, (_, i) => ({ path: `f${String(i).padStart(3, '0')}.py` }));
    const needy = (p: string) => Number(p.slice(1, 4)) % 7 === 0;
    const asked: string[][] = [];
    await runFiles({
      candidates,
      plan: testPlan(),
      sinks: [sink],
      batchSize: 3,
      triage: (p) => (needy(p) ? undefined : { path: p, status: 'skipped', reason: 'no-legacy-name', findings: [] }),
      processBatch: async (paths) => {
        asked.push(paths);
        await delay(asked.length % 2 === 1 ? 15 : 1);
        return paths.map((p) => ({ path: p, status: 'unchanged' as const, language: 'python' as const, findings: [] }));
      },
    });
    expect(seen.map((r) => r.path)).toEqual(candidates.map((c) => c.path));
    expect(asked.flat()).toEqual(candidates.map((c) => c.path).filter(needy));
    expect(asked.every((b) => b.length <= 3)).toBe(true);
    expect(seen.filter((r) => r.status === 'unchanged').map((r) => r.path)).toEqual(asked.flat());
  });
});

describe('unused moves', () => {
  test('are judged per manifest entry, so a derived per-symbol move that stays unused is no warning', async () => {
    const plan = compilePlan(
      { python: { moves: [{ from: 'pkg.old', to: 'pkg.mid' }, { from: 'pkg.mid:X', to: 'pkg.new:X' }, { from: 'pkg.typo', to: 'pkg.x' }] } },
      { file: 'm.json' },
    );
    const ids = plan.python!.moves.map((m) => m.id);
    const wholeModule = plan.python!.moves.find((m) => m.source === '$.python.moves[0]' && !m.from.symbol)!;
    expect(ids.length).toBeGreaterThan(3); // the plan derived pkg.old:X → pkg.new:X from entry 0
    const { sink, summary } = recordingSink();
    const finding = { path: 'a.py', line: 1, column: 1, move: wholeModule.id, form: 'import-as' as const, kind: 'rewritten' as const, text: 'import pkg.old' };
    const finding2 = { ...finding, move: plan.python!.moves.find((m) => m.source === '$.python.moves[1]')!.id };
    await runFiles({
      candidates: [{ path: 'a.py' }],
      plan,
      sinks: [sink],
      process: async (p) => ({ path: p, status: 'unchanged', language: 'python', findings: [finding, finding2] }),
    });
    expect(summary().unusedMoves).toEqual(['pkg.typo → pkg.x']);
  });

  test('an entry a chain went through is used when the chained move is, though nothing names its own from', async () => {
    // r5 of the trial: `legacy/date` → `lib/date` and `lib/date:toISO` → `lib/date:toIsoString`; only legacy imports exist.
    const plan = compilePlan(
      { javascript: { moves: [{ from: './src/legacy/date.ts', to: './src/lib/date.ts' }, { from: './src/lib/date.ts:toISO', to: './src/lib/date.ts:toIsoString' }] } },
      { file: 'm.json' },
    );
    const chained = plan.javascript!.moves.find((m) => m.source === '$.javascript.moves[0]' && m.from.symbol === 'toISO')!;
    expect(chained.id).toBe('./src/legacy/date.ts:toISO → ./src/lib/date.ts:toIsoString');
    const { sink, summary } = recordingSink();
    const finding = { path: 'a.ts', line: 1, column: 1, move: chained.id, form: 'import' as const, kind: 'rewritten' as const, text: 'x' };
    await runFiles({ candidates: [{ path: 'a.ts' }], plan, sinks: [sink], process: async (p) => ({ path: p, status: 'unchanged', language: 'javascript', findings: [finding] }) });
    expect(summary().unusedMoves).toEqual([]);
  });

  test('a failed file whose references are unknown is counted (failedUnread); one whose findings are known is not', async () => {
    // zod trial: the one file holding both moves' references failed (internal), and the summary called them unused.
    const { sink, summary } = recordingSink();
    const plan = testPlan();
    const finding = { path: 'c.ts', line: 1, column: 1, move: 'legacy-lib → core-lib', form: 'import' as const, kind: 'rewritten' as const, text: 'x' };
    await runFiles({
      candidates: [{ path: 'a.ts' }, { path: 'b.py' }, { path: 'c.ts' }],
      plan,
      sinks: [sink],
      process: async (p): Promise<FileResult> =>
        p === 'a.ts' ? { path: p, status: 'failed', findings: [], error: { code: 'internal', message: 'overlapping or out-of-range edit' } }
        : p === 'b.py' ? { path: p, status: 'failed', findings: [], error: { code: 'parse', message: 'bad' } }
        : { path: p, status: 'failed', language: 'javascript', findings: [finding], error: { code: 'output-unparseable', message: 'bad' } },
    });
    expect(summary().failed).toBe(3);
    expect(summary().failedUnread).toBe(2);
    expect(summary().unusedMoves).not.toContain('legacy-lib → core-lib');
  });
});
