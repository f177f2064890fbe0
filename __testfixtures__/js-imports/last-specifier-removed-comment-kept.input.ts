// The last name of a list leaves without the comment of the name before it, which gives up only
// its comma (the list has no trailing comma), on several lines or on one.
import {
  keep, // used by the calendar
  x
} from './old1';
import { keep2 /* calendar */, x as x2 } from './old2';

export const all = [keep, x, keep2, x2];
