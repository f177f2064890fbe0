// Workers and assets are loaded by URL, relative to this module: the file itself is named.
export const worker = new Worker(new URL('../shared/helpers.ts', import.meta.url), { type: 'module' });
export const logo = new URL('./logo.svg', import.meta.url);
export const remote = new URL('../legacy/helpers/index.ts', 'https://example.com/');
export const here = new URL('..', import.meta.url);
