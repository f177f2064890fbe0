// The one rename policy (src/rewrite/local-name-policy.ts): what the local name of a moved binding
// becomes — renamed, kept (with an `aliased:` note when that is a fallback), reused, or dropped —
// and how a file's bindings are decided together; plus the manifest's `localName` option.
import os from 'node:os';
import { planFromManifestText } from '../src/manifest/load';
import { decideLocalName, decideLocalNames, type MovedBinding } from '../src/rewrite/local-name-policy';

const free = () => undefined;
const binding = (over: Partial<MovedBinding> = {}): MovedBinding => ({
  local: 'Old',
  userAlias: false,
  target: 'New',
  targetModule: 'canonical',
  visibility: 'module',
  mode: 'rename',
  clash: free,
  reaches: () => true,
  ...over,
});

describe('decideLocalName', () => {
  test('a renamed symbol whose new name is free is renamed, uses included', () => {
    expect(decideLocalName(binding())).toEqual({ action: 'rename', local: 'New' });
  });

  test('a collision falls back to `New as Old` with an aliased note naming it', () => {
    const decision = decideLocalName(binding({ clash: (n) => (n === 'New' ? 'New is bound at line 3' : undefined) }));
    expect(decision).toEqual({ action: 'keep', local: 'Old', note: 'aliased: name collision: New is bound at line 3' });
  });

  test('a private binding stays private: `_utils` is not renamed to the public `utils`; private to private is a rename', () => {
    expect(decideLocalName(binding({ local: '_utils', target: 'utils' }))).toEqual({ action: 'keep', local: '_utils', note: 'aliased: _utils is private to this module, and utils would not be' });
    expect(decideLocalName(binding({ local: '_Old', target: '_New' }))).toEqual({ action: 'rename', local: '_New' });
    // An existing import of the target still wins (one binding is never imported twice).
    expect(decideLocalName(binding({ local: '_utils', target: 'utils', existing: 'utils' }))).toEqual({ action: 'reuse', local: 'utils' });
  });

  test('a user alias is kept and needs no note', () => {
    expect(decideLocalName(binding({ local: 'X', userAlias: true }))).toEqual({ action: 'keep', local: 'X' });
  });

  test('localName keep keeps the old local without a note', () => {
    expect(decideLocalName(binding({ mode: 'keep' }))).toEqual({ action: 'keep', local: 'Old' });
  });

  test('an unrenamable binding keeps its name and says why', () => {
    expect(decideLocalName(binding({ unrenamable: 'Old is listed in __all__' }))).toEqual({ action: 'keep', local: 'Old', note: 'aliased: Old is listed in __all__' });
  });

  test('an existing import of the target is reused, even over a user alias', () => {
    expect(decideLocalName(binding({ existing: 'N' }))).toEqual({ action: 'reuse', local: 'N' });
    expect(decideLocalName(binding({ local: 'X', userAlias: true, existing: 'N' }))).toEqual({ action: 'reuse', local: 'N' });
  });

  test('a name other modules may read (a Python alias at module level) is not reused away: it stays, and says why', () => {
    const why = 'X is bound at module level, where other modules may import it';
    expect(decideLocalName(binding({ local: 'X', userAlias: true, existing: 'N', readFromOutside: why }))).toEqual({
      action: 'keep',
      local: 'X',
      note: `aliased: imported twice: the file imports New as N already, and X cannot give way to it (${why})`,
    });
    // The same name under the same local is still only a duplicate: dropping it takes nothing away.
    expect(decideLocalName(binding({ local: 'New', existing: 'New', readFromOutside: why }))).toEqual({ action: 'drop', local: 'New' });
  });

  test('an existing import under the same local is a duplicate to drop, in any mode', () => {
    expect(decideLocalName(binding({ local: 'New', existing: 'New' }))).toEqual({ action: 'drop', local: 'New' });
    expect(decideLocalName(binding({ local: 'Old', existing: 'Old', mode: 'keep' }))).toEqual({ action: 'drop', local: 'Old' });
  });

  test('keep does not reuse an import under another name (uses must stay as they are), and says it imports the target twice', () => {
    expect(decideLocalName(binding({ mode: 'keep', existing: 'N' }))).toEqual({
      action: 'keep',
      local: 'Old',
      note: 'aliased: imported twice: the file imports New as N already, and localName "keep" keeps Old',
    });
  });

  test('an unchanged name stays without a note', () => {
    expect(decideLocalName(binding({ local: 'New' }))).toEqual({ action: 'keep', local: 'New' });
  });
});

describe('decideLocalNames', () => {
  test('a later binding of the same target in the same visibility reuses the first one', () => {
    const decisions = decideLocalNames([binding({ local: 'A' }), binding({ local: 'B' })]);
    expect(decisions).toEqual([{ action: 'rename', local: 'New' }, { action: 'reuse', local: 'New' }]);
  });

  test('in another visibility (another block) it is decided on its own', () => {
    const decisions = decideLocalNames([binding({ local: 'A' }), binding({ local: 'A', visibility: 'except-block' })]);
    expect(decisions).toEqual([{ action: 'rename', local: 'New' }, { action: 'rename', local: 'New' }]);
  });

  test('a target name claimed for another module collides', () => {
    const decisions = decideLocalNames([binding({ local: 'A' }), binding({ local: 'B', targetModule: 'other' })]);
    expect(decisions[1]).toEqual({ action: 'keep', local: 'B', note: 'aliased: name collision: New is already the new name of an import from canonical' });
  });

  test('reuse of an earlier binding is refused when its local would clash at this one\'s uses', () => {
    const decisions = decideLocalNames([binding({ local: 'A' }), binding({ local: 'B', clash: (n) => (n === 'New' ? 'shadowed' : undefined) })]);
    expect(decisions[1]).toEqual({ action: 'keep', local: 'B', note: 'aliased: name collision: shadowed' });
  });
});

describe('manifest localName', () => {
  const plan = (manifest: unknown) => planFromManifestText(JSON.stringify(manifest), 'm.json', os.tmpdir());

  test('a move inherits its language default, and its own setting wins', () => {
    const p = plan({
      python: { localName: 'keep', moves: [{ from: 'a:X', to: 'b:Y' }, { from: 'c:X', to: 'd:Y', localName: 'rename' }] },
      javascript: { moves: [{ from: 'old-pkg', to: 'new-pkg' }] },
    });
    expect(p.python!.moves.map((m) => m.localName)).toEqual(['keep', 'rename']);
    expect(p.javascript!.moves[0].localName).toBe('rename');
  });

  test('an unknown value is refused with its JSON path', () => {
    expect(() => plan({ python: { moves: [{ from: 'a:X', to: 'b:Y', localName: 'alias' }] } })).toThrow(/\$\.python\.moves\[0\]\.localName/);
  });
});
