import { apiGet } from '@/services/api';
import { apiPost } from '@/services/api';

// Both legacy modules move to @/services/api: two mocks of one module, each left for a human.
vi.mock('@/legacy/api', () => ({ apiGet: vi.fn() }));
vi.mock('@/legacy/old-api', () => ({ apiPost: vi.fn() }));
// One module mocked twice before the move stays one module mocked twice: re-pointed.
vi.doMock('@/lib/utils', () => ({}));
vi.doMock('@/lib/utils', () => ({ slugify: vi.fn() }));

export { apiGet, apiPost };
