// Files loaded by pattern (Vite's import.meta.glob, webpack's require.context): a moved file a
// pattern loaded and no longer does, or newly does, is manual; a pattern naming the file follows it.
const legacy = import.meta.glob('../legacy/*.ts');
const helpers = import.meta.glob(['../legacy/helpers/index.ts', '!../legacy/**/*.test.ts']);
const lib = import.meta.glob('@/lib/*.ts', { eager: true });
const ctx = require.context('../legacy', false, /\.ts$/);
const widgets = import.meta.glob('./widgets/*.tsx');

export { legacy, helpers, lib, ctx, widgets };
