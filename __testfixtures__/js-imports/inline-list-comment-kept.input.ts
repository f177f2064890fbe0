// On one line, a name leaves with one comma: a comment between it and its neighbour stays.
import { keep, x /* legacy */, keep1 } from './old1';
export { x, /* keep */ keep2 } from './old2';
import { keep3, /* a */ x as x3 /* b */, y as y3, keep4 } from './old3';

export const all = [keep, x, keep1, keep3, x3, y3, keep4];
