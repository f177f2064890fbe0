// A name that becomes the canonical module's default, bound twice: one default import, and the
// other binding spelled `default as` inside the braces (never dropped).
import { formatDate as format, formatDate as fmt, toISO } from '@/legacy/date';

export const all = [format, fmt, toISO];
