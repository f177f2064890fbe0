// An automock of a module that moves whole, whose target renames toISO, still covers the renamed import.
import { toIsoString } from '@/lib/date';

vi.mock('@/lib/date');

export const x = toIsoString(new Date());
