import { slugify } from '@/legacy/utils';

vi.mock('@/legacy/utils');
vi.doMock('@/legacy/utils', () => ({ slugify: vi.fn() }));
const actual = await vi.importActual('@/legacy/utils');
const mocked = await vi.importMock('@/legacy/utils');

export { slugify, actual, mocked };
