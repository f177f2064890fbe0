// An awaited import bound to a name is a namespace of its own: the members used through the name
// decide where it points, as they do for `(await import('m')).A` and `.then((m) => m.A)`.
const D = await import('@/lib/date');
export const today = D.formatDate(new Date());

export async function iso(d: Date) {
  const mod = await import('@/lib/date');
  // A parameter of the same name is another binding: not a use of this module object.
  const later = (mod: { parseDate(s: string): Date }) => mod.parseDate('x');
  return [mod.toIsoString(d), mod['toIsoString'](d), later];
}
