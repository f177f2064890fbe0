// vitest's typed mock spelling, `vi.mock(import('m'), factory)`, names the module m as
// `vi.mock('m', factory)` does: it follows a move, and its factory is checked the same way.
import { vi } from 'vitest';
import { slugify } from '@/lib/utils';

vi.mock(import('@/lib/utils'), async (importOriginal) => ({ ...(await importOriginal()), slugify: vi.fn() }));
vi.mock(import('@/legacy/date'), () => ({ formatDate: vi.fn() }));
vi.doMock(import('@/services/api'));
vi.unmock(import("../../config/app"));
vi.doUnmock(import('@/kept/module'));
// Already canonical: no finding (it was read as a computed specifier that may name @/legacy/date).
vi.mock(import('@/lib/date'), () => ({ formatDate: vi.fn() }));

export { slugify };
