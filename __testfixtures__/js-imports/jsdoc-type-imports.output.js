// JSDoc type imports are TypeScript's types in a JS file (checkJs): they follow moves like
// `import('m').A` in a .ts file, and a member that moved takes the import to its module.
/** @typedef {import('@/lib/utils').Slug} Slug */
/** @typedef {typeof import("@/lib/utils")} Utils */
/**
 * @param {import('@/types/user').User} user
 * @param {import('@/legacy/types').Other} other
 * @returns {ReturnType<import('@/lib/date').toIsoString>}
 */
export function f(user, other) {
  return [user, other];
}
/** @import { Slug as S } from '@/lib/utils' */
/** @import { User as UserDto } from '@/types/user' */
// A line comment is no JSDoc: import('@/legacy/utils') stays a mention.
/** @import { UserDto as Dto, Other } from '@/legacy/types' */
/**
 * @import {
 *   toIsoString as toISO,
 *   formatDate as fmt,
 * } from '@/lib/date'
 */
