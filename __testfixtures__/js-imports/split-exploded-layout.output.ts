// Names split off a list laid out one per line (prettier's long lists) are laid out the same way
// when more than one goes; a lone name goes on one line. The trailing comma follows the list's own.
import {
  Undefined,
} from './compat';
import { ModelField } from './compat/v2';
import {
  fieldIsScalar,
  lenientIssubclass,
} from './compat/shared';
import {
  keep
} from './old';
import {
  x,
  y
} from './new';

export const all = [ModelField, Undefined, fieldIsScalar, lenientIssubclass, keep, x, y];
