// A namespace member that cannot become a bare name because a local of that name would capture a
// use: the reason names where that local is bound and the use it would capture (the trio trial's
// message named a use, line 7, for a class attribute bound at line 5).
import { planFromManifestText } from '../src/manifest/load';
import { pythonRewriter } from '../src/rewrite/python';

const plan = planFromManifestText(JSON.stringify({ python: { moves: [{ from: 'pkg.util:final', to: 'pkg.final_mod:final' }] } }), 'manifest.json', '/tmp');

test('the clash reason names the binding line and the use it would capture', () => {
  const source = 'from . import util\n\n\nclass Thing:\n    final = True\n\n    @util.final\n    class Inner:\n        pass\n';
  const findings = pythonRewriter.rewrite({ source, path: 'pkg/c.py', plan }).findings;
  expect(findings.map((f) => [f.kind, f.line])).toEqual([['manual', 7]]);
  expect(findings[0].reason).toContain('final is bound at line 5 in a scope of the use at line 7, which would read that instead');
});
