// A declaration whose every name merges into an existing one goes, but the comments inside it
// stay where it was, one a line: they are not the names' to take along.
import { w } from './new1';
import {
  // section
  x, // the x
} from './old1'; // trailing
import { w2 } from './new2';
import { x as x2 /* inline */ } from './old2';

export const all = [w, x, w2, x2];
