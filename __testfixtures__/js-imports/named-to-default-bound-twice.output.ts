// A name that becomes the canonical module's default, bound twice: one default import, and the
// other binding spelled `default as` inside the braces (never dropped).
import format, { default as fmt, toISO } from '@/lib/date';

export const all = [format, fmt, toISO];
