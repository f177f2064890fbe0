// A name alone on its line in a list takes its line, comma and comment away, and the comment goes
// with it to its new declaration; merged into an existing declaration, it leaves the comment where it was.
import {
  keep1,
  x, // still used by the reports
  keep2,
} from './old1';
import lib, {
  x as x2, /* for the API */
} from './old2';
import { w } from './new3';
import {
  x as x3, // merged
  keep3,
} from './old3';

export const all = [keep1, x, keep2, lib, x2, w, x3, keep3];
