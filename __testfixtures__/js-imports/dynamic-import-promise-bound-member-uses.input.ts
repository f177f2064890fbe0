// A dynamic import's promise bound to a name, awaited or `.then`ed where it is used, is followed as
// the import itself is: the members used through it decide where it points.
const pending = import('@/legacy/date');
export async function today() {
  return (await pending).formatDate(new Date());
}
// A parameter of the same name in a nested function is another binding: not a use of the module.
export const iso = () => pending.then((m) => [m.toISO, (m: { parseDate(): void }) => m.parseDate()]);

export async function stamp(d: Date) {
  const later = import('@/legacy/date');
  const mod = await later;
  return mod.toISO(d);
}
