// JSDoc type imports are TypeScript's types in a JS file (checkJs): they follow moves like
// `import('m').A` in a .ts file, and a member that moved takes the import to its module.
/** @typedef {import('@/legacy/utils').Slug} Slug */
/** @typedef {typeof import("@/legacy/utils")} Utils */
/**
 * @param {import('@/legacy/types').UserDto} user
 * @param {import('@/legacy/types').Other} other
 * @returns {ReturnType<import('@/legacy/date').toISO>}
 */
export function f(user, other) {
  return [user, other];
}
/** @import { Slug as S } from '@/legacy/utils' */
/** @import { UserDto } from '@/legacy/types' */
// A line comment is no JSDoc: import('@/legacy/utils') stays a mention.
/** @import { UserDto as Dto, Other } from '@/legacy/types' */
/**
 * @import {
 *   toISO,
 *   formatDate as fmt,
 * } from '@/legacy/date'
 */
