// A module object assigned to a name declared earlier, once and without a value of its own, is
// followed as one bound where it is declared.
export async function stamp(d: Date) {
  let m;
  m = await import('@/legacy/date');
  return m.toISO(d);
}

let dates: any;
export async function init() {
  dates = await import('@/legacy/date');
}
export const today = () => dates!.formatDate(new Date());
