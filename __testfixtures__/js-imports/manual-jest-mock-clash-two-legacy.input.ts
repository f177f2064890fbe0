import { apiGet } from '@/legacy/api';
import { apiPost } from '@/legacy/old-api';

// Both legacy modules move to @/services/api: two mocks of one module, each left for a human.
vi.mock('@/legacy/api', () => ({ apiGet: vi.fn() }));
vi.mock('@/legacy/old-api', () => ({ apiPost: vi.fn() }));
// One module mocked twice before the move stays one module mocked twice: re-pointed.
vi.doMock('@/legacy/utils', () => ({}));
vi.doMock('@/legacy/utils', () => ({ slugify: vi.fn() }));

export { apiGet, apiPost };
