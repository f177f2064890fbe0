// Names split off a list laid out one per line (prettier's long lists) are laid out the same way
// when more than one goes; a lone name goes on one line. The trailing comma follows the list's own.
import {
  ModelField,
  Undefined,
  fieldIsScalar,
  lenientIssubclass,
} from './compat';
import {
  keep,
  x,
  y
} from './old';

export const all = [ModelField, Undefined, fieldIsScalar, lenientIssubclass, keep, x, y];
