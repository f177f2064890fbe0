// A default binding that leaves takes its comma, not the comment after it; named specifiers that
// all leave take their braces along, unless a comment stays inside them.
import /* the old default */ { keep } from './old1';
import { Old } from './new1';
import lib1, { /* moved */ } from './old2';
import { x as x2 } from './new2';

export const all = [Old, keep, lib1, x2];
