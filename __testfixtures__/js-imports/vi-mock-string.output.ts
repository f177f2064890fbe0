import { slugify } from '@/lib/utils';

vi.mock('@/lib/utils');
vi.doMock('@/lib/utils', () => ({ slugify: vi.fn() }));
const actual = await vi.importActual('@/lib/utils');
const mocked = await vi.importMock('@/lib/utils');

export { slugify, actual, mocked };
