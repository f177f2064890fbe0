// The module object passed on, or its moved members now in two modules: left for a human.
export async function load(use: (m: unknown) => void) {
  const escaping = await import('@/legacy/date');
  use(escaping);
  const split = await import('@/legacy/date');
  const both = [split.toISO, split.parseDate];
  await import('@/legacy/date').then(use);
  return both;
}
