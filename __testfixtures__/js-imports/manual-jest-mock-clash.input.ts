import { slugify } from '@/legacy/utils';
import { apiGet } from '@/legacy/api';

jest.mock('@/lib/utils', () => ({ slugify: jest.fn(() => 'lib') }));
// Re-pointed, this would be a second mock of @/lib/utils, and the later factory wins: left alone.
jest.mock('@/legacy/utils', () => ({ slugify: jest.fn(() => 'legacy') }));
const actual = jest.requireActual('@/legacy/utils');

test('api', () => {
  // No other mock of @/services/api: re-pointed.
  jest.doMock('@/legacy/api', () => ({ apiGet: jest.fn() }));
  expect(apiGet('x')).toBe(actual.slugify('x') && slugify('x'));
});
