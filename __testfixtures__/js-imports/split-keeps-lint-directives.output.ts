// A declaration split off another keeps that one's linter directives: `eslint-disable-line` at the
// end of its last line, `eslint-disable-next-line` and `@ts-…` on the lines above. A name merged
// into an existing declaration takes none.
// eslint-disable-next-line import/no-deprecated
import { keep1 } from './old1';
// eslint-disable-next-line import/no-deprecated
import { x } from './new1';
import { keep2 } from './old2'; // eslint-disable-line import/no-deprecated
import { x as x2 } from './new2'; // eslint-disable-line import/no-deprecated
// @ts-expect-error -- old3 ships no types
// eslint-disable-next-line import/no-unresolved
import {
  keep3,
} from './old3'; // eslint-disable-line no-restricted-imports
// @ts-expect-error -- old3 ships no types
// eslint-disable-next-line import/no-unresolved
import {
  x as x3, // the x
} from './new3'; // eslint-disable-line no-restricted-imports
import {
  keep4,
} from './old4'; /* eslint-disable-line no-restricted-imports */
import {
  x as x4, // the x
  y as y4,
} from './new4'; /* eslint-disable-line no-restricted-imports */
import { w, x as x5 } from './new5';
// eslint-disable-next-line import/no-deprecated
import { keep5 } from './old5'; // eslint-disable-line no-restricted-imports

export const all = [keep1, x, keep2, x2, keep3, x3, keep4, x4, y4, w, keep5, x5];
