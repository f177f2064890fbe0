// A name merged into an existing list laid out one per line goes on a line after the last name's
// comment, which stays with that name; the list keeps its trailing comma, or its lack of one.
import {
  w1, // the w
} from './new1';
import {
  w2 /* the w */
} from './new2';
import { keep, x as x1, y as y2 } from './old';

export const all = [w1, w2, keep, x1, y2];
