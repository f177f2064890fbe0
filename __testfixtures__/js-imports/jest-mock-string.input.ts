import { slugify } from '@/legacy/utils';

jest.mock('@/legacy/utils');
jest.doMock('@/legacy/utils', () => ({ slugify: jest.fn() }));
jest.unmock('@/legacy/utils');
const actual = jest.requireActual('@/legacy/utils');
const mocked = jest.requireMock('@/legacy/utils');

test('slug', () => expect(slugify('a')).toBe(actual.slugify('a')));
export { mocked };
