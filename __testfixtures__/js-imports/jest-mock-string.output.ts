import { slugify } from '@/lib/utils';

jest.mock('@/lib/utils');
jest.doMock('@/lib/utils', () => ({ slugify: jest.fn() }));
jest.unmock('@/lib/utils');
const actual = jest.requireActual('@/lib/utils');
const mocked = jest.requireMock('@/lib/utils');

test('slug', () => expect(slugify('a')).toBe(actual.slugify('a')));
export { mocked };
