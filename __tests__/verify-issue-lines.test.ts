// Text lines of verify findings: what says the same thing is said once (issue-lines.ts).
import { issueLines } from '../src/cli/commands/issue-lines';
import type { VerifyIssue } from '../src/verify/verify-plan';

const gap = (symbol: string, move = 'old → new', source = '$.javascript.moves[0]'): VerifyIssue => ({
  severity: 'error', code: 'api-gap', move, source, language: 'javascript', symbol, legacyFile: 'old.ts', canonicalFile: 'new.ts',
  message: `${source}: ${symbol} is provided by legacy old.ts but not by canonical new.ts; importers of it would break. Add a symbol move "old:${symbol}" → …`,
});
const missing = (source: string, module: string): VerifyIssue => ({
  severity: 'error', code: 'missing-canonical-module', move: `x → ${module}`, source, language: 'python',
  message: `${source}: canonical module ${module} does not exist in the repository; fix the "to" of the move or create the module.`,
});

test('one api-gap finding keeps its own sentence', () => {
  expect(issueLines([gap('A')])).toEqual([`error: api-gap: ${gap('A').message}`]);
});

test("a move's api-gaps are one line naming the first ten names and counting the rest", () => {
  const names = 'ABCDEFGHIJKL'.split('');
  const lines = issueLines([...names.map((n) => gap(n)), gap('Z', 'other → new', '$.javascript.moves[1]')]);
  expect(lines).toEqual([
    'error: api-gap: $.javascript.moves[0]: 12 public names of legacy old.ts are not provided by canonical new.ts: A, B, C, D, E, F, G, H, I, J, … (2 more; verify --format json lists each); importers of them would break. Add a symbol move "old:<name>" for each → the module where it really lives (before this move), add them to new.ts, or list those that go nowhere on purpose in the move\'s "dropped".',
    `error: api-gap: ${gap('Z', 'other → new', '$.javascript.moves[1]').message}`,
  ]);
});

test('moves sharing one missing canonical module are one line naming each move; other modules stay apart', () => {
  const lines = issueLines([missing('$.python.moves[0]', 'a.new'), missing('$.python.moves[1]', 'b.new'), missing('$.python.moves[2]', 'a.new')]);
  expect(lines).toEqual([
    'error: missing-canonical-module: $.python.moves[0], $.python.moves[2]: canonical module a.new does not exist in the repository; fix the "to" of the move or create the module.',
    'error: missing-canonical-module: $.python.moves[1]: canonical module b.new does not exist in the repository; fix the "to" of the move or create the module.',
  ]);
});
