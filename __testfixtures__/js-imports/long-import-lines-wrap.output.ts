// An import the rewrite writes or lengthens past 80 columns (prettier's
// printWidth; the file's own widest line when wider) goes one name per line,
// prettier's layout: names merged into a one-line import, a split, a
// namespace's members, a re-export. One with a comment after it stays on its
// line; so does a lone name, which prettier leaves on one line too.
import {
  rankCandidates,
  scoreCandidate,
  normaliseScores,
  bestBy,
} from './ranking/best-candidate';
import { keepThis } from './scoring';
import { thirdOne } from './legacy';
import {
  firstLongHelperName,
  secondLongHelperName,
} from './a-rather-long-canonical-module';
import { one, two, three } from './small';
import { weightedAverage, harmonicMean, geometricMeanOfThese } from './maths/averages'; // eslint-disable-line
import { keepMe } from './single';
import { aVeryLongNameForOneHelperThatAloneMakesALine } from './somewhere/else/entirely';
import type { Kept } from './old-types';
import type {
  FirstLongTypeName,
  SecondLongTypeName,
} from './types/the-canonical-types';
import {
  BLOCK_START_STRING,
  BLOCK_END_STRING,
  VARIABLE_START_STRING,
  VARIABLE_END_STRING,
} from './constants';
export { kept } from './old-exports';
export {
  firstReexportedName,
  secondReexportedName,
} from './exports/the-new-home';

export const all = [rankCandidates, scoreCandidate, normaliseScores, keepThis];
export const more = [bestBy, firstLongHelperName, secondLongHelperName];
export const few = [thirdOne, one, two, three];
export const maths = [weightedAverage, harmonicMean, geometricMeanOfThese];
export const single = [keepMe, aVeryLongNameForOneHelperThatAloneMakesALine];
export type Types = Kept | FirstLongTypeName | SecondLongTypeName;
export const strings = [
  BLOCK_START_STRING,
  BLOCK_END_STRING,
  VARIABLE_START_STRING,
  VARIABLE_END_STRING,
];
