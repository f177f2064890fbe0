// vitest's typed mock spelling, `vi.mock(import('m'), factory)`, names the module m as
// `vi.mock('m', factory)` does: it follows a move, and its factory is checked the same way.
import { vi } from 'vitest';
import { slugify } from '@/legacy/utils';

vi.mock(import('@/legacy/utils'), async (importOriginal) => ({ ...(await importOriginal()), slugify: vi.fn() }));
vi.mock(import('@/legacy/date'), () => ({ formatDate: vi.fn() }));
vi.doMock(import('@/legacy/old-api'));
vi.unmock(import("@/legacy/config"));
vi.doUnmock(import('@/kept/module'));
// Already canonical: no finding (it was read as a computed specifier that may name @/legacy/date).
vi.mock(import('@/lib/date'), () => ({ formatDate: vi.fn() }));

export { slugify };
