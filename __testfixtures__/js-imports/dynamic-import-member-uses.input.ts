// The members a dynamic import's module object is used for where it arrives decide where it
// points: Angular's lazy routes, React.lazy of a named export, an awaited import's member.
export const routes = [
  { path: 'a', loadChildren: () => import('@/legacy/date').then((m) => m.toISO) },
  { path: 'b', loadChildren: () => import('@/legacy/date').then(({ toISO, formatDate: fmt }) => [toISO, fmt]) },
  { path: 'c', loadChildren: async () => (await import('@/legacy/date')).formatDate },
  { path: 'd', loadChildren: () => import('@/legacy/date').then((m) => m.parseDate) },
];
export const Card = lazy(() => import('@/legacy/ui').then((m) => ({ default: m['OldCard'] })));
// Names now in two modules: one import cannot follow both.
export const both = () => import('@/legacy/date').then((m) => [m.toISO, m.parseDate]);
