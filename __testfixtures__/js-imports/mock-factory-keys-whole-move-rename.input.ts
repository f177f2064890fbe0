// The module moves whole and its target renames toISO: the mock now mocks the target, whose
// importers ask it for toIsoString, so the factory's key follows the rename.
import fmt, { toISO, keep } from '@/legacy/date';

jest.mock('@/legacy/date', () => ({ toISO: jest.fn(), keep: 2 }));

export const x = [fmt(), toISO(new Date()), keep];
