type Utils = typeof import('@/lib/utils');
type Formatter = typeof import('@/lib/date').formatDate;

export type { Utils, Formatter };
