// On one line, a name leaves with one comma: a comment between it and its neighbour stays.
import { keep, /* legacy */ keep1 } from './old1';
import { x } from './new1';
export { /* keep */ keep2 } from './old2';
export { x } from './new2';
import { keep3, /* a */ /* b */ keep4 } from './old3';
import { x as x3, y as y3 } from './new3';

export const all = [keep, x, keep1, keep3, x3, y3, keep4];
