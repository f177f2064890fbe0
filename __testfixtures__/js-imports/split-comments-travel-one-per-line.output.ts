// Several names split off a list laid out one per line go one per line, each with its comment; the
// trailing comma follows the list's own. Comment lines in the list do not change its layout.
import {
  keep
  // the moved ones
} from './old1';
import {
  x, // the x
  y /* the y */
} from './new1';
import {
  keep1,
} from './old2';
import {
  x as x1, // the x
  y as y1,
} from './new2';

export const all = [keep, x, y, keep1, x1, y1];
