// An automock of a module that moves whole, whose target renames toISO, still covers the renamed import.
import { toISO } from '@/legacy/date';

vi.mock('@/legacy/date');

export const x = toISO(new Date());
