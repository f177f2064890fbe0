// A declaration whose every name merges into an existing one goes, but the comments inside it
// stay where it was, one a line: they are not the names' to take along.
import { w, x } from './new1';
// section
// the x
// trailing
import { w2, x as x2 } from './new2';
/* inline */

export const all = [w, x, w2, x2];
