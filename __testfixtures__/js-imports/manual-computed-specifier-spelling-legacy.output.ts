declare const suffix: string;
// The template spells the legacy module: one manual finding for the call, no mention besides it.
export const c = import(`@/legacy/utils${suffix}`);
export const d = `@/legacy/utils`;
