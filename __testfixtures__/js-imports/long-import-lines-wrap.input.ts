// An import the rewrite writes or lengthens past 80 columns (prettier's
// printWidth; the file's own widest line when wider) goes one name per line,
// prettier's layout: names merged into a one-line import, a split, a
// namespace's members, a re-export. One with a comment after it stays on its
// line; so does a lone name, which prettier leaves on one line too.
import { rankCandidates } from './ranking/best-candidate';
import { scoreCandidate, normaliseScores, keepThis, bestBy } from './scoring';
import { firstLongHelperName, secondLongHelperName, thirdOne } from './legacy';
import { one } from './small';
import { two, three } from './small-old';
import { weightedAverage } from './maths/averages'; // eslint-disable-line
import { harmonicMean, geometricMeanOfThese } from './old-maths';
import { keepMe, aVeryLongNameForOneHelperThatAloneMakesALine } from './single';
import type { Kept, FirstLongTypeName, SecondLongTypeName } from './old-types';
import * as constants from './old-constants';
export { firstReexportedName, secondReexportedName, kept } from './old-exports';

export const all = [rankCandidates, scoreCandidate, normaliseScores, keepThis];
export const more = [bestBy, firstLongHelperName, secondLongHelperName];
export const few = [thirdOne, one, two, three];
export const maths = [weightedAverage, harmonicMean, geometricMeanOfThese];
export const single = [keepMe, aVeryLongNameForOneHelperThatAloneMakesALine];
export type Types = Kept | FirstLongTypeName | SecondLongTypeName;
export const strings = [
  constants.BLOCK_START_STRING,
  constants.BLOCK_END_STRING,
  constants.VARIABLE_START_STRING,
  constants.VARIABLE_END_STRING,
];
