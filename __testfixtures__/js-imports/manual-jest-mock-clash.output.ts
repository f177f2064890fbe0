import { slugify } from '@/lib/utils';
import { apiGet } from '@/services/api';

jest.mock('@/lib/utils', () => ({ slugify: jest.fn(() => 'lib') }));
// Re-pointed, this would be a second mock of @/lib/utils, and the later factory wins: left alone.
jest.mock('@/legacy/utils', () => ({ slugify: jest.fn(() => 'legacy') }));
const actual = jest.requireActual('@/lib/utils');

test('api', () => {
  // No other mock of @/services/api: re-pointed.
  jest.doMock('@/services/api', () => ({ apiGet: jest.fn() }));
  expect(apiGet('x')).toBe(actual.slugify('x') && slugify('x'));
});
