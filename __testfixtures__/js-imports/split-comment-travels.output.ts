// A name alone on its line in a list takes its line, comma and comment away, and the comment goes
// with it to its new declaration; merged into an existing declaration, it leaves the comment where it was.
import {
  keep1,
  keep2,
} from './old1';
import { x } from './new1'; // still used by the reports
import lib from './old2';
import { x as x2 } from './new2'; /* for the API */
import { w, x as x3 } from './new3';
import {
  // merged
  keep3,
} from './old3';

export const all = [keep1, x, keep2, lib, x2, w, x3, keep3];
