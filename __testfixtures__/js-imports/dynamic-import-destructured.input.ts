export async function load() {
  const { formatDate, isWeekend } = await import('@/legacy/date');
  return [formatDate, isWeekend];
}

export const lazy = async () => {
  const { formatDate: fmt } = await import(/* webpackChunkName: "date" */ '@/legacy/date');
  return fmt;
};
