// In a .ts file JSDoc types are documentation (TypeScript reads the code's own types): a mention.
/** @type {import('@/legacy/utils').Slug} */
export const slug = 1;
