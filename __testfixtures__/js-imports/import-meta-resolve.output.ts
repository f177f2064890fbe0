// ESM's require.resolve: a specifier resolved from this file, re-pointed like the import beside it.
import { helper } from '../shared/helpers.ts';

export const worker = new Worker(import.meta.resolve('../shared/helpers.ts'));
export const utils = import.meta.resolve("@/lib/utils");
export const other = import.meta.resolve('./other.ts');
export { helper };
