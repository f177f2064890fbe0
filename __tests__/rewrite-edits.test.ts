// rewrite/edits.ts: the splice helpers every rewriter ends with. applyEdits keeps every byte outside
// the edits and refuses overlaps; effectiveEdits drops no-op edits; dropOverlaps keeps the first of
// edits that touch one span (two passes of the Python rewriter may both claim one).
import { applyEdits, dropOverlaps, effectiveEdits } from '../src/rewrite/edits';

const edit = (start: number, end: number, text: string) => ({ start, end, text });

describe('edits', () => {
  test('applyEdits splices in any order and keeps the rest byte for byte', () => {
    expect(applyEdits('a.b = 1\r\n', [edit(2, 3, 'c'), edit(0, 1, 'x')])).toBe('x.c = 1\r\n');
    expect(() => applyEdits('abc', [edit(0, 2, 'x'), edit(1, 3, 'y')])).toThrow(/overlapping/);
  });

  test('effectiveEdits drops edits that change nothing', () => {
    expect(effectiveEdits('abc', [edit(0, 1, 'a'), edit(1, 2, 'x')])).toEqual([edit(1, 2, 'x')]);
  });

  test('dropOverlaps sorts by position and keeps the first of overlapping edits', () => {
    const kept = dropOverlaps([edit(4, 8, 'chain'), edit(0, 2, 'x'), edit(5, 6, 'name'), edit(8, 9, 'y')]);
    expect(kept).toEqual([edit(0, 2, 'x'), edit(4, 8, 'chain'), edit(8, 9, 'y')]);
    expect(applyEdits('0123456789', kept)).toBe('x23chainy9');
    // An insertion at the end of a kept edit does not overlap it; one inside it does.
    expect(dropOverlaps([edit(2, 4, 'a'), edit(4, 4, 'b'), edit(3, 3, 'c')])).toEqual([edit(2, 4, 'a'), edit(4, 4, 'b')]);
  });
});
