// A star import of a module whose symbol was renamed in place: the name still comes through, under
// its new name, so what the finding says depends on how the file uses the old one — reads it (the
// line is named), binds it itself (nothing to report: `from m import New as Old` keeps it for its
// importers, as the JS barrel's explicit export does), or neither (its importers may take it from here).
import { planFromManifestText } from '../src/manifest/load';
import { pythonRewriter } from '../src/rewrite/python';

const plan = planFromManifestText(JSON.stringify({ python: { moves: [{ from: 'pkg.old:Old', to: 'pkg.old:New' }] } }), 'manifest.json', '/tmp');
const findingsOf = (source: string) => pythonRewriter.rewrite({ source, path: 'app/facade.py', plan }).findings;

test('a file that reads the old name is told which line reads it', () => {
  const [f, ...rest] = findingsOf('from pkg.old import *\n\n\ndef make():\n    return Old()\n');
  expect(rest).toEqual([]);
  expect(f.kind).toBe('manual');
  expect(f.reason).toContain('this file reads Old (line 5): rename its uses to New by hand, or bind the old name explicitly (from pkg.old import New as Old)');
});

test('a file that no longer reads it is told about its importers, with the binding that keeps the name', () => {
  const [f] = findingsOf('from pkg.old import *\n\nvalue = New()\n');
  expect(f.kind).toBe('manual');
  expect(f.reason).toContain('importers that take Old from this module break: bind it explicitly here (from pkg.old import New as Old)');
});

test('a file that binds the old name itself has nothing left to report, at any nesting of the binding', () => {
  expect(findingsOf('from pkg.old import *\nfrom pkg.old import New as Old\n\nvalue = Old()\n')).toEqual([]);
  expect(findingsOf('from pkg.old import *\n\n\nclass Old(New):\n    pass\n')).toEqual([]);
  expect(findingsOf('from pkg.old import *\n\n\ndef setup():\n    global Old\n    Old = New\n')).toEqual([]);
});

test('a local of a function is not the module-level name: the star still brings what importers take', () => {
  const [f] = findingsOf('from pkg.old import *\n\n\ndef f():\n    Old = 1\n    return Old\n');
  expect(f.reason).toContain('importers that take Old from this module break');
});

test('an ignore comment on the star keeps the decision', () => {
  const [f] = findingsOf('from pkg.old import *  # ssot-codemod-ignore\n');
  expect(f.kind).toBe('ignored');
});
