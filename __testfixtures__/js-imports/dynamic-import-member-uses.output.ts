// The members a dynamic import's module object is used for where it arrives decide where it
// points: Angular's lazy routes, React.lazy of a named export, an awaited import's member.
export const routes = [
  { path: 'a', loadChildren: () => import('@/lib/date').then((m) => m.toIsoString) },
  { path: 'b', loadChildren: () => import('@/lib/date').then(({ toIsoString: toISO, formatDate: fmt }) => [toISO, fmt]) },
  { path: 'c', loadChildren: async () => (await import('@/lib/date')).formatDate },
  { path: 'd', loadChildren: () => import('@/legacy/date').then((m) => m.parseDate) },
];
export const Card = lazy(() => import('@/components/Card').then((m) => ({ default: m['Card'] })));
// Names now in two modules: one import cannot follow both.
export const both = () => import('@/legacy/date').then((m) => [m.toISO, m.parseDate]);
