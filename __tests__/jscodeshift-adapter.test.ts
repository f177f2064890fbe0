// transforms/jscodeshift-adapter.ts: the stock runner's contract around a rewriter. A change the
// rewriter does not account for with a rewritten finding is refused (jscodeshift counts an error
// and leaves the file), as the pipeline refuses it.
import { createTransform } from '../transforms/jscodeshift-adapter';
import type { LanguageRewriter } from '../src/rewrite/language';
import type { Finding } from '../src/types';
import { createFakeRewriter } from './helpers/fake-rewriter';
import { testPlan } from './helpers/plans';

function rewriterWith(findings: Finding[]): LanguageRewriter {
  return {
    ...createFakeRewriter('python', ['.py']),
    rewrite: (input) => ({ code: 'changed\n', edits: [{ start: 0, end: input.source.length, text: 'changed\n' }], findings }),
  };
}

const finding = (kind: Finding['kind']): Finding => ({ path: 'a.py', line: 1, column: 1, move: 'm', form: 'import-as', kind, text: 'import pkg.legacy' });

test('a change with a rewritten finding is returned', () => {
  const transform = createTransform(rewriterWith([finding('rewritten')]));
  expect(transform({ path: 'a.py', source: 'import pkg.legacy\n' }, {}, { plan: testPlan() })).toBe('changed\n');
});

test('a change without one throws, naming the file, and nothing is returned', () => {
  const transform = createTransform(rewriterWith([finding('manual')]));
  expect(() => transform({ path: 'a.py', source: 'import pkg.legacy\n' }, {}, { plan: testPlan() })).toThrow(/a\.py: the rewrite changed the file without reporting any rewritten reference/);
});
