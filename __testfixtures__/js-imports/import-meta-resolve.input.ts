// ESM's require.resolve: a specifier resolved from this file, re-pointed like the import beside it.
import { helper } from '../legacy/helpers/index.ts';

export const worker = new Worker(import.meta.resolve('../legacy/helpers/index.ts'));
export const utils = import.meta.resolve("@/legacy/utils");
export const other = import.meta.resolve('./other.ts');
export { helper };
