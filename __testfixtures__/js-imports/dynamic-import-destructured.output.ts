export async function load() {
  const { isWeekend } = await import('@/legacy/date');
  const { formatDate } = await import('@/lib/date');
  return [formatDate, isWeekend];
}

export const lazy = async () => {
  const { formatDate: fmt } = await import(/* webpackChunkName: "date" */ '@/lib/date');
  return fmt;
};
