// A default binding that leaves takes its comma, not the comment after it; named specifiers that
// all leave take their braces along, unless a comment stays inside them.
import Old /* the old default */, { keep } from './old1';
import lib1, { x as x2 /* moved */ } from './old2';

export const all = [Old, keep, lib1, x2];
