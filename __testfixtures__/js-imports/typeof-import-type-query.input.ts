type Utils = typeof import('@/legacy/utils');
type Formatter = typeof import('@/legacy/date').formatDate;

export type { Utils, Formatter };
