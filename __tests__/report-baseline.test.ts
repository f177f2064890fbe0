// The check gate's baseline: old references pass, new ones fail, fixing one shrinks it,
// a line shift above a baselined reference does not break it, recorded references that are gone
// are named (only where the check looked), and an update over some paths keeps the rest.
import { compareWithBaseline, createBaseline, updatedBaseline, type Baseline } from '../src/report/baseline';
import type { Finding } from '../src/types';

/** References beyond the baseline (no recorded path judged). */
const newReferences = (references: Finding[], baseline: Baseline) => compareWithBaseline(references, baseline, () => false).fresh;

const ref = (path: string, line: number, text: string): Finding => ({
  path,
  line,
  column: 1,
  move: 'a.legacy → a.canonical',
  form: 'from-import',
  kind: 'rewritten',
  text,
});

describe('baseline', () => {
  const recorded = [ref('x.py', 3, 'from a.legacy import A'), ref('y.py', 10, 'import a.legacy')];
  const baseline = createBaseline(recorded);

  test('known references pass', () => {
    expect(newReferences(recorded, baseline)).toEqual([]);
  });

  test('a new reference fails', () => {
    const added = ref('z.py', 1, 'from a.legacy import B');
    expect(newReferences([...recorded, added], baseline)).toEqual([added]);
  });

  test('a second identical reference in the same file is new', () => {
    const twin = ref('x.py', 40, 'from a.legacy import A');
    expect(newReferences([...recorded, twin], baseline)).toEqual([twin]);
  });

  test('a line shift above a baselined reference does not break it', () => {
    const shifted = [ref('x.py', 7, 'from a.legacy import A'), ref('y.py', 10, 'import a.legacy')];
    expect(newReferences(shifted, baseline)).toEqual([]);
  });

  test('a fixed reference shrinks the baseline when it is updated', () => {
    const remaining = [recorded[1]];
    expect(newReferences(remaining, baseline)).toEqual([]);
    expect(createBaseline(remaining).entries).toHaveLength(1);
    expect(createBaseline(remaining).entries[0]).toMatchObject({ path: 'y.py', count: 1 });
  });

  test('entries are sorted, so the file diffs cleanly', () => {
    const b = createBaseline([recorded[1], recorded[0]]);
    expect(b.entries.map((e) => e.path)).toEqual(['x.py', 'y.py']);
  });

  test('recorded references that are gone are named with how many, only on judged paths', () => {
    const twice = createBaseline([...recorded, ref('x.py', 9, 'from a.legacy import A')]);
    const everywhere = () => true;
    expect(compareWithBaseline(recorded, twice, everywhere)).toEqual({ fresh: [], gone: [{ ...twice.entries[0], count: 1 }] });
    expect(compareWithBaseline([recorded[1]], twice, everywhere).gone).toEqual([{ ...twice.entries[0], count: 2 }]);
    expect(compareWithBaseline([recorded[1]], twice, (p) => p === 'y.py').gone).toEqual([]);
    expect(compareWithBaseline(recorded, baseline, everywhere)).toEqual({ fresh: [], gone: [] });
  });

  test('an update replaces the entries of judged paths and keeps the others', () => {
    const updated = updatedBaseline(baseline, [ref('y.py', 2, 'import a.legacy as L')], (p) => p === 'y.py');
    expect(updated.entries.map((e) => [e.path, e.text])).toEqual([
      ['x.py', 'from a.legacy import A'],
      ['y.py', 'import a.legacy as L'],
    ]);
    expect(updatedBaseline(undefined, recorded, () => true)).toEqual(baseline);
  });
});
