// A module object (or its promise) that leaves the function or the file: a caller may read a moved member.
export async function loadDates() {
  return await import('@/legacy/date');
}
export const load = () => import('@/legacy/date');
export const pending = import('@/legacy/date');

export async function reassigned(other: object) {
  let m;
  m = await import('@/legacy/date');
  if (!m.parseDate) m = other as typeof m;
  return m.toISO(new Date());
}

export let shared;
export async function share() {
  shared = await import('@/legacy/date');
}
