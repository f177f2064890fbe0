// What a namespace member's manual finding says: the name it blames is the one bound twice (the
// module's local name, `E`), not the member (`best`) — a trial read "the name is bound more than
// once" as being about `best`.
import { planFromManifestText } from '../src/manifest/load';
import { pythonRewriter } from '../src/rewrite/python';

const plan = planFromManifestText(JSON.stringify({ python: { moves: [{ from: 'pkg.exc:best', to: 'pkg.rank:best' }] } }), 'manifest.json', '/tmp');

test('a module bound twice (try/except ImportError fallback) is named in the reason', () => {
  const source = 'try:\n    import pkg.exc as E\nexcept ImportError:\n    E = None\n\n\ndef f(x):\n    return E.best(x)\n';
  const { findings } = pythonRewriter.rewrite({ source, path: 'app/use.py', plan });
  expect(findings.map((f) => [f.kind, f.line, f.reason])).toEqual([['manual', 8, 'best moved to pkg.rank and `E`, which names the module, is bound more than once (line 4); rewrite `E.best` by hand']]);
});
