// The module moves whole and its target renames toISO: the mock now mocks the target, whose
// importers ask it for toIsoString, so the factory's key follows the rename.
import fmt, { toIsoString, keep } from '@/lib/date';

jest.mock('@/lib/date', () => ({ toIsoString: jest.fn(), keep: 2 }));

export const x = [fmt(), toIsoString(new Date()), keep];
