// The CLI's lazy rewriter facades stand for the real rewriters exactly: same languages and
// extensions, and rewrite/checkSyntax give the real results (loading the rewriter on first use).
import { lazyDefaultRewriters } from '../../src/cli/lazy-rewriters';
import { compilePlan } from '../../src/manifest/plan';
import { defaultRewriters } from '../../src/rewrite/default-rewriters';

test('facades have the real languages and extensions, and rewrite like the real rewriters', () => {
  const lazy = lazyDefaultRewriters();
  const real = defaultRewriters();
  expect(lazy.map((r) => [r.language, [...r.extensions]])).toEqual(real.map((r) => [r.language, [...r.extensions]]));
  const plan = compilePlan({ python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] }, javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }, { file: 'm.json' });
  const inputs = { javascript: { source: "import x from 'legacy-lib';\n", path: 'a.ts', plan }, python: { source: 'from pkg.legacy import X\n', path: 'a.py', plan } };
  for (const [i, rewriter] of lazy.entries()) {
    const input = inputs[rewriter.language];
    expect(rewriter.rewrite(input)).toEqual(real[i].rewrite(input));
    const file = rewriter.language === 'python' ? 'x.py' : 'x.ts';
    expect(rewriter.checkSyntax('(', file)).toEqual(real[i].checkSyntax('(', file));
  }
});
