// `{ default as X }` is a named spelling of the default export; a file may bind it twice that way.
// Only the moved name leaves; the two default bindings stay exactly as written.
import { default as State, default as States, formatDate } from '@/legacy/date';
import { default as Only } from '@/legacy/date';

export const all = [State, States, formatDate, Only];
