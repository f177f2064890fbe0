import { debounce } from '@/lib/utils';

// formatDate and toISO moved to @/lib/date; what stays here still loads.
export const schedule = debounce;
